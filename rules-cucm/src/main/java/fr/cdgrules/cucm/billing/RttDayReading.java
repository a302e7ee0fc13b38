package fr.cdgrules.cucm.billing;

/**
 * How many hours an RTT day is worth when RTT are counted in days
 * ({@link RttReading#PRO_RATA_OF_ANNUAL_OBLIGATION}). Art. 6 counts RTT in days without saying;
 * art. 5 counts prepaid days "sur la base de 7 heures/jour".
 */
public enum RttDayReading {
    /**
     * The default: a day of the agent's own schedule, 37.5 h ÷ 5 = 7.5 h — the day the agent does not
     * work when taking an RTT day.
     */
    SCHEDULE_DAY,
    /** A day of 7 hours, the day of art. 5 ("sur la base de 7 heures/jour"). */
    SEVEN_HOUR_DAY
}
