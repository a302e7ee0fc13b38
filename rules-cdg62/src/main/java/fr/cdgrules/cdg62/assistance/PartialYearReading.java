package fr.cdgrules.cdg62.assistance;

/**
 * Ambiguity (004 art. 3-3): what "au minimum 2 heures par an" requires for a year the convention
 * covers only in part (a first or last civil year, or a convention year cut short by termination).
 * The text is silent.
 */
public enum PartialYearReading {
    /**
     * The default: pro rata by days, exact. Hours due = 2 h × days covered ÷ days in that year (365 or
     * 366, the full length of the civil or convention year), kept as an exact fraction of hours
     * ({@code Hours}), never rounded: 1 July – 31 December 2025 (184 of 365 days) owes 368/365 h
     * (≈ 1.01 h). Over a five-year convention the partial first and last civil years add up to about
     * one full year, so the total stays about 10 h.
     */
    PRO_RATA_BY_DAYS,
    /** The full 2 hours for any year the convention covers, even by a single day ("au minimum"). */
    FULL_MINIMUM,
    /** Nothing: only years covered in full owe the minimum. */
    NOTHING;

    /** The reading used unless the caller chooses another. */
    public static final PartialYearReading DEFAULT = PRO_RATA_BY_DAYS;
}
