package fr.cdgrules.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** « préavis de trois mois », « délai d'un mois »: periods that run from a notification. */
class PeriodCountingTest {
    private static final Period THREE_MONTHS = Period.ofMonths(3);

    private static LocalDate cpc(LocalDate notified, Period p) {
        return CalendarMonths.lastDayOfPeriod(notified, p, MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.CIVIL_PROCEDURE);
    }

    @Test
    void theExpiryDayBearsTheSameNumberAndIsStillInThePeriod() {
        assertEquals(LocalDate.of(2026, 2, 28), cpc(LocalDate.of(2025, 11, 30), THREE_MONTHS));
        assertEquals(LocalDate.of(2026, 1, 28), cpc(LocalDate.of(2025, 10, 28), THREE_MONTHS));
        assertEquals(LocalDate.of(2026, 1, 29), cpc(LocalDate.of(2025, 10, 29), THREE_MONTHS));
        assertEquals(LocalDate.of(2026, 1, 30), cpc(LocalDate.of(2025, 10, 30), THREE_MONTHS));
        assertEquals(LocalDate.of(2026, 1, 31), cpc(LocalDate.of(2025, 10, 31), THREE_MONTHS));
        // « délai d'un mois »: served on 31 January, the last day to comply is the last day of February
        assertEquals(LocalDate.of(2028, 2, 29), cpc(LocalDate.of(2028, 1, 31), Period.ofMonths(1)));
        assertEquals(LocalDate.of(2027, 2, 28), cpc(LocalDate.of(2027, 1, 31), Period.ofMonths(1)));
    }

    @Test
    void theEarlierReadingEndsTheDayBefore() {
        assertEquals(LocalDate.of(2026, 2, 27), CalendarMonths.lastDayOfPeriod(LocalDate.of(2025, 11, 30), THREE_MONTHS,
                MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.EXPIRY_DAY_EXCLUDED));
    }

    @Test
    void anniversaryOfTheTwentyNinthOfFebruaryInACommonYearIsTheFirstOfMarch() {
        assertEquals(LocalDate.of(2029, 3, 1), CalendarMonths.anniversary(LocalDate.of(2028, 2, 29), Period.ofYears(1)));
        assertEquals(LocalDate.of(2032, 2, 29), CalendarMonths.anniversary(LocalDate.of(2028, 2, 29), Period.ofYears(4)));
        assertEquals(LocalDate.of(2029, 2, 28),
                CalendarMonths.term(LocalDate.of(2028, 2, 29), Period.ofYears(1)).getEndInclusive());
        assertEquals(LocalDate.of(2027, 12, 31),
                CalendarMonths.term(LocalDate.of(2026, 1, 1), Period.ofYears(2)).getEndInclusive());
    }

    @Test
    void nullArgumentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> CalendarMonths.anniversary(null, Period.ofYears(1)));
        assertEquals("start", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> CalendarMonths.lastDayOfPeriod(LocalDate.of(2026, 1, 1),
                THREE_MONTHS, MonthEndRule.CLAMP_TO_MONTH_END, null));
        assertEquals("counting", e.getMessage());
    }

    /**
     * Notices on different days of one month expire on different days unless the target month is
     * too short for both (the calendar forces it); the expiry is never before the notification plus
     * the months and never in a later month.
     */
    @Test
    void distinctNoticeDaysExpireOnDistinctDaysUnlessTheCalendarForcesIt() {
        qt().forAll(integers().between(1900, 2199), integers().between(1, 12), integers().between(1, 12),
                integers().between(1, 31))
                .checkAssert((year, month, months, day) -> {
                    YearMonth ym = YearMonth.of(year, month);
                    if (day >= ym.lengthOfMonth()) {
                        return;
                    }
                    LocalDate a = ym.atDay(day);
                    LocalDate b = ym.atDay(day + 1);
                    LocalDate ea = cpc(a, Period.ofMonths(months));
                    LocalDate eb = cpc(b, Period.ofMonths(months));
                    YearMonth target = ym.plusMonths(months);
                    assertEquals(target, YearMonth.from(ea));
                    assertEquals(target, YearMonth.from(eb));
                    if (day + 1 <= target.lengthOfMonth()) {
                        assertEquals(ea.plusDays(1), eb, "notices on " + a + " and " + b);
                    } else {
                        assertEquals(target.atEndOfMonth(), eb);
                    }
                    assertTrue(!ea.isAfter(eb));
                });
    }
}
