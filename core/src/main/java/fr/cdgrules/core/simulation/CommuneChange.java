package fr.cdgrules.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One commune's fee under the tariff in force and under the proposal (0 € when not eligible).
 *
 * @param code the INSEE code
 * @param name the name
 * @param population the population used
 * @param stratumBefore the stratum in force, when eligible
 * @param before the fee in force
 * @param stratumAfter the stratum proposed, when eligible
 * @param after the fee proposed
 */
public record CommuneChange(@JsonProperty("code") String code, @JsonProperty("name") String name,
        @JsonProperty("population") long population, @JsonProperty("stratumBefore") Optional<String> stratumBefore,
        @JsonProperty("before") Money before, @JsonProperty("stratumAfter") Optional<String> stratumAfter,
        @JsonProperty("after") Money after) {
    /**
     * Checks the components.
     *
     * @param code the INSEE code
     * @param name the name
     * @param population the population used
     * @param stratumBefore the stratum in force, when eligible
     * @param before the fee in force
     * @param stratumAfter the stratum proposed, when eligible
     * @param after the fee proposed
     */
    public CommuneChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stratumBefore, "stratumBefore");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(stratumAfter, "stratumAfter");
        Objects.requireNonNull(after, "after");
    }

    /** @return after − before */
    @JsonProperty("difference")
    public Money difference() {
        return after.minus(before);
    }

    /** @return true if the fee changes */
    public boolean changes() {
        return !before.equals(after);
    }
}
