package fr.cdgrules.cdg44.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.Cdg44Readings;
import fr.cdgrules.cdg44.Cdg44Rules;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Art. 7.3: « dénoncée … par notification écrite moyennant le respect d'un préavis de 3 mois ». */
class TerminationTest {
    /** Three years from 1 June 2025: until 31 May 2028, so that a notice of 30 November 2027 ends in February 2028, a leap year. */
    private static final LocalDate EFFECT = LocalDate.of(2025, 6, 1);

    private static TerminationByNotice notice(LocalDate on) {
        return Partnership.of(EFFECT).withNotice(Party.CNFPT, on).termination().orElseThrow();
    }

    private static TerminationByNotice notice(MonthEndRule rule, PeriodCounting counting, LocalDate on) {
        return Partnership.of(EFFECT, rule, counting).withNotice(Party.CNFPT, on).termination().orElseThrow();
    }

    @Test
    void defaultReadingsAreProceduralCountingAndClamp() {
        Partnership p = Cdg44Rules.defaults().partnership(EFFECT);
        assertEquals(MonthEndRule.CLAMP_TO_MONTH_END, p.monthEndRule());
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, p.periodCounting());
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, Partnership.of(EFFECT).periodCounting());
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, Partnership.of(EFFECT, MonthEndRule.ROLL_TO_NEXT_MONTH).periodCounting());
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, Cdg44Readings.defaults().terminationCounting());
    }

    @Test
    void notice30NovemberKeepsTheConventionInForceThrough28February() {
        TerminationByNotice n = notice(LocalDate.of(2025, 11, 30));
        assertEquals(LocalDate.of(2026, 2, 28), n.lastDayInForce());
        assertEquals(LocalDate.of(2026, 3, 1), n.effectiveOn(), "first day no longer in force (core's convention)");
        assertEquals(Citation.of("002", "art. 7.3"), n.citation());
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, n.periodCounting());
    }

    @Test
    void notice30NovemberBeforeALeapFebruaryRunsThrough29February() {
        TerminationByNotice n = notice(LocalDate.of(2027, 11, 30));
        assertEquals(LocalDate.of(2028, 2, 29), n.lastDayInForce());
        assertEquals(LocalDate.of(2028, 3, 1), n.effectiveOn());
    }

    /** Notices on the 28th, 29th, 30th and 31st differ unless the calendar forces the same day. */
    @Test
    void noticesOnThe28thTo31stDifferUnlessTheCalendarForcesIt() {
        // 28-31 October 2025 → 28-31 January 2026: four different last days
        Set<LocalDate> january = new HashSet<>();
        for (int day = 28; day <= 31; day++) {
            LocalDate last = notice(LocalDate.of(2025, 10, day)).lastDayInForce();
            assertEquals(LocalDate.of(2026, 1, day), last);
            january.add(last);
        }
        assertEquals(4, january.size());
        // 28-30 November 2025 → February 2026 has 28 days: the calendar forces 28 February for all three
        assertEquals(LocalDate.of(2026, 2, 28), notice(LocalDate.of(2025, 11, 28)).lastDayInForce());
        assertEquals(LocalDate.of(2026, 2, 28), notice(LocalDate.of(2025, 11, 29)).lastDayInForce());
        assertEquals(LocalDate.of(2026, 2, 28), notice(LocalDate.of(2025, 11, 30)).lastDayInForce());
        assertEquals(LocalDate.of(2026, 2, 27), notice(LocalDate.of(2025, 11, 27)).lastDayInForce());
        // in a leap year the 28th and the 29th part: 28 and 29 February 2028
        assertEquals(LocalDate.of(2028, 2, 28), notice(LocalDate.of(2027, 11, 28)).lastDayInForce());
        assertEquals(LocalDate.of(2028, 2, 29), notice(LocalDate.of(2027, 11, 29)).lastDayInForce());
        assertEquals(LocalDate.of(2028, 2, 29), notice(LocalDate.of(2027, 11, 30)).lastDayInForce());
        // 30 and 31 January 2026 → April has 30 days: both 30 April
        assertEquals(LocalDate.of(2026, 4, 29), notice(LocalDate.of(2026, 1, 29)).lastDayInForce());
        assertEquals(LocalDate.of(2026, 4, 30), notice(LocalDate.of(2026, 1, 30)).lastDayInForce());
        assertEquals(LocalDate.of(2026, 4, 30), notice(LocalDate.of(2026, 1, 31)).lastDayInForce());
        assertNotEquals(notice(LocalDate.of(2026, 5, 30)).lastDayInForce(), notice(LocalDate.of(2026, 5, 31)).lastDayInForce());
    }

    @Test
    void theEarlierReadingStaysSelectable() {
        TerminationByNotice n = notice(MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.EXPIRY_DAY_EXCLUDED, LocalDate.of(2025, 11, 30));
        assertEquals(LocalDate.of(2026, 2, 28), n.effectiveOn());
        assertEquals(LocalDate.of(2026, 2, 27), n.lastDayInForce());
        assertEquals(LocalDate.of(2028, 2, 29),
                notice(MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.EXPIRY_DAY_EXCLUDED, LocalDate.of(2027, 11, 30)).effectiveOn());
        // the month-end roll of the earlier reading
        assertEquals(LocalDate.of(2026, 3, 1),
                notice(MonthEndRule.ROLL_TO_NEXT_MONTH, PeriodCounting.EXPIRY_DAY_EXCLUDED, LocalDate.of(2025, 11, 30)).effectiveOn());
        assertEquals(LocalDate.of(2028, 3, 1),
                notice(MonthEndRule.ROLL_TO_NEXT_MONTH, PeriodCounting.EXPIRY_DAY_EXCLUDED, LocalDate.of(2027, 11, 30)).effectiveOn());
        // procedural counting with the roll: the missing 30 February rolls to 1 March, the last day in force
        assertEquals(LocalDate.of(2026, 3, 1),
                notice(MonthEndRule.ROLL_TO_NEXT_MONTH, PeriodCounting.CIVIL_PROCEDURE, LocalDate.of(2025, 11, 30)).lastDayInForce());
    }

    @Test
    void notice31January() {
        assertEquals(LocalDate.of(2026, 5, 1), notice(LocalDate.of(2026, 1, 31)).effectiveOn());
        assertEquals(LocalDate.of(2026, 4, 30), notice(MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.EXPIRY_DAY_EXCLUDED,
                LocalDate.of(2026, 1, 31)).effectiveOn());
        assertEquals(LocalDate.of(2026, 5, 1), notice(MonthEndRule.ROLL_TO_NEXT_MONTH, PeriodCounting.EXPIRY_DAY_EXCLUDED,
                LocalDate.of(2026, 1, 31)).effectiveOn());
    }

    @Test
    void notice31August() {
        assertEquals(LocalDate.of(2026, 11, 30), notice(LocalDate.of(2026, 8, 31)).lastDayInForce());
        assertEquals(LocalDate.of(2026, 11, 30), notice(MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.EXPIRY_DAY_EXCLUDED,
                LocalDate.of(2026, 8, 31)).effectiveOn());
        assertEquals(LocalDate.of(2026, 12, 1), notice(MonthEndRule.ROLL_TO_NEXT_MONTH, PeriodCounting.EXPIRY_DAY_EXCLUDED,
                LocalDate.of(2026, 8, 31)).effectiveOn());
    }

    @Test
    void aMidMonthNoticeRunsThroughTheDayBearingTheSameNumber() {
        assertEquals(LocalDate.of(2026, 6, 15), notice(LocalDate.of(2026, 3, 15)).lastDayInForce());
        for (MonthEndRule rule : MonthEndRule.values()) {
            assertEquals(LocalDate.of(2026, 6, 15), notice(rule, PeriodCounting.EXPIRY_DAY_EXCLUDED, LocalDate.of(2026, 3, 15)).effectiveOn());
            assertEquals(LocalDate.of(2026, 6, 16), notice(rule, PeriodCounting.CIVIL_PROCEDURE, LocalDate.of(2026, 3, 15)).effectiveOn());
        }
    }

    @Test
    void theReadingsAreSelectableThroughTheRules() {
        Cdg44Rules roll = Cdg44Rules.defaults().withReadings(Cdg44Readings.defaults().withTerminationMonthEnd(MonthEndRule.ROLL_TO_NEXT_MONTH)
                .withTerminationCounting(PeriodCounting.EXPIRY_DAY_EXCLUDED));
        Partnership p = roll.partnership(EFFECT).withNotice(Party.REGION, LocalDate.of(2025, 11, 30));
        assertEquals(LocalDate.of(2026, 3, 1), p.termination().orElseThrow().effectiveOn());
        assertEquals(MonthEndRule.ROLL_TO_NEXT_MONTH, p.termination().orElseThrow().monthEndRule());
        assertEquals(PeriodCounting.EXPIRY_DAY_EXCLUDED, p.termination().orElseThrow().periodCounting());
        Cdg44Rules before = Cdg44Rules.defaults().withReadings(Cdg44Readings.defaults().withTerminationCounting(PeriodCounting.EXPIRY_DAY_EXCLUDED));
        assertEquals(LocalDate.of(2026, 2, 27), before.partnership(EFFECT).withNotice(Party.REGION, LocalDate.of(2025, 11, 30))
                .lastDayInForce());
        assertEquals(PeriodCounting.EXPIRY_DAY_EXCLUDED, before.conventionTerms().terminations().get(0).periodCounting());
        assertThrows(NullPointerException.class, () -> Cdg44Readings.defaults().withTerminationCounting(null));
    }

    @Test
    void theConventionIsInForceOnTheLastDayOfTheNotice() {
        Partnership p = Partnership.of(EFFECT).withNotice(Party.FRAMEL, LocalDate.of(2025, 11, 30));
        assertEquals(ConventionStatus.IN_FORCE, p.stateAt(LocalDate.of(2026, 2, 28)).status());
        assertEquals(ConventionStatus.TERMINATED, p.stateAt(LocalDate.of(2026, 3, 1)).status());
        assertEquals(LocalDate.of(2026, 2, 28), p.lastDayInForce());
        assertTrue(p.findings().isEmpty());
    }

    @Test
    void everySignatoryMayGiveNotice() {
        for (Party party : Party.signatories()) {
            Partnership p = Partnership.of(EFFECT).withNotice(party, LocalDate.of(2026, 3, 15));
            assertEquals(party, p.termination().orElseThrow().party());
        }
    }

    @Test
    void franceTravailCannotGiveNotice() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Partnership.of(EFFECT).withNotice(Party.FRANCE_TRAVAIL, LocalDate.of(2026, 3, 15)));
        assertEquals("notice.party", e.field().orElseThrow());
        assertEquals(Citation.of("002", "art. 7.3"), e.rules().get(0));
    }

    @Test
    void noNoticeBeforeTheEffectNorAfterTheEnd() {
        assertEquals("notice.notifiedOn", assertThrows(InvalidInputException.class,
                () -> Partnership.of(EFFECT).withNotice(Party.CNFPT, LocalDate.of(2025, 5, 31))).field().orElseThrow());
        assertEquals("notice.notifiedOn", assertThrows(InvalidInputException.class,
                () -> Partnership.of(EFFECT).withNotice(Party.CNFPT, LocalDate.of(2028, 6, 1))).field().orElseThrow());
        Partnership terminated = Partnership.of(EFFECT).withNotice(Party.CNFPT, LocalDate.of(2025, 11, 30));
        // still in force on 28 February 2026: a second notice is accepted that day, not the day after
        assertTrue(terminated.withNotice(Party.REGION, LocalDate.of(2026, 2, 28)).findings().has("earlier-notice-prevails"));
        assertThrows(InvalidInputException.class, () -> terminated.withNotice(Party.REGION, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aNoticeRunningPastTheTermLeavesTheConventionToExpire() {
        Partnership p = Partnership.of(LocalDate.of(2025, 1, 15)).withNotice(Party.REGION, LocalDate.of(2027, 12, 1));
        assertTrue(p.findings().has("notice-runs-past-term"));
        assertTrue(p.termination().isEmpty());
        assertEquals(LocalDate.of(2028, 1, 14), p.lastDayInForce());
        assertEquals(ConventionStatus.EXPIRED, p.stateAt(LocalDate.of(2028, 1, 15)).status());
        // notified on 14 October 2027: in force through 14 January 2028, the last day of the term anyway
        Partnership atTerm = Partnership.of(LocalDate.of(2025, 1, 15)).withNotice(Party.REGION, LocalDate.of(2027, 10, 14));
        assertEquals(LocalDate.of(2028, 1, 14), atTerm.lastDayInForce());
    }

    @Test
    void aTermFrom29FebruaryKeepsItsFullLength() {
        Partnership p = Partnership.of(LocalDate.of(2024, 2, 29));
        assertEquals(LocalDate.of(2027, 2, 28), p.endOfTerm());
        assertEquals(LocalDate.of(2027, 2, 28), p.lastDayInForce());
        assertEquals(ConventionStatus.IN_FORCE, p.stateAt(LocalDate.of(2027, 2, 28)).status());
        assertEquals(ConventionStatus.EXPIRED, p.stateAt(LocalDate.of(2027, 3, 1)).status());
    }

    @Test
    void aSecondNoticeChangesNothing() {
        Partnership p = Partnership.of(EFFECT).withNotice(Party.CNFPT, LocalDate.of(2025, 11, 30))
                .withNotice(Party.FRAMEL, LocalDate.of(2025, 12, 10));
        assertEquals(Party.CNFPT, p.termination().orElseThrow().party());
        assertEquals(LocalDate.of(2026, 2, 28), p.lastDayInForce());
        assertTrue(p.findings().has("earlier-notice-prevails"));
        assertFalse(p.findings().isRefused());
    }

    @Test
    void explainsTheNoticeAndRoundTripsAsJson() {
        Partnership p = Partnership.of(EFFECT).withNotice(Party.CNFPT, LocalDate.of(2025, 11, 30));
        String text = p.termination().orElseThrow().explanation().render();
        assertTrue(text.contains("002 art. 7.3"), text);
        assertTrue(text.contains("Code de procédure civile art. 641-642"), text);
        assertTrue(text.contains("effective 2026-03-01, last day in force 2026-02-28"), text);
        assertEquals(p, CdgJson.read(CdgJson.write(p), Partnership.class));
        // readings written before periodCounting existed still read, under the default
        String json = CdgJson.write(Cdg44Readings.defaults()).replaceAll(",?\\s*\"terminationCounting\"\\s*:\\s*\"[A-Z_]+\"", "");
        assertFalse(json.contains("terminationCounting"), json);
        assertEquals(Cdg44Readings.defaults(), CdgJson.read(json, Cdg44Readings.class));
    }
}
