package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.assistance.AssistanceEntry;
import fr.cdgrules.cdg62.assistance.AssistanceReport;
import fr.cdgrules.cdg62.convention.EAdministrationConvention;
import fr.cdgrules.core.notice.RegisteredLetter;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.ConventionRefusedException;
import fr.cdgrules.cdg62.price.PriceQuote;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceChoice;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Independent cases derived from source text 004 (Convention pour l'accompagnement à la
 * e-administration), run through the public API only (the rule module found by {@code ServiceLoader}
 * and {@link Cdg62Rules}): each case quotes the words it checks. Judged against the text.
 */
class TextCasesTest {
    private static final RuleModule MODULE = RuleModules.load().get("cdg62");
    private static final Cdg62Rules RULES = Cdg62Rules.defaults();
    private static final Citation RESILIATION = Citation.of("004", "art. 6 (résiliation)");
    private static final String BREACH = "certificats nécessaires à l'envoi non acquis (art. 4)";

    private static EAdministrationConvention convention(ServiceChoice services, LocalDate start) {
        return RULES.conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING, services, start);
    }

    /** Art. 2: « pour une durée de 5 ans » — « renouvelable 1 fois par reconduction expresse ». */
    @Test
    void fiveYearsRenewableOnceExpressly() {
        Convention c = MODULE.convention(LocalDate.of(2025, 1, 1));
        assertEquals(LocalDate.of(2029, 12, 31), c.finalEnd());
        assertEquals(ConventionStatus.EXPIRED, c.stateAt(LocalDate.of(2030, 1, 1)).status(), "nothing renews by silence");
        Convention renewed = c.withExpressRenewal(LocalDate.of(2029, 12, 31));
        assertEquals(LocalDate.of(2034, 12, 31), renewed.finalEnd());
        assertThrows(InvalidInputException.class, () -> renewed.withExpressRenewal(LocalDate.of(2034, 6, 1)), "« 1 fois »");
        // a start on 29 February keeps five whole years
        assertEquals(LocalDate.of(2033, 2, 28), MODULE.convention(LocalDate.of(2028, 2, 29)).finalEnd());
    }

    /**
     * Art. 6 (résiliation): « pourra être résiliée par l'une ou l'autre des parties en cas de non-respect
     * des engagements prévus par la convention » — never without the breach, on any path.
     */
    @Test
    void terminationOnlyForABreach() {
        Convention c = MODULE.convention(LocalDate.of(2025, 1, 1));
        InvalidInputException spi = assertThrows(InvalidInputException.class,
                () -> c.withNotice(LocalDate.of(2026, 3, 15), Optional.empty()));
        assertEquals(RESILIATION, spi.rules().get(0));
        InvalidInputException api = assertThrows(InvalidInputException.class, () -> convention(ServiceChoice.of(ServiceType.IDELIBRE),
                LocalDate.of(2025, 1, 1)).withTermination(Party.COLLECTIVITY, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)), ""));
        assertEquals(RESILIATION, api.rules().get(0));
    }

    /** Art. 6: « La convention prendra dès lors fin le 1er jour du mois suivant la notification » — « aucune indemnisation ». */
    @Test
    void endsOnTheFirstDayOfTheMonthFollowingTheNotification() {
        Convention c = MODULE.convention(LocalDate.of(2025, 1, 1));
        assertEquals(LocalDate.of(2026, 4, 1), c.withNotice(LocalDate.of(2026, 3, 1), Optional.of(BREACH)).termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2026, 4, 1), c.withNotice(LocalDate.of(2026, 3, 31), Optional.of(BREACH)).termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2027, 1, 1), c.withNotice(LocalDate.of(2026, 12, 31), Optional.of(BREACH)).termination().orElseThrow().effectiveOn());
        EAdministrationConvention e = convention(ServiceChoice.of(ServiceType.PARAMETRAGE_DEMATERIALISATION), LocalDate.of(2025, 1, 1))
                .withTermination(Party.CDG62, RegisteredLetter.of(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 2)), BREACH);
        // the notification is the receipt of the registered letter (default reading)
        assertEquals(LocalDate.of(2026, 4, 1), e.termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2026, 3, 31), e.finalEnd());
        assertFalse(e.termination().orElseThrow().indemnityDue());
    }

    /** Art. 1: « le transfert à la préfecture, a la perception et l'envoi des convocations aux différentes instances ». */
    @Test
    void idelibreWithASendingType() {
        EAdministrationConvention e = convention(ServiceChoice.of(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, ServiceType.IDELIBRE),
                LocalDate.of(2025, 1, 1));
        assertTrue(e.services().hasIdelibre());
        assertTrue(e.services().withParapheur());
        // « Acquérir les certificats nécessaires à l'envoi et éventuellement à la signature électronique »
        assertTrue(e.commitments().contains(Commitment.SENDING_CERTIFICATES));
        assertTrue(e.commitments().contains(Commitment.SIGNATURE_CERTIFICATES));
        assertThrows(InvalidInputException.class, () -> ServiceChoice.of(ServiceType.PARAMETRAGE_DEMATERIALISATION,
                ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION), "« sans » and « avec » parapheur: one sending");
    }

    /** Art. 3-3: « au minimum 2 heures par an à l'assistance et à la maintenance préventive ». */
    @Test
    void atLeastTwoHoursAYear() {
        EAdministrationConvention e = convention(ServiceChoice.of(ServiceType.IDELIBRE), LocalDate.of(2025, 1, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 12, 31), Hours.parse("1.5")));
        AssistanceReport r = e.assistanceReport(LocalDate.of(2026, 1, 1));
        assertEquals(Hours.of(2), r.years().get(0).hoursDue());
        assertEquals(Hours.ofFraction(1, 2), r.years().get(0).shortfall());
        assertFalse(r.years().get(0).isMet());
    }

    /** Art. 5: « La prestation est comprise dans la cotisation additionnelle »; the CDG 62 serves the Pas-de-Calais. */
    @Test
    void includedInTheAdditionalContribution() {
        PriceQuote q = RULES.price(TestCommunes.arras(), Year.of(2026), AdditionalContribution.PAYING, ServiceType.IDELIBRE);
        assertEquals(Optional.of(Money.ZERO), q.amount());
        assertTrue(RULES.price(TestCommunes.arras(), Year.of(2026), AdditionalContribution.NOT_PAYING, ServiceType.IDELIBRE).isRefused());
        assertTrue(MODULE.annualFees().isEmpty());
        assertThrows(ConventionRefusedException.class, () -> RULES.conclude(TestCommunes.clesse(), AdditionalContribution.PAYING,
                ServiceType.IDELIBRE, LocalDate.of(2025, 1, 1)));
    }
}
