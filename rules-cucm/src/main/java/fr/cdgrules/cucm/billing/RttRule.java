package fr.cdgrules.cucm.billing;

import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.CucmParameters;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The RTT hours a replacement generates and bills (art. 6), under a {@link RttReading} and a
 * {@link RttDayReading}. Exact: results are fractions of hours where the reading requires it.
 */
public final class RttRule {
    /** « l'obligation de travail de 1607 heures par an » (art. 6), parameter {@code annualObligationHours}. */
    public static final long ANNUAL_OBLIGATION_HOURS = CucmParameters.number("annualObligationHours").longValueExact();

    /** « sur la base de 7 heures/jour » (art. 5), parameter {@code prepaidDayHours}: the day of {@link RttDayReading#SEVEN_HOUR_DAY}. */
    private static final Hours SEVEN_HOUR_DAY = Hours.ofNumber(CucmParameters.number("prepaidDayHours"));

    /** « 0 jours si temps de travail de 35 heures /semaine » (art. 6), parameter {@code weeklyHoursWithoutRtt}. */
    private static final Hours WEEK_WITHOUT_RTT = Hours.ofNumber(CucmParameters.number("weeklyHoursWithoutRtt"));

    private final RttReading reading;
    private final RttDayReading dayReading;

    private RttRule(RttReading reading, RttDayReading dayReading) {
        this.reading = Objects.requireNonNull(reading, "reading");
        this.dayReading = Objects.requireNonNull(dayReading, "dayReading");
    }

    /**
     * @param reading how RTT are generated
     * @param dayReading how many hours a day is worth
     * @return the rule
     */
    public static RttRule of(RttReading reading, RttDayReading dayReading) {
        java.util.Objects.requireNonNull(reading, "reading");
        java.util.Objects.requireNonNull(dayReading, "dayReading");
        return new RttRule(reading, dayReading);
    }

    /** @return the reading of generation */
    public RttReading reading() {
        return reading;
    }

    /** @return the reading of a day's hours */
    public RttDayReading dayReading() {
        return dayReading;
    }

    /**
     * @param schedule the agent's schedule
     * @return the hours of an RTT day under {@link #dayReading()}
     */
    public Hours dayHours(WorkSchedule schedule) {
        java.util.Objects.requireNonNull(schedule, "schedule");
        return dayReading == RttDayReading.SEVEN_HOUR_DAY ? SEVEN_HOUR_DAY : schedule.dailyHours();
    }

    /**
     * @param schedule the agent's schedule
     * @param longerThanOneMonth whether the replacement lasts "au-delà de 1 mois"
     * @param workHours the hours worked in the period considered
     * @param recordedRtt the RTT hours recorded on the timesheet in that period
     * @return the RTT hours to bill, ≥ 0
     */
    public Hours billableHours(WorkSchedule schedule, boolean longerThanOneMonth, Hours workHours, Hours recordedRtt) {
        java.util.Objects.requireNonNull(schedule, "schedule");
        java.util.Objects.requireNonNull(workHours, "workHours");
        java.util.Objects.requireNonNull(recordedRtt, "recordedRtt");
        if (schedule.rttDaysPerYear() == 0 || !longerThanOneMonth) {
            return Hours.ZERO;
        }
        switch (reading) {
            case PRO_RATA_OF_ANNUAL_OBLIGATION: {
                Hours day = dayHours(schedule);
                return scale(workHours, BigInteger.valueOf(schedule.rttDaysPerYear()).multiply(day.numerator()),
                        BigInteger.valueOf(ANNUAL_OBLIGATION_HOURS).multiply(day.denominator()));
            }
            case EXCESS_OVER_35_HOURS: {
                Hours excess = schedule.weeklyHours().minus(WEEK_WITHOUT_RTT);
                Hours weekly = schedule.weeklyHours();
                return scale(workHours, excess.numerator().multiply(weekly.denominator()),
                        excess.denominator().multiply(weekly.numerator()));
            }
            default:
                return recordedRtt;
        }
    }

    /**
     * @param schedule the agent's schedule
     * @param longerThanOneMonth whether the replacement lasts "au-delà de 1 mois"
     * @param workHours the hours worked
     * @param recordedRtt the RTT hours recorded
     * @return how {@link #billableHours} was computed, in words
     */
    public String describe(WorkSchedule schedule, boolean longerThanOneMonth, Hours workHours, Hours recordedRtt) {
        java.util.Objects.requireNonNull(schedule, "schedule");
        java.util.Objects.requireNonNull(workHours, "workHours");
        java.util.Objects.requireNonNull(recordedRtt, "recordedRtt");
        Hours billed = billableHours(schedule, longerThanOneMonth, workHours, recordedRtt);
        if (schedule.rttDaysPerYear() == 0) {
            return "0 h: « 0 jours si temps de travail de 35 heures/semaine »";
        }
        if (!longerThanOneMonth) {
            return "0 h: the replacement does not last « au-delà de 1 mois »";
        }
        switch (reading) {
            case PRO_RATA_OF_ANNUAL_OBLIGATION:
                return "12 days × " + workHours + " h ÷ " + ANNUAL_OBLIGATION_HOURS + " h = "
                        + scale(workHours, BigInteger.valueOf(12), BigInteger.valueOf(ANNUAL_OBLIGATION_HOURS))
                        + " day(s) × " + dayHours(schedule) + " h = " + billed + " h (reading " + reading + ", "
                        + dayReading + ")";
            case EXCESS_OVER_35_HOURS:
                return workHours + " h × (" + schedule.weeklyHours() + " − 35) ÷ " + schedule.weeklyHours() + " = "
                        + billed + " h (reading " + reading + ")";
            default:
                return recordedRtt + " h of RTT recorded on the timesheet (reading " + reading + ")";
        }
    }

    /** Multiplies hours by {@code num/den}, exactly. */
    static Hours scale(Hours h, BigInteger num, BigInteger den) {
        BigInteger n = h.numerator().multiply(num);
        BigInteger d = h.denominator().multiply(den);
        return Hours.parse(n + "/" + d);
    }

    @Override
    public String toString() {
        return "RTT rule (" + reading + ", " + dayReading + ")";
    }
}
