package fr.cdgrules.core.population;

import fr.cdgrules.core.limits.Limits;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.Year;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A legal population of a collectivity: a whole number of inhabitants (≥ 0), with the count it
 * is ({@link PopulationBasis}) and the INSEE vintage (millésime) it comes from.
 *
 * <p>Both basis and vintage are always explicit on the value. {@link #of(long, Year)} uses the
 * documented default basis, {@link PopulationBasis#MUNICIPALE}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePopulation.class)
@JsonDeserialize(as = ImmutablePopulation.class)
public abstract class Population implements Comparable<Population> {
    Population() {}

    /** @return the number of inhabitants, ≥ 0 */
    @JsonProperty("inhabitants")
    public abstract long inhabitants();

    /** @return which legal population this is */
    @JsonProperty("basis")
    public abstract PopulationBasis basis();

    /** @return the INSEE vintage (millésime) of the figure, e.g. 2026 */
    @JsonProperty("vintage")
    public abstract Year vintage();

    /**
     * @param inhabitants number of inhabitants, ≥ 0
     * @param basis which legal population
     * @param vintage the INSEE vintage
     * @return the population
     * @throws InvalidInputException if {@code inhabitants} is negative
     */
    public static Population of(long inhabitants, PopulationBasis basis, Year vintage) {
        return ImmutablePopulation.of(inhabitants, basis, vintage);
    }

    /**
     * A population municipale (the default basis) of the given vintage.
     *
     * @param inhabitants number of inhabitants, ≥ 0
     * @param vintage the INSEE vintage
     * @return the population
     */
    public static Population of(long inhabitants, Year vintage) {
        return of(inhabitants, PopulationBasis.MUNICIPALE, vintage);
    }

    /**
     * @param inhabitants another number of inhabitants
     * @return this population with another count, same basis and vintage
     */
    public Population withInhabitants(long inhabitants) {
        return of(inhabitants, basis(), vintage());
    }

    @Value.Check
    void check() {
        Limits.year("population.vintage", vintage());
        if (inhabitants() < 0) {
            throw new InvalidInputException("population.inhabitants", null,
                    "a population is a number of inhabitants ≥ 0, got " + inhabitants());
        }
    }

    /** Orders by number of inhabitants only. */
    @Override
    public int compareTo(Population other) {
        java.util.Objects.requireNonNull(other, "other");
        return Long.compare(inhabitants(), other.inhabitants());
    }

    @Override
    public String toString() {
        return inhabitants() + " inhabitants (population " + basis().name().toLowerCase() + " " + vintage() + ")";
    }
}
