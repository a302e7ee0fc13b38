package fr.cdgrules.cdg44.financing;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Who bears a cost for a trainee status: exactly one payer, the extent, the paragraphs and their words. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCostAllocation.class)
@JsonDeserialize(as = ImmutableCostAllocation.class)
public abstract class CostAllocation {
    CostAllocation() {}

    /** @return the cost */
    @JsonProperty("cost")
    public abstract Cost cost();

    /** @return the trainee's status */
    @JsonProperty("status")
    public abstract TraineeStatus status();

    /** @return the one payer */
    @JsonProperty("payer")
    public abstract Payer payer();

    /** @return in full, as a contribution, or in kind */
    @JsonProperty("extent")
    public abstract Extent extent();

    /** @return the paragraphs that name the payer */
    @JsonProperty("citations")
    public abstract List<Citation> citations();

    /** @return the text's words */
    @JsonProperty("quote")
    public abstract String quote();

    /** @return how the answer was found */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    static CostAllocation of(Cost cost, TraineeStatus status, Payer payer, Extent extent, List<Citation> citations,
            String quote, Explanation explanation) {
        return ImmutableCostAllocation.of(cost, status, payer, extent, citations, quote, explanation);
    }

    @Override
    public String toString() {
        return cost() + " for " + status() + ": " + payer() + " (" + extent() + ") " + citations();
    }
}
