package fr.cdgrules.core.strata;

import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The result of looking a population up in a {@link StrataScale}: either the bracket it falls in,
 * or "outside the scale" with the reason (not eligible). Never a default bracket.
 */
public final class StratumLookup {
    private final long inhabitants;
    private final Stratum stratum;
    private final String reason;

    private StratumLookup(long inhabitants, Stratum stratum, String reason) {
        this.inhabitants = inhabitants;
        this.stratum = stratum;
        this.reason = reason;
    }

    static StratumLookup within(long inhabitants, Stratum stratum) {
        return new StratumLookup(inhabitants, stratum, null);
    }

    static StratumLookup outside(long inhabitants, StrataScale scale) {
        String why = inhabitants < scale.lowest()
                ? inhabitants + " inhabitants is below the first stratum (" + scale.lowest() + ")"
                : inhabitants + " inhabitants is above the last stratum (" + scale.highest().getAsLong() + ")";
        return new StratumLookup(inhabitants, null, why);
    }

    /** @return the number of inhabitants looked up */
    public long inhabitants() {
        return inhabitants;
    }

    /** @return true if the population falls in a bracket */
    public boolean isEligible() {
        return stratum != null;
    }

    /** @return the bracket, empty when outside the scale */
    public Optional<Stratum> stratum() {
        return Optional.ofNullable(stratum);
    }

    /**
     * @return the bracket
     * @throws NoSuchElementException when outside the scale
     */
    public Stratum orElseThrow() {
        if (stratum == null) {
            throw new NoSuchElementException(reason);
        }
        return stratum;
    }

    /** @return why the population is outside the scale, empty when it is within */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public String toString() {
        return stratum != null ? inhabitants + " → " + stratum : "outside the scale: " + reason;
    }

    /** Two StratumLookups are equal when all their parts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StratumLookup other
                && inhabitants == other.inhabitants
                && java.util.Objects.equals(stratum, other.stratum)
                && java.util.Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(inhabitants, stratum, reason);
    }
}
