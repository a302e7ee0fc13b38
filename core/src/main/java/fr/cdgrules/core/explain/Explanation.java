package fr.cdgrules.core.explain;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a figure was computed: an ordered trace of {@link TraceStep}s. Every computed amount or date
 * of the library carries one; {@link #render()} gives the readable form, {@link #citations()} and
 * {@link #parameters()} the articles and parameter versions involved.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableExplanation.class)
@JsonDeserialize(as = ImmutableExplanation.class)
public abstract class Explanation {
    Explanation() {}

    /** @return what is explained, e.g. "annual fee of Clessé (79094) for 2026" */
    @JsonProperty("subject")
    public abstract String subject();

    /** @return the steps, in order */
    @JsonProperty("steps")
    public abstract List<TraceStep> steps();

    /**
     * @param subject what is explained
     * @param steps the steps
     * @return the explanation
     */
    public static Explanation of(String subject, List<TraceStep> steps) {
        return ImmutableExplanation.of(subject, steps);
    }

    /**
     * @param subject what is explained
     * @param steps the steps
     * @return the explanation
     */
    public static Explanation of(String subject, TraceStep... steps) {
        return of(subject, List.of(steps));
    }

    /**
     * @param step a further step
     * @return this explanation with the step appended
     */
    public Explanation plus(TraceStep step) {
        List<TraceStep> list = new ArrayList<>(steps());
        list.add(step);
        return of(subject(), list);
    }

    /** @return every article cited by a step, first appearance first, without repeats */
    public List<Citation> citations() {
        Set<Citation> set = new LinkedHashSet<>();
        steps().forEach(s -> set.addAll(s.citations()));
        return List.copyOf(set);
    }

    /** @return every parameter version used by a step, without repeats */
    public List<ParameterUse> parameters() {
        Set<ParameterUse> set = new LinkedHashSet<>();
        steps().forEach(s -> set.addAll(s.parameters()));
        return List.copyOf(set);
    }

    /** @return the trace as indented text, one step a paragraph */
    public String render() {
        StringBuilder sb = new StringBuilder(subject()).append('\n');
        int n = 1;
        for (TraceStep s : steps()) {
            sb.append("  ").append(n++).append(". ").append(s.rule());
            if (!s.citations().isEmpty()) {
                sb.append(" [").append(String.join(", ", s.citations().stream().map(Citation::toString).toList()))
                        .append(']');
            }
            sb.append('\n');
            for (Map.Entry<String, String> in : s.inputs().entrySet()) {
                sb.append("     input ").append(in.getKey()).append(" = ").append(in.getValue()).append('\n');
            }
            for (ParameterUse p : s.parameters()) {
                sb.append("     parameter ").append(p).append('\n');
            }
            sb.append("     → ").append(s.result()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
