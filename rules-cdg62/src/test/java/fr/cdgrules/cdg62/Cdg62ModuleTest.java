package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.assistance.AssistanceYearReading;
import fr.cdgrules.cdg62.assistance.PartialYearReading;
import fr.cdgrules.cdg62.convention.NotificationDateReading;
import fr.cdgrules.cdg62.service.SignatureCertificateReading;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalKind;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class Cdg62ModuleTest {
    private final RuleModule module = RuleModules.load().get("cdg62");

    @Test
    void isFoundThroughTheSpiUnderItsId() {
        assertInstanceOf(Cdg62Module.class, module);
        assertEquals("cdg62", module.id());
    }

    @Test
    void namesItsIssuingBodyAndSource() {
        assertEquals("Centre de gestion de la fonction publique territoriale du Pas-de-Calais (CDG62)", module.issuingBody());
        assertEquals(1, module.sources().size());
        assertEquals("004", module.sources().get(0).id());
        assertEquals("004_3084770d592e64d8.txt", module.sources().get(0).file());
    }

    @Test
    void servesThePasDeCalais() {
        assertTrue(module.territory().contains(TestCommunes.libercourt()));
        assertTrue(module.territory().contains(TestCommunes.arras()));
        assertFalse(module.territory().contains(TestCommunes.clesse()));
        assertEquals(Citation.of("004", "préambule"), module.territory().citation());
    }

    @Test
    void setsNoAnnualFeeOfItsOwn() {
        // art. 5: "La prestation est comprise dans la cotisation additionnelle" — the CLI reports "module not priced"
        assertTrue(module.annualFees().isEmpty());
    }

    @Test
    void conventionTermsAreFiveYearsRenewableOnceExpresslyTerminatedOnTheFirstOfNextMonth() {
        ConventionTerms terms = module.conventionTerms();
        assertEquals(Period.ofYears(5), terms.initialTerm());
        assertEquals(Citation.of("004", "art. 2"), terms.termCitation());
        assertEquals(RenewalKind.EXPRESS, terms.renewal().kind());
        assertEquals(1, terms.renewal().maxRenewals());
        assertEquals(Period.ofYears(5), terms.renewal().renewalTerm().orElseThrow());
        assertEquals(Period.ofYears(10), terms.maximumDuration());
        assertEquals(1, terms.terminations().size());
        assertEquals(TerminationKind.FIRST_DAY_OF_NEXT_MONTH, terms.terminations().get(0).kind());
        assertEquals(Citation.of("004", "art. 6 (résiliation)"), terms.terminations().get(0).citation());
        assertFalse(terms.terminations().get(0).indemnityDue());
        assertTrue(terms.terminations().get(0).reasonsRequired(), "« en cas de non-respect des engagements »");
        assertEquals(LocalDate.of(2029, 12, 31), module.convention(LocalDate.of(2025, 1, 1)).finalEnd());
    }

    /** Art. 6 (résiliation) « en cas de non-respect des engagements »: the SPI's generic notice needs the breach. */
    @Test
    void theGenericNoticeOfTheSpiRequiresTheBreach() {
        fr.cdgrules.core.lifecycle.Convention c = module.convention(LocalDate.of(2025, 1, 1));
        fr.cdgrules.core.error.InvalidInputException e = assertThrows(fr.cdgrules.core.error.InvalidInputException.class,
                () -> c.withNotice(LocalDate.of(2026, 3, 15), java.util.Optional.empty()));
        assertEquals("termination.reason", e.field().orElseThrow());
        assertEquals(Citation.of("004", "art. 6 (résiliation)"), e.rules().get(0));
        assertTrue(e.getMessage().contains("004 art. 6 (résiliation)"), e.getMessage());
        assertThrows(fr.cdgrules.core.error.InvalidInputException.class,
                () -> c.withNotice(LocalDate.of(2026, 3, 15), java.util.Optional.of("  ")));
        assertThrows(fr.cdgrules.core.error.InvalidInputException.class,
                () -> c.withTermination(TerminationKind.FIRST_DAY_OF_NEXT_MONTH, LocalDate.of(2026, 3, 15), java.util.Optional.empty()));
        // with the breach stated: « le 1er jour du mois suivant la notification »
        fr.cdgrules.core.lifecycle.Convention ended = c.withNotice(LocalDate.of(2026, 3, 15),
                java.util.Optional.of("certificats non acquis (art. 4)"));
        assertEquals(LocalDate.of(2026, 4, 1), ended.termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2026, 3, 31), ended.finalEnd());
    }

    @Test
    void usesTheDefaultReadings() {
        Cdg62Readings d = ((Cdg62Module) module).rules().readings();
        assertSame(Cdg62Readings.defaults(), d);
        assertEquals(AssistanceYearReading.CONVENTION_YEAR, d.assistanceYear());
        assertEquals(PartialYearReading.PRO_RATA_BY_DAYS, d.partialYear());
        assertEquals(SignatureCertificateReading.WITH_PARAPHEUR_ONLY, d.signatureCertificates());
        assertEquals(NotificationDateReading.DATE_OF_RECEIPT, d.notificationDate());
    }

    @Test
    void readingsCanBeChosen() {
        Cdg62Readings r = Cdg62Readings.defaults().withAssistanceYear(AssistanceYearReading.CIVIL_YEAR)
                .withPartialYear(PartialYearReading.NOTHING)
                .withSignatureCertificates(SignatureCertificateReading.EVERY_DEMATERIALISED_SENDING)
                .withNotificationDate(NotificationDateReading.DATE_OF_DISPATCH);
        Cdg62Rules rules = Cdg62Rules.defaults().withReadings(r);
        assertEquals(AssistanceYearReading.CIVIL_YEAR, rules.readings().assistanceYear());
        assertEquals(PartialYearReading.NOTHING, rules.readings().partialYear());
        assertEquals(SignatureCertificateReading.EVERY_DEMATERIALISED_SENDING, rules.readings().signatureCertificates());
        assertEquals(NotificationDateReading.DATE_OF_DISPATCH, rules.readings().notificationDate());
        // the defaults are untouched
        assertEquals(AssistanceYearReading.CONVENTION_YEAR, Cdg62Readings.defaults().assistanceYear());
    }
}
