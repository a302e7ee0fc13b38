package fr.cdgrules.core.feerun;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.money.Money;
import java.util.Objects;

/**
 * The titres of one stratum: how many, and their total (an exact sum of the lines).
 *
 * @param stratum the stratum, in the text's wording
 * @param count the number of titre lines
 * @param total the sum of their amounts
 */
public record StratumTotal(@JsonProperty("stratum") String stratum, @JsonProperty("count") int count,
        @JsonProperty("total") Money total) {
    /**
     * Checks the components.
     *
     * @param stratum the stratum, in the text's wording
     * @param count the number of titre lines
     * @param total the sum of their amounts
     */
    public StratumTotal {
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(total, "total");
    }
}
