package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.core.calendar.CalendarMonths;
import java.time.LocalDate;
import java.time.Period;

/**
 * Reading of the six months of included support of art. 2.3: "le CDG79 accompagne ... les
 * étudiants et stagiaires issus de ces formations sur une période de six mois à l'issue de leur
 * première prise de poste en collectivité". The text gives neither the first nor the last day.
 *
 * <p>Both readings count six calendar months from the day of the first posting (the posting day is
 * the first included day) to its six-month anniversary, core's {@link CalendarMonths#anniversary}: the
 * same day of the month six months later, or the first day of the next month when that month has no
 * such day, so that the six months keep their full length (as the two years of art. 4 from
 * 29 February). They differ on that anniversary day. First posting on 31 August 2026: anniversary
 * 1 March 2027, last included day 28 February 2027 by default.
 *
 * <p>Default: {@link #ANNIVERSARY_EXCLUDED}: six months from 2 March 2026 run through 1 September
 * 2026, as two years from 1 January 2026 run through 31 December 2027 (art. 4 in this library);
 * support on 2 September 2026 is "Au-delà de ces six mois".
 */
public enum TraineeSupportPeriodReading {
    /** The default: included from the posting day through the day before the six-month anniversary. */
    ANNIVERSARY_EXCLUDED,
    /** Included from the posting day through the six-month anniversary itself. */
    ANNIVERSARY_INCLUDED;

    /** @return the default reading, {@link #ANNIVERSARY_EXCLUDED} */
    public static TraineeSupportPeriodReading defaultReading() {
        return ANNIVERSARY_EXCLUDED;
    }

    /**
     * @param firstPosting the day of the graduate's first posting in a collectivity
     * @return the last day of the six months of included support (the bundled period,
     *     {@link TraineeAllowance#bundled()})
     */
    public LocalDate lastIncludedDay(LocalDate firstPosting) {
        return lastIncludedDay(firstPosting, TraineeAllowance.bundled().period(firstPosting));
    }

    /**
     * @param firstPosting the day of the graduate's first posting in a collectivity
     * @param period the period of included support (« six mois », parameter {@code traineeSupportMonths})
     * @return the last day of the period under this reading
     * @throws NullPointerException if an argument is null
     */
    public LocalDate lastIncludedDay(LocalDate firstPosting, Period period) {
        LocalDate anniversary = CalendarMonths.anniversary(firstPosting, period);
        return this == ANNIVERSARY_EXCLUDED ? anniversary.minusDays(1) : anniversary;
    }
}
