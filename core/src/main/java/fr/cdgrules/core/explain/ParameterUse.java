package fr.cdgrules.core.explain;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.VersionOrigin;
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

    /** @return whether the version used was bundled with the library or supplied at run time */
    @JsonProperty("origin")
    @Value.Default
    public VersionOrigin origin() {
        return VersionOrigin.BUNDLED;
    }

    /**
     * @param inForce the version looked up
     * @return the record of its use
     */
    public static ParameterUse of(InForce<?> inForce) {
        java.util.Objects.requireNonNull(inForce, "inForce");
        return of(inForce, String.valueOf(inForce.value()));
    }

    /**
     * @param inForce the version looked up
     * @param shownValue how to show the value (when its {@code toString} is too long)
     * @return the record of its use
     */
    public static ParameterUse of(InForce<?> inForce, String shownValue) {
        java.util.Objects.requireNonNull(inForce, "inForce");
        return ImmutableParameterUse.of(inForce.parameter(), shownValue, inForce.version().effectiveFrom(),
                inForce.version().source(), inForce.isCarriedForward(), inForce.version().origin());
    }

    /**
     * A parameter value set by a reading of the texts rather than by a dated version: the source
     * names the reading and its option ("parameter X set by reading R").
     *
     * @param parameter the parameter name
     * @param value the value, as text
     * @param effectiveFrom the effective date of the version the reading replaces
     * @param source the reading as a source: its option in words, and the article it reads
     * @return the record of its use
     */
    public static ParameterUse setByReading(String parameter, String value, LocalDate effectiveFrom, Source source) {
        return ImmutableParameterUse.of(parameter, value, effectiveFrom, source, false, VersionOrigin.BUNDLED);
    }

    @Override
    public String toString() {
        return parameter() + " = " + value() + " (in force since " + effectiveFrom() + ", " + source()
                + (carriedForward() ? "; carried forward" : "")
                + (origin() == VersionOrigin.SUPPLIED ? "; supplied at run time, not bundled" : "") + ")";
    }
}
