package fr.cdgrules.cdg62.convention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One commitment of a convention at a date: open, fulfilled (with the day), or yearly. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCommitmentStatus.class)
@JsonDeserialize(as = ImmutableCommitmentStatus.class)
public abstract class CommitmentStatus {
    CommitmentStatus() {}

    /** @return the commitment */
    @JsonProperty("commitment")
    public abstract Commitment commitment();

    /** @return where it stands */
    @JsonProperty("state")
    public abstract CommitmentState state();

    /** @return the day it was fulfilled, when {@link CommitmentState#FULFILLED} */
    @JsonProperty("fulfilledOn")
    public abstract Optional<LocalDate> fulfilledOn();

    static CommitmentStatus status(Commitment commitment, CommitmentState state, Optional<LocalDate> fulfilledOn) {
        return ImmutableCommitmentStatus.of(commitment, state, fulfilledOn);
    }

    /** @return the party that owes it */
    public Party party() {
        return commitment().party();
    }

    /** @return its article */
    public Citation citation() {
        return commitment().citation();
    }

    @Override
    public String toString() {
        return commitment() + " (" + party() + ", " + citation() + "): " + state()
                + fulfilledOn().map(d -> " on " + d).orElse("");
    }
}
