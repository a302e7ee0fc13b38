package fr.cdgrules.cdg44.partnership;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TerminationPropertiesTest {
    private static final LocalDate BASE = LocalDate.of(2024, 12, 17);

    /** Art. 7.3 « un préavis de 3 mois »: never effective before notice date + 3 calendar months (SPEC §1), under either reading. */
    @Test
    void aTerminationIsNeverEffectiveLessThanThreeCalendarMonthsAfterNotice() {
        qt().forAll(integers().between(0, 800), integers().between(0, 1095), integers().between(0, 1))
                .check((startOffset, noticeOffset, ruleIndex) -> {
                    MonthEndRule rule = MonthEndRule.values()[ruleIndex];
                    LocalDate effect = BASE.plusDays(startOffset);
                    Partnership p = Partnership.of(effect, rule);
                    LocalDate notified = effect.plusDays(noticeOffset % (ChronoUnit.DAYS.between(effect, p.endOfTerm()) + 1));
                    Partnership noticed = p.withNotice(Party.FRAMEL, notified);
                    TerminationNotice n = noticed.notices().get(0);
                    boolean threeMonths = !n.effectiveOn().isBefore(notified.plusMonths(3));
                    boolean atMostOneDayMore = !n.effectiveOn().isAfter(notified.plusMonths(3).plusDays(1));
                    boolean inForceDuringNotice = noticed.stateAt(n.lastDayInForce()).status() == ConventionStatus.IN_FORCE
                            || n.lastDayInForce().isAfter(p.endOfTerm());
                    return threeMonths && atMostOneDayMore && inForceDuringNotice;
                });
    }

    /** Under ROLL_TO_NEXT_MONTH, the notice period always holds three whole months as java.time counts them. */
    @Test
    void underRollTheNoticeAlwaysHoldsThreeWholeMonths() {
        qt().forAll(integers().between(0, 1000)).check(offset -> {
            LocalDate notified = BASE.plusDays(offset);
            Partnership p = Partnership.of(BASE, MonthEndRule.ROLL_TO_NEXT_MONTH);
            if (notified.isAfter(p.endOfTerm())) {
                return true;
            }
            TerminationNotice n = p.withNotice(Party.CNFPT, notified).notices().get(0);
            return ChronoUnit.MONTHS.between(notified, n.effectiveOn()) >= 3;
        });
    }
}
