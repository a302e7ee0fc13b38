package fr.cdgrules.core.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The state of a convention at a date: its status, which term it is in (0 for the initial term,
 * 1 for the first renewal, ...), why, and the articles.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableConventionState.class)
@JsonDeserialize(as = ImmutableConventionState.class)
public abstract class ConventionState {
    ConventionState() {}

    /** @return the date of the state */
    @JsonProperty("date")
    public abstract LocalDate date();

    /** @return the status */
    @JsonProperty("status")
    public abstract ConventionStatus status();

    /** @return the index of the current term when in force (0 = initial term) */
    @JsonProperty("term")
    public abstract OptionalInt term();

    /** @return why, in words */
    @JsonProperty("reason")
    public abstract String reason();

    /** @return the articles behind the state */
    @JsonProperty("citations")
    public abstract List<Citation> citations();

    static ConventionState of(LocalDate date, ConventionStatus status, OptionalInt term, String reason,
            List<Citation> citations) {
        return ImmutableConventionState.of(date, status, term, reason, citations);
    }

    /** @return true if in force */
    public boolean isInForce() {
        return status() == ConventionStatus.IN_FORCE;
    }

    @Override
    public String toString() {
        return date() + ": " + status() + (term().isPresent() ? " (term " + term().getAsInt() + ")" : "") + " — "
                + reason() + " " + citations();
    }
}
