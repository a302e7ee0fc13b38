package fr.cdgrules.cdg44.cohort;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The decision on one candidate: outcome, rank among the admitted (1-based), reason and articles. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAdmissionDecision.class)
@JsonDeserialize(as = ImmutableAdmissionDecision.class)
public abstract class AdmissionDecision {
    AdmissionDecision() {}

    /** @return the candidate */
    @JsonProperty("candidate")
    public abstract Candidate candidate();

    /** @return the outcome */
    @JsonProperty("outcome")
    public abstract AdmissionOutcome outcome();

    /** @return the rank among the admitted, 1 to 18, when admitted */
    @JsonProperty("rank")
    public abstract OptionalInt rank();

    /** @return why, in words */
    @JsonProperty("reason")
    public abstract String reason();

    /** @return the articles applied */
    @JsonProperty("citations")
    public abstract List<Citation> citations();

    static AdmissionDecision of(Candidate candidate, AdmissionOutcome outcome, OptionalInt rank, String reason,
            List<Citation> citations) {
        return ImmutableAdmissionDecision.of(candidate, outcome, rank, reason, citations);
    }

    /** @return true if admitted */
    public boolean isAdmitted() {
        return outcome() == AdmissionOutcome.ADMITTED;
    }

    @Override
    public String toString() {
        return candidate().id() + ": " + outcome() + (rank().isPresent() ? " #" + rank().getAsInt() : "") + " — " + reason();
    }
}
