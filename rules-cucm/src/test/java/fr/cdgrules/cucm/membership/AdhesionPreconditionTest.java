package fr.cdgrules.cucm.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.replacement.ReplacementReason;
import fr.cdgrules.cucm.replacement.ReplacementRequest;
import fr.cdgrules.cucm.source.CucmText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Art. 4: « Le recours au service nécessite la signature d'un contrat de prestation de service (voir
 * annexe 2) »; the contract is made under « la convention cadre [...] à laquelle la commune a adhéré en
 * date du XXX »; adhesion: « après délibération de son conseil municipal », « formalisée par la
 * signature, par le maire, de l'annexe n°1 ».
 */
class AdhesionPreconditionTest {
    static final CucmRules RULES = CucmRules.defaults();
    static final LocalDate SIGNED = LocalDate.of(2022, 10, 3);

    static ReplacementRequest request(LocalDate start) {
        return ReplacementRequest.of(Fixtures.marigny(), start.minusDays(10), start, Period.ofWeeks(2),
                ReplacementReason.ILLNESS_OR_MATERNITY, List.of("état civil"), BigDecimal.ONE, true);
    }

    @Test
    void aRequestNeedsAnAdhesionBeforeTheReplacementStarts() {
        assertTrue(RULES.check(request(LocalDate.of(2023, 3, 6))).has("no-adhesion"));
        assertTrue(RULES.check(request(LocalDate.of(2023, 3, 6))).isRefused());
        assertEquals(CucmText.ART_4, RULES.check(request(LocalDate.of(2023, 3, 6))).refusals().get(0).citation());
        assertTrue(RULES.check(request(LocalDate.of(2022, 10, 2)).withAdhesionDate(SIGNED)).has("before-adhesion"));
        assertFalse(RULES.check(request(LocalDate.of(2022, 10, 3)).withAdhesionDate(SIGNED)).isRefused(),
                "from the day of the adhesion");
    }

    @Test
    void billingNeedsAnAdhesion() {
        MissionSheet sheet = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 6),
                WorkSchedule.HOURS_35).withPlannedHours(Hours.of(7))
                .withTimesheet(List.of(TimesheetEntry.of(LocalDate.of(2023, 3, 6), Hours.of(7), Activity.WORK)));
        NoRuleAppliesException invoice = assertThrows(NoRuleAppliesException.class, () -> RULES.invoice(sheet));
        assertTrue(invoice.rules().contains(CucmText.ART_4));
        assertThrows(NoRuleAppliesException.class, () -> RULES.estimate(sheet));
        assertThrows(NoRuleAppliesException.class, () -> RULES.invoice(sheet.withAdhesionDate(LocalDate.of(2023, 3, 7))),
                "a mission before the adhesion");
        assertEquals(0, RULES.invoice(sheet.withAdhesionDate(SIGNED)).total().signum(), "7 h, all prepaid");
    }

    @Test
    void aQuoteSaysWhatAnAdherentOfThatStratumOwes() {
        AnnualFeeQuote q = RULES.cotisation(Fixtures.marigny(), Year.of(2023));
        assertTrue(q.explanation().render().contains("what an adherent commune of this stratum owes"),
                q.explanation().render());
        assertTrue(q.citations().contains(CucmText.ART_4));
    }
}
