package fr.cdgrules.cucm.replacement;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.module.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A request with its place in a {@link PriorityRanking} (1 = served first) and why it stands there. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRankedRequest.class)
@JsonDeserialize(as = ImmutableRankedRequest.class)
public abstract class RankedRequest {
    RankedRequest() {}

    /** @return the position, 1 first */
    @JsonProperty("position")
    public abstract int position();

    /** @return the request */
    @JsonProperty("request")
    public abstract ReplacementRequest request();

    /** @return its priority key and the criterion that placed it after the previous one */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    /**
     * @param position the position, 1 first
     * @param request the request
     * @param explanation why it stands there
     * @return the ranked request
     */
    public static RankedRequest of(int position, ReplacementRequest request, Explanation explanation) {
        return ImmutableRankedRequest.of(position, request, explanation);
    }
}
