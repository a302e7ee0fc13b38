package fr.cdgrules.cdg62.assistance;

/**
 * Ambiguity (004 art. 3-3): which "year" the assistance minimum counts. The text: "Le CDG62 devra
 * assurer au minimum 2 heures par an à l'assistance et à la maintenance préventive du système de la
 * collectivité" — "par an" without saying whether per civil year or per year of the convention,
 * which runs "pour une durée de 5 ans" from a start date left blank (art. 2).
 */
public enum AssistanceYearReading {
    /**
     * The default: years of the convention, from the start date to the day before each anniversary
     * (a start on 1 July 2025 gives 1 July 2025 – 30 June 2026, ...). The five years of art. 2 are
     * then five full years of 2 h each; a year is partial only when a termination (art. 6) cuts it
     * short.
     */
    CONVENTION_YEAR,
    /**
     * Civil years, 1 January to 31 December, the CDG's budget and activity-report year. A start
     * other than 1 January makes the first and the last civil year partial.
     */
    CIVIL_YEAR;

    /** The reading used unless the caller chooses another. */
    public static final AssistanceYearReading DEFAULT = CONVENTION_YEAR;
}
