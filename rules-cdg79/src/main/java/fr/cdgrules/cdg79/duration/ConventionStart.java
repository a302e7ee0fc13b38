package fr.cdgrules.cdg79.duration;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a decision to join placed the start of the convention (art. 4): the decision, the
 * {@link ConventionStartReading} applied, the convention from that first day, and the explanation
 * naming the reading. Made by {@link AdhesionConvention#start(AdhesionDecision)}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableConventionStart.class)
@JsonDeserialize(as = ImmutableConventionStart.class)
public abstract class ConventionStart {
    ConventionStart() {}

    /** @return the decision to join */
    @JsonProperty("decision")
    public abstract AdhesionDecision decision();

    /** @return the reading that placed the start */
    @JsonProperty("reading")
    public abstract ConventionStartReading reading();

    /** @return the convention from its first day, no event recorded */
    @JsonProperty("convention")
    public abstract Convention convention();

    /** @return how the start was placed: the decision, the reading, the first day */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    static ConventionStart of(AdhesionDecision decision, ConventionStartReading reading, Convention convention,
            Explanation explanation) {
        return ImmutableConventionStart.of(decision, reading, convention, explanation);
    }

    /** @return the first day in force */
    public LocalDate start() {
        return convention().start();
    }
}
