package fr.cdgrules.cucm.cotisation;

import fr.cdgrules.core.strata.StrataScale;

/**
 * Which stratum a commune of exactly 10 000 inhabitants belongs to.
 *
 * <p>The scale (art. 5 and "ANNEXE 2 : BAREME DES COTISATIONS") reads "De 4 500 à 9 999 habitants"
 * then "Au-delà de 10 000 habitants": the fourth stratum ends at 9 999, but "au-delà de 10 000"
 * means, word for word, "more than 10 000", which leaves 10 000 itself in no stratum.
 */
public enum TenThousandReading {
    /**
     * The default: 10 000 is in the top stratum "Au-delà de 10 000 habitants" (1 050 €). The
     * scale's closed brackets end at 999, 2 499, 4 499 and 9 999 so that the next one starts at a
     * round number (1000, 2 500, 4 500, 10 000); "De 4 500 à 9 999" is the more precise wording and
     * leaves no gap only if the last bracket starts at 10 000.
     */
    TOP_STRATUM,
    /**
     * The literal reading of "au-delà de": the top stratum starts at 10 001 and the fourth stratum
     * "De 4 500 à 9 999 habitants" is extended to 10 000 (840 €), so that no population falls between
     * the two.
     */
    FOURTH_STRATUM;

    /**
     * Applies this reading to the scale as bundled (which follows {@link #TOP_STRATUM}).
     *
     * @param asBundled the scale with the top stratum starting at 10 000
     * @return the scale under this reading
     */
    public StrataScale apply(StrataScale asBundled) {
        java.util.Objects.requireNonNull(asBundled, "asBundled");
        if (this == TOP_STRATUM) {
            return asBundled;
        }
        int fourth = asBundled.strata().size() - 2;
        return asBundled.withBorder(fourth, boundary(asBundled));
    }

    /**
     * @param asBundled the scale with the top stratum starting at 10 000
     * @return the population the reading is about: the first of the top stratum as bundled
     *     (« Au-delà de 10 000 habitants »: 10 000)
     */
    public static long boundary(StrataScale asBundled) {
        java.util.Objects.requireNonNull(asBundled, "asBundled");
        return asBundled.strata().get(asBundled.strata().size() - 1).from();
    }
}
