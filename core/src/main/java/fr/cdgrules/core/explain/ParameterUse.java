package fr.cdgrules.core.explain;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.timeline.InForce;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A parameter value a computation used: which parameter, the value, the version (effective date
 * and source), and whether it was carried forward from an earlier year.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableParameterUse.class)
@JsonDeserialize(as = ImmutableParameterUse.class)
public abstract class ParameterUse {
    ParameterUse() {}

    /** @return the name of the parameter */
    @JsonProperty("parameter")
    public abstract String parameter();

    /** @return the value used, as text */
    @JsonProperty("value")
    public abstract String value();

    /** @return the effective date of the version used */
    @JsonProperty("effectiveFrom")
    public abstract LocalDate effectiveFrom();

    /** @return the source of the version used */
    @JsonProperty("source")
    public abstract Source source();

    /** @return true if the version was set for an earlier year and carried forward */
    @JsonProperty("carriedForward")
    public abstract boolean carriedForward();

    /**
     * @param inForce the version looked up
     * @return the record of its use
     */
    public static ParameterUse of(InForce<?> inForce) {
        return of(inForce, String.valueOf(inForce.value()));
    }

    /**
     * @param inForce the version looked up
     * @param shownValue how to show the value (when its {@code toString} is too long)
     * @return the record of its use
     */
    public static ParameterUse of(InForce<?> inForce, String shownValue) {
        return ImmutableParameterUse.of(inForce.parameter(), shownValue, inForce.version().effectiveFrom(),
                inForce.version().source(), inForce.isCarriedForward());
    }

    @Override
    public String toString() {
        return parameter() + " = " + value() + " (in force since " + effectiveFrom() + ", " + source()
                + (carriedForward() ? "; carried forward" : "") + ")";
    }
}
