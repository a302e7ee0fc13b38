package fr.cdgrules.cdg44;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.cohort.CohortCompletionReading;
import fr.cdgrules.cdg44.cohort.CohortMinimumReading;
import fr.cdgrules.cdg44.cohort.ImmersionLengthReading;
import fr.cdgrules.cdg44.cohort.ImmersionScopeReading;
import fr.cdgrules.cdg44.financing.AgentRemunerationReading;
import fr.cdgrules.cdg44.financing.EndOfRightsReading;
import fr.cdgrules.cdg44.partnership.Party;
import fr.cdgrules.cdg44.steering.CommitteeYearReading;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.RuleModule;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readings of the README's table, chosen by id through {@link RuleModule#withReadings(Map)}. */
class ReadingsByIdTest {
    private static final Cdg44Module MODULE = new Cdg44Module();
    private static final LocalDate EFFECT = LocalDate.of(2025, 6, 1);
    private static final LocalDate NOTIFIED = LocalDate.of(2025, 11, 30);

    @Test
    void terminationReadingsSwitchTheLastDayInForce() {
        // art. 7.3 « moyennant le respect d'un préavis de 3 mois », notified on 30 November 2025
        assertEquals(LocalDate.of(2026, 2, 28), MODULE.rules().partnership(EFFECT).withNotice(Party.REGION, NOTIFIED)
                .lastDayInForce());
        RuleModule roll = MODULE.withReadings(Map.of("terminationMonthEnd", "ROLL_TO_NEXT_MONTH",
                "terminationCounting", "EXPIRY_DAY_EXCLUDED"));
        assertEquals(LocalDate.of(2026, 3, 1), roll.capability(Cdg44Rules.class).orElseThrow().partnership(EFFECT)
                .withNotice(Party.REGION, NOTIFIED).termination().orElseThrow().effectiveOn());
        RuleModule before = MODULE.withReadings(Map.of("terminationCounting", "EXPIRY_DAY_EXCLUDED"));
        assertEquals(PeriodCounting.EXPIRY_DAY_EXCLUDED, before.conventionTerms().terminations().get(0).periodCounting());
    }

    @Test
    void everyReadingOfTheTableIsSelectableById() {
        Cdg44Readings r = MODULE.withReadings(Map.of("terminationCounting", "EXPIRY_DAY_EXCLUDED",
                "terminationMonthEnd", "ROLL_TO_NEXT_MONTH", "cohortMinimum", "WARN_BELOW_MINIMUM",
                "cohortCompletion", "FILL_TO_MINIMUM", "immersionScope", "ALL_CANDIDATES",
                "immersionLength", "TWO_OR_THREE_DAYS_REQUIRED", "agentRemuneration", "ALL_AGENTS_RETAINED",
                "endOfRights", "REMUNERATION_ONLY", "committeeYear", "CIVIL_YEARS")).rules().readings();
        assertEquals(Cdg44Readings.defaults().withTerminationCounting(PeriodCounting.EXPIRY_DAY_EXCLUDED)
                .withTerminationMonthEnd(MonthEndRule.ROLL_TO_NEXT_MONTH)
                .withCohortMinimum(CohortMinimumReading.WARN_BELOW_MINIMUM)
                .withCohortCompletion(CohortCompletionReading.FILL_TO_MINIMUM)
                .withImmersionScope(ImmersionScopeReading.ALL_CANDIDATES)
                .withImmersionLength(ImmersionLengthReading.TWO_OR_THREE_DAYS_REQUIRED)
                .withAgentRemuneration(AgentRemunerationReading.ALL_AGENTS_RETAINED)
                .withEndOfRights(EndOfRightsReading.REMUNERATION_ONLY)
                .withCommitteeYear(CommitteeYearReading.CIVIL_YEARS), r);
        assertEquals(Cdg44Readings.defaults(), MODULE.withReadings(Map.of()).rules().readings());
    }

    @Test
    void anUnknownReadingOrOptionIsRefusedNamingTheField() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("noticeScope", "ALL")));
        assertEquals("readings.noticeScope", unknown.field().orElseThrow());
        InvalidInputException option = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("committeeYear", "FISCAL_YEARS")));
        assertEquals("readings.committeeYear", option.field().orElseThrow());
        assertTrue(option.getMessage().contains("FISCAL_YEARS"));
        assertThrows(NullPointerException.class, () -> MODULE.withReadings(null));
    }
}
