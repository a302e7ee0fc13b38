package fr.cdgrules.core.calendar;

/**
 * What "n months after" means when the target month is too short for the day of the month: the
 * texts count calendar months ("un mois", "trois mois") and are silent on 31 January + 1 month.
 */
public enum MonthEndRule {
    /**
     * The default reading: same day of the month, clamped to the last day of a shorter month
     * (30 November + 3 months = 28 February, or 29 February in a leap year). This is the rule of
     * {@link java.time.LocalDate#plusMonths(long)}.
     */
    CLAMP_TO_MONTH_END,
    /**
     * The generous reading: when the day does not exist in the target month, the period ends on the
     * first day of the following month (30 November + 3 months = 1 March), so that no period is ever
     * shorter than the clamped one.
     */
    ROLL_TO_NEXT_MONTH
}
