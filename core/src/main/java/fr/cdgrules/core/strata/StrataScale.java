package fr.cdgrules.core.strata;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.population.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An ordered list of population brackets (barème par strate) that partitions a range of
 * populations: contiguous, without gap or overlap, ordered, only the last one possibly open-ended.
 * Checked at construction.
 *
 * <p>A population below the first bracket or above the last is outside the scale: the lookup says
 * so ({@link StratumLookup#isEligible()} is false), it never falls back to a default price.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStrataScale.class)
@JsonDeserialize(as = ImmutableStrataScale.class)
public abstract class StrataScale {
    StrataScale() {}

    /** @return the brackets, ordered by population */
    @JsonProperty("strata")
    public abstract List<Stratum> strata();

    /**
     * @param strata the brackets, in order
     * @return the scale
     * @throws InvalidInputException if the brackets are empty, unordered, overlap, leave a gap,
     *     or an open-ended bracket is not last
     */
    public static StrataScale of(List<Stratum> strata) {
        java.util.Objects.requireNonNull(strata, "strata");
        return ImmutableStrataScale.of(strata);
    }

    /**
     * @param strata the brackets, in order
     * @return the scale
     */
    public static StrataScale of(Stratum... strata) {
        java.util.Objects.requireNonNull(strata, "strata");
        return of(List.of(strata));
    }

    /**
     * Finds the bracket of a number of inhabitants.
     *
     * @param inhabitants the number of inhabitants
     * @return the bracket, or "outside the scale"
     */
    public StratumLookup lookup(long inhabitants) {
        java.util.Objects.requireNonNull(inhabitants, "inhabitants");
        for (Stratum s : strata()) {
            if (s.contains(inhabitants)) {
                return StratumLookup.within(inhabitants, s);
            }
        }
        return StratumLookup.outside(inhabitants, this);
    }

    /**
     * @param population a population
     * @return its bracket, or "outside the scale"
     */
    public StratumLookup lookup(Population population) {
        java.util.Objects.requireNonNull(population, "population");
        return lookup(population.inhabitants());
    }

    /** @return the smallest population of the scale */
    public long lowest() {
        return strata().get(0).from();
    }

    /** @return the largest population of the scale, empty if the last bracket is open-ended */
    public OptionalLong highest() {
        return strata().get(strata().size() - 1).to();
    }

    /**
     * Applies a reading of a boundary: moves the border between bracket {@code index} and the next
     * one so that bracket {@code index} ends at {@code lastOfLower} and the next starts right after.
     *
     * @param index the index of the lower bracket
     * @param lastOfLower the new last population of the lower bracket
     * @return the adjusted scale
     */
    public StrataScale withBorder(int index, long lastOfLower) {
        List<Stratum> list = new ArrayList<>(strata());
        list.set(index, list.get(index).withTo(OptionalLong.of(lastOfLower)));
        list.set(index + 1, list.get(index + 1).withFrom(lastOfLower + 1));
        return of(list);
    }

    /**
     * Applies an eligibility ceiling: the last bracket ends at {@code lastEligible}.
     *
     * @param lastEligible the largest eligible population
     * @return the adjusted scale
     */
    public StrataScale withCeiling(long lastEligible) {
        List<Stratum> list = new ArrayList<>(strata());
        int last = list.size() - 1;
        list.set(last, list.get(last).withTo(OptionalLong.of(lastEligible)));
        return of(list);
    }

    @Value.Check
    void check() {
        List<Stratum> s = strata();
        if (s.isEmpty()) {
            throw new InvalidInputException("strata", null, "a scale needs at least one stratum");
        }
        for (int i = 1; i < s.size(); i++) {
            Stratum prev = s.get(i - 1);
            Stratum next = s.get(i);
            Optional<Long> end = prev.upper();
            if (end.isEmpty()) {
                throw new InvalidInputException("strata[" + (i - 1) + "].to", null,
                        "only the last stratum may be open-ended, but '" + prev.wording() + "' is followed by '"
                                + next.wording() + "'");
            }
            if (next.from() <= end.get()) {
                throw new InvalidInputException("strata[" + i + "].from", null, "strata overlap or are unordered: '"
                        + prev.wording() + "' " + prev.bounds() + " and '" + next.wording() + "' " + next.bounds());
            }
            if (next.from() != end.get() + 1) {
                throw new InvalidInputException("strata[" + i + "].from", null, "gap between '" + prev.wording()
                        + "' " + prev.bounds() + " and '" + next.wording() + "' " + next.bounds());
            }
        }
    }
}
