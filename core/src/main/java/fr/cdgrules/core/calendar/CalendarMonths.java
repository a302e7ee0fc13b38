package fr.cdgrules.core.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Civil-date arithmetic as the texts use it (SPEC §1): months are calendar months, a week is seven
 * days, "30 jours" are thirty calendar days. All dates are civil dates in Europe/Paris; no time of
 * day is involved.
 */
public final class CalendarMonths {
    private CalendarMonths() {}

    /**
     * Adds calendar months under the default {@link MonthEndRule#CLAMP_TO_MONTH_END}.
     *
     * @param date the start date
     * @param months the number of months, may be negative
     * @return the date {@code months} calendar months later
     */
    public static LocalDate plusMonths(LocalDate date, long months) {
        java.util.Objects.requireNonNull(date, "date");
        return plusMonths(date, months, MonthEndRule.CLAMP_TO_MONTH_END);
    }

    /**
     * Adds calendar months under the given rule.
     *
     * @param date the start date
     * @param months the number of months, may be negative
     * @param rule what to do when the day of month does not exist in the target month
     * @return the date {@code months} calendar months later
     */
    public static LocalDate plusMonths(LocalDate date, long months, MonthEndRule rule) {
        java.util.Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
        LocalDate clamped = date.plusMonths(months);
        if (rule == MonthEndRule.ROLL_TO_NEXT_MONTH && clamped.getDayOfMonth() < date.getDayOfMonth()) {
            return clamped.plusDays(1);
        }
        return clamped;
    }

    /**
     * Adds a period (years, months, days, applied in that order) under the given rule for months.
     *
     * @param date the start date
     * @param period the period, e.g. {@code P2Y}, {@code P3M}, {@code P7D}
     * @param rule the month-end rule
     * @return the date after the period
     */
    public static LocalDate plus(LocalDate date, Period period, MonthEndRule rule) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(period, "period");
        LocalDate afterMonths = plusMonths(date, period.toTotalMonths(), rule);
        return afterMonths.plusDays(period.getDays());
    }

    /**
     * Subtracts a period, clamping to month end: used for "at least one month before" a date.
     *
     * @param date the reference date
     * @param period the period before it
     * @return the date that lies {@code period} before {@code date}
     */
    public static LocalDate minus(LocalDate date, Period period) {
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(period, "period");
        return date.minusMonths(period.toTotalMonths()).minusDays(period.getDays());
    }

    /**
     * @param date a date
     * @return the first day of the month after the month of {@code date} (15 March → 1 April,
     *     31 December → 1 January)
     */
    public static LocalDate firstDayOfNextMonth(LocalDate date) {
        java.util.Objects.requireNonNull(date, "date");
        return date.with(TemporalAdjusters.firstDayOfNextMonth());
    }

    /**
     * The closed range of a term: from {@code start} for {@code length}, the last day being the day
     * before the {@linkplain #anniversary anniversary} (1 January 2026 for two years ends on 31 December
     * 2027; 29 February 2028 for one year ends on 28 February 2029).
     *
     * @param start the first day
     * @param length the length of the term
     * @return the closed range of days
     */
    public static LocalDateRange term(LocalDate start, Period length) {
        return LocalDateRange.of(start, anniversary(start, length));
    }

    /**
     * The anniversary of a start date after a length of time: the first day of the next term. A
     * day that does not exist in the target month rolls to the first day of the following month,
     * so that a term keeps its full length: the anniversary of 29 February 2028 in 2029 is 1 March
     * 2029, and a one-year term from 29 February 2028 is in force through 28 February 2029.
     *
     * @param start the first day of the first term
     * @param elapsed the time elapsed since the start, e.g. {@code P2Y}
     * @return the anniversary, the first day after {@code elapsed}
     * @throws NullPointerException if an argument is null
     */
    public static LocalDate anniversary(LocalDate start, Period elapsed) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(elapsed, "elapsed");
        return plus(start, elapsed, MonthEndRule.ROLL_TO_NEXT_MONTH);
    }

    /**
     * The last day of a period that runs from a notification, counted under a {@link PeriodCounting}
     * ("préavis de trois mois", "délai d'un mois").
     *
     * @param notifiedOn the day of the notification that starts the period
     * @param period the period
     * @param rule how months are counted when the day does not exist in the target month
     * @param counting how the period's expiry day is counted
     * @return the last day of the period: under {@link PeriodCounting#CIVIL_PROCEDURE} the day bearing
     *     the same number {@code period} later (the last day of the month when there is none), under
     *     {@link PeriodCounting#EXPIRY_DAY_EXCLUDED} the day before it
     * @throws NullPointerException if an argument is null
     */
    public static LocalDate lastDayOfPeriod(LocalDate notifiedOn, Period period, MonthEndRule rule,
            PeriodCounting counting) {
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(counting, "counting");
        LocalDate sameNumber = plus(notifiedOn, period, rule);
        return counting == PeriodCounting.CIVIL_PROCEDURE ? sameNumber : sameNumber.minusDays(1);
    }

    /**
     * @param year a civil year
     * @return the closed range 1 January to 31 December
     */
    public static LocalDateRange civilYear(java.time.Year year) {
        java.util.Objects.requireNonNull(year, "year");
        return LocalDateRange.ofClosed(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }
}
