package fr.cdgrules.cucm.replacement;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Competing requests in the order they are served ({@link PriorityOrder#rank}). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePriorityRanking.class)
@JsonDeserialize(as = ImmutablePriorityRanking.class)
public abstract class PriorityRanking {
    PriorityRanking() {}

    /** @return the ranked requests, first served first */
    @JsonProperty("ranked")
    public abstract List<RankedRequest> ranked();

    /**
     * @param ranked the ranked requests, in order
     * @return the ranking
     */
    public static PriorityRanking of(List<RankedRequest> ranked) {
        return ImmutablePriorityRanking.of(ranked);
    }

    /** @return the requests, first served first */
    public List<ReplacementRequest> requests() {
        return ranked().stream().map(RankedRequest::request).toList();
    }

    /** @return the request served first, if any */
    public Optional<ReplacementRequest> first() {
        return ranked().stream().findFirst().map(RankedRequest::request);
    }
}
