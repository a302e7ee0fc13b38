package fr.cdgrules.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.money.Money;
import java.util.Objects;

/**
 * The revenue of one stratum before and after.
 *
 * @param stratum the stratum (of the tariff in force; of the proposal for communes eligible only under it)
 * @param communes the number of communes in it
 * @param before the revenue under the tariff in force
 * @param after the revenue under the proposal
 */
public record StratumRevenue(@JsonProperty("stratum") String stratum, @JsonProperty("communes") int communes,
        @JsonProperty("before") Money before, @JsonProperty("after") Money after) {
    /**
     * Checks the components.
     *
     * @param stratum the stratum (of the tariff in force; of the proposal for communes eligible only under it)
     * @param communes the number of communes in it
     * @param before the revenue under the tariff in force
     * @param after the revenue under the proposal
     */
    public StratumRevenue {
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** @return after − before */
    @JsonProperty("difference")
    public Money difference() {
        return after.minus(before);
    }
}
