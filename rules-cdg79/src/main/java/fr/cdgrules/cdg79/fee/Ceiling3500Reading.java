package fr.cdgrules.cdg79.fee;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Descriptor;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.population.Population;
import java.util.List;

/**
 * Reading of the eligibility ceiling of the pack adhésion: is a commune of exactly 3 500
 * inhabitants eligible?
 *
 * <p>The texts disagree. The préambule sets the object of the convention as "les modalités et
 * autres conditions d'adhésion des communes de moins de 3 500 habitants à ce pack"; art. 2 offers
 * the services "à destination des communes de moins de 3 500 habitants"; art. 1.4 opens the
 * departmental space to "tous les SGDM des communes de moins de 3 500 habitants" (and the Clessé
 * deliberation, 001, repeats "dans les communes de moins de 3 500 habitants"). But the table of
 * art. 3.1 reads "Communes de 2 001 à 3 500 habitants 300 €/an", which includes 3 500.
 *
 * <p>The same reading decides which side of the line a commune is on for the platform (art. 1.3
 * and 1.4 set "communes de plus de 3 500 habitants" against those "de moins de 3 500 habitants").
 *
 * <p>Default: {@link #EXCLUDED_PER_TITLE}. The scope of the convention is stated four times in
 * the same words and is what the fee table prices; the upper figure of the table's last stratum is
 * read as a label of the bracket, not as a widening of the scope.
 */
public enum Ceiling3500Reading {
    /**
     * The default: "moins de 3 500 habitants" — 3 499 is the last eligible population; a commune of
     * 3 500 is not eligible and counts with the communes "de plus de 3 500 habitants" on the platform.
     */
    EXCLUDED_PER_TITLE(List.of(Cdg79Articles.PREAMBLE, Cdg79Articles.SERVICES)),
    /**
     * "Communes de 2 001 à 3 500 habitants" — 3 500 is the last eligible population, priced 300 €;
     * only communes of 3 501 or more are "de plus de 3 500 habitants".
     */
    INCLUDED_PER_TABLE(List.of(Cdg79Articles.FEE));

    /** The id of this reading in the descriptor. */
    static final String ID = "ceiling3500";
    /** The parameter the options set: the last eligible population. */
    static final String PARAMETER = "packCeiling";

    private final List<Citation> citations;

    Ceiling3500Reading(List<Citation> citations) {
        this.citations = citations;
    }

    /** @return the default reading, {@link #EXCLUDED_PER_TITLE} */
    public static Ceiling3500Reading defaultReading() {
        return EXCLUDED_PER_TITLE;
    }

    /**
     * @return the largest population eligible to the pack under this reading: the value of the
     *     parameter {@code packCeiling} the option sets in {@code cdg79.yaml}
     */
    public long lastEligible() {
        return Declared.LAST_ELIGIBLE[ordinal()];
    }

    /**
     * @param population a commune's population
     * @return true if the commune is under the ceiling: eligible to the pack, and one of the
     *     "communes de moins de 3 500 habitants" of the platform
     */
    public boolean isUnderCeiling(Population population) {
        java.util.Objects.requireNonNull(population, "population");
        return population.inhabitants() <= lastEligible();
    }

    /** @return the articles whose words this reading follows */
    public List<Citation> citations() {
        return citations;
    }

    /** @return the reading in words, for explanations: the option's meaning in {@code cdg79.yaml} */
    public String describe() {
        return Cdg79Descriptor.option(ID, name()).meaning();
    }

    /** The figures the descriptor declares, read once (after the constants exist). */
    private static final class Declared {
        static final long[] LAST_ELIGIBLE = java.util.Arrays.stream(values())
                .mapToLong(r -> (Long) Cdg79Descriptor.option(ID, r.name()).sets().get(PARAMETER)).toArray();
    }
}
