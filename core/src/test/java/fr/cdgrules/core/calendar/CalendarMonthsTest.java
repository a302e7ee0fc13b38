package fr.cdgrules.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class CalendarMonthsTest {
    @Test
    void monthsClampToMonthEndByDefault() {
        assertEquals(LocalDate.of(2025, 2, 28), CalendarMonths.plusMonths(LocalDate.of(2024, 11, 30), 3));
        assertEquals(LocalDate.of(2024, 2, 29), CalendarMonths.plusMonths(LocalDate.of(2023, 11, 30), 3));
        assertEquals(LocalDate.of(2025, 3, 15), CalendarMonths.plusMonths(LocalDate.of(2024, 12, 15), 3));
        assertEquals(LocalDate.of(2025, 2, 28), CalendarMonths.plusMonths(LocalDate.of(2025, 1, 31), 1));
    }

    @Test
    void rollToNextMonthReading() {
        assertEquals(LocalDate.of(2025, 3, 1),
                CalendarMonths.plusMonths(LocalDate.of(2024, 11, 30), 3, MonthEndRule.ROLL_TO_NEXT_MONTH));
        assertEquals(LocalDate.of(2025, 3, 15),
                CalendarMonths.plusMonths(LocalDate.of(2024, 12, 15), 3, MonthEndRule.ROLL_TO_NEXT_MONTH));
    }

    @Test
    void firstDayOfNextMonth() {
        assertEquals(LocalDate.of(2025, 4, 1), CalendarMonths.firstDayOfNextMonth(LocalDate.of(2025, 3, 1)));
        assertEquals(LocalDate.of(2025, 4, 1), CalendarMonths.firstDayOfNextMonth(LocalDate.of(2025, 3, 31)));
        assertEquals(LocalDate.of(2026, 1, 1), CalendarMonths.firstDayOfNextMonth(LocalDate.of(2025, 12, 15)));
    }

    @Test
    void termsAreClosedRanges() {
        LocalDateRange twoYears = CalendarMonths.term(LocalDate.of(2026, 1, 1), Period.ofYears(2));
        assertEquals(LocalDate.of(2027, 12, 31), twoYears.getEndInclusive());
        assertEquals(LocalDate.of(2024, 6, 30), CalendarMonths.term(LocalDate.of(2022, 7, 1), Period.ofYears(2)).getEndInclusive());
        assertEquals(LocalDate.of(2027, 12, 1), CalendarMonths.minus(LocalDate.of(2028, 1, 1), Period.ofMonths(1)));
        assertEquals(365, CalendarMonths.civilYear(Year.of(2026)).lengthInDays());
    }

    /**
     * Calendar-month arithmetic: n months later is in the month n months later, on the same day or,
     * if that day does not exist, on the month's last day (clamp) or the next month's first (roll);
     * and it is never earlier than the clamped date.
     */
    @Test
    void propertyCalendarMonths() {
        qt().forAll(integers().between(0, 20_000), integers().between(0, 60))
                .check((day, n) -> {
                    LocalDate d = LocalDate.of(2000, 1, 1).plusDays(day);
                    LocalDate clamp = CalendarMonths.plusMonths(d, n);
                    LocalDate roll = CalendarMonths.plusMonths(d, n, MonthEndRule.ROLL_TO_NEXT_MONTH);
                    long monthDiff = (clamp.getYear() - d.getYear()) * 12L + clamp.getMonthValue() - d.getMonthValue();
                    boolean sameDayOrClamped = clamp.getDayOfMonth() == d.getDayOfMonth()
                            || (clamp.getDayOfMonth() < d.getDayOfMonth() && clamp.getDayOfMonth() == clamp.lengthOfMonth());
                    boolean rollOk = clamp.getDayOfMonth() < d.getDayOfMonth()
                            ? roll.equals(clamp.plusDays(1)) && roll.getDayOfMonth() == 1
                            : roll.equals(clamp);
                    return monthDiff == n && sameDayOrClamped && rollOk && !roll.isBefore(clamp);
                });
    }
}
