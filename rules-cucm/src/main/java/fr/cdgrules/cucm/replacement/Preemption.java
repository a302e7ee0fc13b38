package fr.cdgrules.cucm.replacement;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The outcome of {@link Replacement#preemptedBy}: the replacement before and after, and why. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePreemption.class)
@JsonDeserialize(as = ImmutablePreemption.class)
public abstract class Preemption {
    Preemption() {}

    /** @return what happened */
    @JsonProperty("outcome")
    public abstract PreemptionOutcome outcome();

    /** @return the replacement as it was */
    @JsonProperty("before")
    public abstract Replacement before();

    /** @return the replacement as it now stands (shortened when {@link PreemptionOutcome#ENDED}) */
    @JsonProperty("after")
    public abstract Replacement after();

    /** @return the new request */
    @JsonProperty("request")
    public abstract ReplacementRequest request();

    /** @return why */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    static Preemption of(PreemptionOutcome outcome, Replacement before, Replacement after, ReplacementRequest request,
            Explanation explanation) {
        return ImmutablePreemption.of(outcome, before, after, request, explanation);
    }

    /** @return true if the replacement was ended early */
    public boolean isPreempted() {
        return outcome() == PreemptionOutcome.ENDED;
    }

    /** @return the new last day of the replacement, when it was ended early */
    public Optional<LocalDate> endsOn() {
        return isPreempted() ? Optional.of(after().lastDay()) : Optional.empty();
    }
}
