package fr.cdgrules.core.population;

/**
 * Which INSEE legal population a count is: the texts say "habitants" without saying which.
 *
 * <p>The default of the library is {@link #MUNICIPALE}: it is the figure INSEE and the DGCL publish
 * as "population" of a commune (the figure of the bundled 2026 data), and the one a town hall
 * quotes. A body that reads its strata on the population totale passes {@link #TOTALE}.
 */
public enum PopulationBasis {
    /** Population municipale: people whose usual residence is in the commune. The default. */
    MUNICIPALE,
    /** Population totale: municipale plus population comptée à part (students, etc.). */
    TOTALE
}
