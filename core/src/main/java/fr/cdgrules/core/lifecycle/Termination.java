package fr.cdgrules.core.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A recorded termination: its kind, the date it was notified, the date it takes effect (first day
 * no longer in force), its reasons, and the article. Made by {@link Convention#withTermination}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTermination.class)
@JsonDeserialize(as = ImmutableTermination.class)
public abstract class Termination {
    Termination() {}

    /** @return the kind */
    @JsonProperty("kind")
    public abstract TerminationKind kind();

    /** @return the date the letter was notified */
    @JsonProperty("notifiedOn")
    public abstract LocalDate notifiedOn();

    /** @return the first day on which the convention is no longer in force */
    @JsonProperty("effectiveOn")
    public abstract LocalDate effectiveOn();

    /** @return the reasons given, when any */
    @JsonProperty("reason")
    public abstract Optional<String> reason();

    /** @return true if an indemnity is due */
    @JsonProperty("indemnityDue")
    public abstract boolean indemnityDue();

    /** @return the article */
    @JsonProperty("citation")
    public abstract Citation citation();

    static Termination of(TerminationKind kind, LocalDate notifiedOn, LocalDate effectiveOn, Optional<String> reason,
            boolean indemnityDue, Citation citation) {
        return ImmutableTermination.of(kind, notifiedOn, effectiveOn, reason, indemnityDue, citation);
    }

    /** @return the last day in force, the day before {@link #effectiveOn()} */
    public LocalDate lastDayInForce() {
        return effectiveOn().minusDays(1);
    }
}
