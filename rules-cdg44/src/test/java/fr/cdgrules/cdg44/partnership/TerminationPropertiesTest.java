package fr.cdgrules.cdg44.partnership;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TerminationPropertiesTest {
    private static final LocalDate BASE = LocalDate.of(2024, 12, 17);

    /**
     * Art. 7.3 « un préavis de 3 mois »: under any reading the convention is in force at least until
     * the day before notice date + 3 calendar months, at most until two days after, and in force on
     * its last day in force.
     */
    @Test
    void aTerminationIsNeverEffectiveLessThanThreeCalendarMonthsAfterNotice() {
        qt().forAll(integers().between(0, 800), integers().between(0, 1095), integers().between(0, 1), integers().between(0, 1))
                .check((startOffset, noticeOffset, ruleIndex, countingIndex) -> {
                    MonthEndRule rule = MonthEndRule.values()[ruleIndex];
                    PeriodCounting counting = PeriodCounting.values()[countingIndex];
                    LocalDate effect = BASE.plusDays(startOffset);
                    Partnership p = Partnership.of(effect, rule, counting);
                    LocalDate notified = effect.plusDays(noticeOffset % (ChronoUnit.DAYS.between(effect, p.endOfTerm()) + 1));
                    Partnership noticed = p.withNotice(Party.FRAMEL, notified);
                    TerminationByNotice n = noticed.notices().get(0);
                    boolean threeMonths = !n.effectiveOn().isBefore(notified.plusMonths(3));
                    boolean atMostTwoDaysMore = !n.effectiveOn().isAfter(notified.plusMonths(3).plusDays(2));
                    boolean inForceDuringNotice = noticed.stateAt(n.lastDayInForce()).status() == ConventionStatus.IN_FORCE
                            || n.lastDayInForce().isAfter(p.endOfTerm());
                    return threeMonths && atMostTwoDaysMore && inForceDuringNotice;
                });
    }

    /**
     * Under the defaults (CPC art. 641-642 by analogy), the last day in force is in the third month after
     * the notice, on the day bearing the notice's number or on that month's last day when it has none.
     */
    @Test
    void underTheDefaultsTheLastDayBearsTheSameNumberOrEndsTheMonth() {
        qt().forAll(integers().between(0, 1000)).check(offset -> {
            LocalDate notified = BASE.plusDays(offset);
            Partnership p = Partnership.of(BASE);
            if (notified.isAfter(p.endOfTerm())) {
                return true;
            }
            TerminationByNotice n = p.withNotice(Party.CNFPT, notified).notices().get(0);
            YearMonth target = YearMonth.from(notified).plusMonths(3);
            LocalDate last = n.lastDayInForce();
            return YearMonth.from(last).equals(target)
                    && last.getDayOfMonth() == Math.min(notified.getDayOfMonth(), target.lengthOfMonth());
        });
    }

    /** Under ROLL_TO_NEXT_MONTH, the notice period always holds three whole months as java.time counts them. */
    @Test
    void underRollTheNoticeAlwaysHoldsThreeWholeMonths() {
        qt().forAll(integers().between(0, 1000), integers().between(0, 1)).check((offset, countingIndex) -> {
            LocalDate notified = BASE.plusDays(offset);
            Partnership p = Partnership.of(BASE, MonthEndRule.ROLL_TO_NEXT_MONTH, PeriodCounting.values()[countingIndex]);
            if (notified.isAfter(p.endOfTerm())) {
                return true;
            }
            TerminationByNotice n = p.withNotice(Party.CNFPT, notified).notices().get(0);
            return ChronoUnit.MONTHS.between(notified, n.effectiveOn()) >= 3;
        });
    }
}
