package fr.cdgrules.core.calendar;

/**
 * How a period that runs from a notification is counted: a notice period (« préavis de trois
 * mois ») or the time a formal notice gives to comply (« délai d'un mois »). The texts say only
 * "n mois"; this is the reading of the day on which such a period expires, and of whether the
 * convention is still in force on it.
 */
public enum PeriodCounting {
    /**
     * The default reading for periods that run from a notification: French procedural counting, Code
     * de procédure civile art. 641 and 642 applied by analogy. The period starts with the
     * notification; it expires at the end of the day that bears the same number {@code n} months
     * later, or of the last day of that month when there is no such day; the convention stays in
     * force through that day. A notice of three months notified on 30 November 2025 expires on
     * 28 February 2026: in force through 28 February, no longer in force from 1 March. Notices
     * notified on 28, 29, 30 and 31 October expire on 28, 29, 30 and 31 January.
     *
     * <p>The extension of art. 642 al. 2 to the next working day when the last day is a Saturday,
     * Sunday or public holiday is not applied: the conventions end on a date, not at a procedural
     * act's deadline.
     */
    CIVIL_PROCEDURE,
    /**
     * The reading before 0.2: the date {@code n} months after the notification is the first day on
     * which the convention is no longer in force (notified on 30 November 2025, three months: last
     * day in force 27 February 2026).
     */
    EXPIRY_DAY_EXCLUDED
}
