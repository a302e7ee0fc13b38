package fr.cdgrules.cdg44.steering;

/**
 * Which years « au moins une fois par an » counts (art. 4: « Il se réunira régulièrement et au moins
 * une fois par an »). The text does not say whether « an » is a civil year or a year of the
 * convention.
 */
public enum CommitteeYearReading {
    /**
     * The default: the years of the convention from its date of effect (year 1 from the effective date,
     * year 2 from its first anniversary, …). The obligation is owed under the convention, which runs
     * three years from its effect (art. 5): three whole years, none cut short unless the convention is
     * terminated.
     */
    CONVENTION_YEARS,
    /**
     * The civil years (1 January to 31 December) the convention overlaps, the first and last ones
     * partial (a convention in effect from 15 January 2025 overlaps 2025, 2026, 2027 and 2028).
     */
    CIVIL_YEARS
}
