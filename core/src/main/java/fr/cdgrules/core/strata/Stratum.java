package fr.cdgrules.core.strata;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Money;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One bracket (strate démographique) of a fee scale: whole inhabitants from {@link #from()} to
 * {@link #to()} inclusive (open-ended when {@code to} is absent), with the text's own wording and
 * the annual fee it sets.
 *
 * <p>Example (000 art. 3.1): {@code Stratum.of(500, 999, "Communes de 500 à 999 habitants", 150 €)}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStratum.class)
@JsonDeserialize(as = ImmutableStratum.class)
public abstract class Stratum {
    Stratum() {}

    /** @return the first population of the bracket, inclusive, ≥ 0 */
    @JsonProperty("from")
    public abstract long from();

    /** @return the last population of the bracket, inclusive; empty if open-ended */
    @JsonProperty("to")
    public abstract OptionalLong to();

    /** @return the text's own wording of the bracket, e.g. "Communes de 500 à 999 habitants" */
    @JsonProperty("wording")
    public abstract String wording();

    /** @return the annual fee of the bracket */
    @JsonProperty("annualFee")
    public abstract Money annualFee();

    /**
     * A closed bracket.
     *
     * @param from first population, inclusive
     * @param to last population, inclusive
     * @param wording the text's wording
     * @param annualFee the annual fee
     * @return the bracket
     */
    public static Stratum of(long from, long to, String wording, Money annualFee) {
        return ImmutableStratum.of(from, OptionalLong.of(to), wording, annualFee);
    }

    /**
     * An open-ended bracket ("au-delà de ...").
     *
     * @param from first population, inclusive
     * @param wording the text's wording
     * @param annualFee the annual fee
     * @return the bracket
     */
    public static Stratum openEnded(long from, String wording, Money annualFee) {
        return ImmutableStratum.of(from, OptionalLong.empty(), wording, annualFee);
    }

    /**
     * @param inhabitants a number of inhabitants
     * @return true if the bracket contains it
     */
    public boolean contains(long inhabitants) {
        return inhabitants >= from() && (to().isEmpty() || inhabitants <= to().getAsLong());
    }

    /**
     * @param newTo the new last population, inclusive, or empty for open-ended
     * @return this bracket with another upper bound (used to apply a reading of a boundary)
     */
    public Stratum withTo(OptionalLong newTo) {
        return ((ImmutableStratum) this).withTo(newTo);
    }

    /**
     * @param newFrom the new first population, inclusive
     * @return this bracket with another lower bound (used to apply a reading of a boundary)
     */
    public Stratum withFrom(long newFrom) {
        return ((ImmutableStratum) this).withFrom(newFrom);
    }

    /** @return the bounds as {@code [from, to]} or {@code [from, ∞)} */
    public String bounds() {
        return "[" + from() + ", " + (to().isPresent() ? to().getAsLong() + "]" : "∞)");
    }

    /** @return the upper bound, if any, boxed */
    Optional<Long> upper() {
        return to().isPresent() ? Optional.of(to().getAsLong()) : Optional.empty();
    }

    @Value.Check
    void check() {
        if (from() < 0) {
            throw new InvalidInputException("stratum.from", null, "a stratum starts at 0 or more, got " + from());
        }
        if (to().isPresent() && to().getAsLong() < from()) {
            throw new InvalidInputException("stratum.to", null, "stratum '" + wording() + "' ends before it starts " + bounds());
        }
        if (wording().isBlank()) {
            throw new InvalidInputException("stratum.wording", null, "a stratum keeps the text's wording");
        }
        if (annualFee().isNegative()) {
            throw new InvalidInputException("stratum.annualFee", null, "a fee cannot be negative: " + annualFee());
        }
    }

    @Override
    public String toString() {
        return wording() + " " + bounds() + ": " + annualFee().toDisplayString();
    }
}
