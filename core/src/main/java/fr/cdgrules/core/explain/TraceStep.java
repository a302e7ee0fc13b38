package fr.cdgrules.core.explain;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One step of a computation trace: the rule applied, its articles, the inputs it read, the
 * parameter versions it used, and what it concluded.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTraceStep.class)
@JsonDeserialize(as = ImmutableTraceStep.class)
public abstract class TraceStep {
    TraceStep() {}

    /** @return the rule, in words, e.g. "annual fee by population stratum" */
    @JsonProperty("rule")
    public abstract String rule();

    /** @return the articles the rule implements */
    @JsonProperty("citations")
    public abstract List<Citation> citations();

    /** @return the inputs read, by name, in reading order */
    @JsonProperty("inputs")
    public abstract Map<String, String> inputs();

    /** @return the parameter versions used */
    @JsonProperty("parameters")
    public abstract List<ParameterUse> parameters();

    /** @return what the step concluded */
    @JsonProperty("result")
    public abstract String result();

    /**
     * @param rule the rule in words
     * @param citations its articles
     * @param inputs the inputs read, in order
     * @param parameters the parameter versions used
     * @param result the conclusion
     * @return the step
     */
    public static TraceStep of(String rule, List<Citation> citations, Map<String, String> inputs,
            List<ParameterUse> parameters, String result) {
        return ImmutableTraceStep.of(rule, citations, inputs, parameters, result);
    }

    /**
     * A step that uses no parameter.
     *
     * @param rule the rule in words
     * @param citation its article
     * @param inputs the inputs read, in order
     * @param result the conclusion
     * @return the step
     */
    public static TraceStep of(String rule, Citation citation, Map<String, String> inputs, String result) {
        return of(rule, List.of(citation), inputs, List.of(), result);
    }
}
