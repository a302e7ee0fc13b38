package fr.cdgrules.cdg44.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.Cdg44Readings;
import fr.cdgrules.cdg44.Cdg44Rules;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TerminationTest {
    /** Three years from 1 June 2025: until 31 May 2028, so that a notice of 30 November 2027 ends in February 2028, a leap year. */
    private static final LocalDate EFFECT = LocalDate.of(2025, 6, 1);

    private static TerminationNotice notice(MonthEndRule rule, LocalDate on) {
        return Partnership.of(EFFECT, rule).withNotice(Party.CNFPT, on).termination().orElseThrow();
    }

    @Test
    void defaultMonthEndReadingIsClamp() {
        assertEquals(MonthEndRule.CLAMP_TO_MONTH_END, Cdg44Rules.defaults().partnership(EFFECT).monthEndRule());
        assertEquals(MonthEndRule.CLAMP_TO_MONTH_END, Partnership.of(EFFECT).monthEndRule());
    }

    @Test
    void notice30NovemberTakesEffect28FebruaryUnderClamp() {
        TerminationNotice n = notice(MonthEndRule.CLAMP_TO_MONTH_END, LocalDate.of(2025, 11, 30));
        assertEquals(LocalDate.of(2026, 2, 28), n.effectiveOn(), "first day no longer in force (core's convention)");
        assertEquals(LocalDate.of(2026, 2, 27), n.lastDayInForce());
        assertEquals(Citation.of("002", "art. 7.3"), n.citation());
    }

    @Test
    void notice30NovemberTakesEffect29FebruaryInALeapYearUnderClamp() {
        TerminationNotice n = notice(MonthEndRule.CLAMP_TO_MONTH_END, LocalDate.of(2027, 11, 30));
        assertEquals(LocalDate.of(2028, 2, 29), n.effectiveOn());
        assertEquals(LocalDate.of(2028, 2, 28), n.lastDayInForce());
    }

    @Test
    void notice30NovemberTakesEffect1MarchUnderRoll() {
        assertEquals(LocalDate.of(2026, 3, 1), notice(MonthEndRule.ROLL_TO_NEXT_MONTH, LocalDate.of(2025, 11, 30)).effectiveOn());
        assertEquals(LocalDate.of(2028, 3, 1), notice(MonthEndRule.ROLL_TO_NEXT_MONTH, LocalDate.of(2027, 11, 30)).effectiveOn());
    }

    @Test
    void notice31January() {
        assertEquals(LocalDate.of(2026, 4, 30), notice(MonthEndRule.CLAMP_TO_MONTH_END, LocalDate.of(2026, 1, 31)).effectiveOn());
        assertEquals(LocalDate.of(2026, 5, 1), notice(MonthEndRule.ROLL_TO_NEXT_MONTH, LocalDate.of(2026, 1, 31)).effectiveOn());
    }

    @Test
    void notice31August() {
        assertEquals(LocalDate.of(2026, 11, 30), notice(MonthEndRule.CLAMP_TO_MONTH_END, LocalDate.of(2026, 8, 31)).effectiveOn());
        assertEquals(LocalDate.of(2026, 12, 1), notice(MonthEndRule.ROLL_TO_NEXT_MONTH, LocalDate.of(2026, 8, 31)).effectiveOn());
    }

    @Test
    void aMidMonthNoticeIsTheSameUnderBothReadings() {
        assertEquals(LocalDate.of(2026, 6, 15), notice(MonthEndRule.CLAMP_TO_MONTH_END, LocalDate.of(2026, 3, 15)).effectiveOn());
        assertEquals(LocalDate.of(2026, 6, 15), notice(MonthEndRule.ROLL_TO_NEXT_MONTH, LocalDate.of(2026, 3, 15)).effectiveOn());
    }

    @Test
    void theReadingIsSelectableThroughTheRules() {
        Cdg44Rules roll = Cdg44Rules.withReadings(Cdg44Readings.defaults().withTerminationMonthEnd(MonthEndRule.ROLL_TO_NEXT_MONTH));
        Partnership p = roll.partnership(EFFECT).withNotice(Party.REGION, LocalDate.of(2025, 11, 30));
        assertEquals(LocalDate.of(2026, 3, 1), p.termination().orElseThrow().effectiveOn());
        assertEquals(MonthEndRule.ROLL_TO_NEXT_MONTH, p.termination().orElseThrow().monthEndRule());
    }

    @Test
    void theConventionIsTerminatedFromTheEffectiveDate() {
        Partnership p = Partnership.of(EFFECT).withNotice(Party.FRAMEL, LocalDate.of(2025, 11, 30));
        assertEquals(ConventionStatus.IN_FORCE, p.stateAt(LocalDate.of(2026, 2, 27)).status());
        assertEquals(ConventionStatus.TERMINATED, p.stateAt(LocalDate.of(2026, 2, 28)).status());
        assertEquals(LocalDate.of(2026, 2, 27), p.lastDayInForce());
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
        assertThrows(InvalidInputException.class, () -> terminated.withNotice(Party.REGION, LocalDate.of(2026, 2, 28)));
    }

    @Test
    void aNoticeRunningPastTheTermLeavesTheConventionToExpire() {
        Partnership p = Partnership.of(LocalDate.of(2025, 1, 15)).withNotice(Party.REGION, LocalDate.of(2027, 12, 1));
        assertTrue(p.findings().has("notice-runs-past-term"));
        assertTrue(p.termination().isEmpty());
        assertEquals(LocalDate.of(2028, 1, 14), p.lastDayInForce());
        assertEquals(ConventionStatus.EXPIRED, p.stateAt(LocalDate.of(2028, 1, 15)).status());
    }

    @Test
    void aSecondNoticeChangesNothing() {
        Partnership p = Partnership.of(EFFECT).withNotice(Party.CNFPT, LocalDate.of(2025, 11, 30))
                .withNotice(Party.FRAMEL, LocalDate.of(2025, 12, 10));
        assertEquals(Party.CNFPT, p.termination().orElseThrow().party());
        assertEquals(LocalDate.of(2026, 2, 27), p.lastDayInForce());
        assertTrue(p.findings().has("earlier-notice-prevails"));
        assertFalse(p.findings().isRefused());
    }

    @Test
    void explainsTheNoticeAndRoundTripsAsJson() {
        Partnership p = Partnership.of(EFFECT).withNotice(Party.CNFPT, LocalDate.of(2025, 11, 30));
        String text = p.termination().orElseThrow().explanation().render();
        assertTrue(text.contains("002 art. 7.3"), text);
        assertTrue(text.contains("effective 2026-02-28, last day in force 2026-02-27"), text);
        assertEquals(p, CdgJson.read(CdgJson.write(p), Partnership.class));
    }
}
