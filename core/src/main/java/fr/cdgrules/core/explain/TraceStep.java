package fr.cdgrules.core.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One step of a computation trace: the rule applied, its articles, the inputs it read, the
 * parameter versions it used, and what it concluded.
 *
 * <p>A step made by {@link #deferred} builds the words of its inputs and result only when they are
 * first read (by {@link Explanation#render()}, JSON, or the accessors), once; a computation that is
 * never explained does not pay for them. Either way the step is an immutable, thread-safe value.
 */
@JsonPropertyOrder({"rule", "citations", "inputs", "parameters", "result"})
public abstract class TraceStep {
    private final String rule;
    private final List<Citation> citations;
    private final List<ParameterUse> parameters;
    private Supplier<Map<String, String>> inputsToBuild; // guarded by this; null once built
    private Supplier<String> resultToBuild; // guarded by this; null once built
    private volatile Map<String, String> inputs;
    private volatile String result;

    TraceStep(String rule, List<Citation> citations, Supplier<Map<String, String>> inputs,
            List<ParameterUse> parameters, Supplier<String> result) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        this.inputsToBuild = Objects.requireNonNull(inputs, "inputs");
        this.parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        this.resultToBuild = Objects.requireNonNull(result, "result");
    }

    /** The only implementation: the class stays abstract so that its public shape does not change. */
    private static final class Impl extends TraceStep {
        Impl(String rule, List<Citation> citations, Supplier<Map<String, String>> inputs, List<ParameterUse> parameters,
                Supplier<String> result) {
            super(rule, citations, inputs, parameters, result);
        }
    }

    /** @return the rule, in words, e.g. "annual fee by population stratum" */
    @JsonProperty("rule")
    public String rule() {
        return rule;
    }

    /** @return the articles the rule implements */
    @JsonProperty("citations")
    public List<Citation> citations() {
        return citations;
    }

    /** @return the inputs read, by name, in reading order */
    @JsonProperty("inputs")
    public Map<String, String> inputs() {
        Map<String, String> m = inputs;
        if (m == null) {
            synchronized (this) {
                m = inputs;
                if (m == null) {
                    m = freeze(inputsToBuild.get());
                    inputs = m;
                    inputsToBuild = null;
                }
            }
        }
        return m;
    }

    /** @return the parameter versions used */
    @JsonProperty("parameters")
    public List<ParameterUse> parameters() {
        return parameters;
    }

    /** @return what the step concluded */
    @JsonProperty("result")
    public String result() {
        String r = result;
        if (r == null) {
            synchronized (this) {
                r = result;
                if (r == null) {
                    r = Objects.requireNonNull(resultToBuild.get(), "result");
                    result = r;
                    resultToBuild = null;
                }
            }
        }
        return r;
    }

    private static Map<String, String> freeze(Map<String, String> inputs) {
        Map<String, String> copy = new LinkedHashMap<>();
        Objects.requireNonNull(inputs, "inputs").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "inputs key"),
                Objects.requireNonNull(v, "inputs value")));
        return Collections.unmodifiableMap(copy);
    }

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
        Map<String, String> frozen = freeze(inputs);
        Objects.requireNonNull(result, "result");
        return new Impl(rule, citations, () -> frozen, parameters, () -> result);
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

    /**
     * A step whose inputs and result are put into words only when first read. The suppliers must read
     * only immutable values; each is called at most once.
     *
     * @param rule the rule in words
     * @param citations its articles
     * @param inputs builds the inputs read, in order
     * @param parameters the parameter versions used
     * @param result builds the conclusion
     * @return the step
     */
    public static TraceStep deferred(String rule, List<Citation> citations, Supplier<Map<String, String>> inputs,
            List<ParameterUse> parameters, Supplier<String> result) {
        return new Impl(rule, citations, inputs, parameters, result);
    }

    @JsonCreator
    static TraceStep fromJson(@JsonProperty("rule") String rule, @JsonProperty("citations") List<Citation> citations,
            @JsonProperty("inputs") Map<String, String> inputs, @JsonProperty("parameters") List<ParameterUse> parameters,
            @JsonProperty("result") String result) {
        if (rule == null) {
            throw new InvalidInputException("rule", null, "a trace step needs its rule");
        }
        if (result == null) {
            throw new InvalidInputException("result", null, "a trace step needs its result");
        }
        return of(rule, citations == null ? List.of() : citations, inputs == null ? Map.of() : inputs,
                parameters == null ? List.of() : parameters, result);
    }

    /**
     * Two steps are equal when they say the same: the same rule, articles, inputs <em>in the same order</em>
     * (they are rendered and written in that order), parameters and result.
     *
     * @return true for a step with the same rule, articles, inputs (in order), parameters and result
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TraceStep s && rule.equals(s.rule) && citations.equals(s.citations)
                && inputs().equals(s.inputs()) && sameOrder(inputs(), s.inputs())
                && parameters.equals(s.parameters) && result().equals(s.result());
    }

    /** Whether two maps with the same entries list them in the same order. */
    private static boolean sameOrder(Map<String, String> a, Map<String, String> b) {
        return List.copyOf(a.keySet()).equals(List.copyOf(b.keySet()));
    }

    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + rule.hashCode();
        h += (h << 5) + citations.hashCode();
        h += (h << 5) + inputs().hashCode();
        h += (h << 5) + parameters.hashCode();
        h += (h << 5) + result().hashCode();
        return h;
    }

    @Override
    public String toString() {
        return "TraceStep{rule=" + rule + ", citations=" + citations + ", inputs=" + inputs() + ", parameters="
                + parameters + ", result=" + result() + "}";
    }
}
