package fr.cdgrules.core.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How a figure was computed: an ordered trace of {@link TraceStep}s. Every computed amount or date
 * of the library carries one; {@link #render()} gives the readable form, {@link #citations()} and
 * {@link #parameters()} the articles and parameter versions involved.
 *
 * <p>Its words (subject, and the inputs and results of {@link TraceStep#deferred deferred} steps)
 * may be built only when first read; the rendered text is the same either way.
 */
@JsonPropertyOrder({"subject", "steps"})
public abstract class Explanation {
    private final List<TraceStep> steps;
    private Supplier<String> subjectToBuild; // guarded by this; null once built
    private volatile String subject;

    Explanation(Supplier<String> subject, List<TraceStep> steps) {
        this.subjectToBuild = Objects.requireNonNull(subject, "subject");
        this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /** The only implementation: the class stays abstract so that its public shape does not change. */
    private static final class Impl extends Explanation {
        Impl(Supplier<String> subject, List<TraceStep> steps) {
            super(subject, steps);
        }
    }

    /** @return what is explained, e.g. "annual fee of Clessé (79094) for 2026" */
    @JsonProperty("subject")
    public String subject() {
        String s = subject;
        if (s == null) {
            synchronized (this) {
                s = subject;
                if (s == null) {
                    s = Objects.requireNonNull(subjectToBuild.get(), "subject");
                    subject = s;
                    subjectToBuild = null;
                }
            }
        }
        return s;
    }

    /** @return the steps, in order */
    @JsonProperty("steps")
    public List<TraceStep> steps() {
        return steps;
    }

    /**
     * @param subject what is explained
     * @param steps the steps
     * @return the explanation
     */
    public static Explanation of(String subject, List<TraceStep> steps) {
        Objects.requireNonNull(subject, "subject");
        return new Impl(() -> subject, steps);
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
     * An explanation whose subject is put into words only when first read (see
     * {@link TraceStep#deferred}). The supplier must read only immutable values; it is called at most once.
     *
     * @param subject builds what is explained
     * @param steps the steps
     * @return the explanation
     */
    public static Explanation deferred(Supplier<String> subject, List<TraceStep> steps) {
        return new Impl(subject, steps);
    }

    @JsonCreator
    static Explanation fromJson(@JsonProperty("subject") String subject, @JsonProperty("steps") List<TraceStep> steps) {
        if (subject == null) {
            throw new InvalidInputException("subject", null, "an explanation needs its subject");
        }
        return of(subject, steps == null ? List.of() : steps);
    }

    /**
     * @param step a further step
     * @return this explanation with the step appended
     */
    public Explanation plus(TraceStep step) {
        Objects.requireNonNull(step, "step");
        List<TraceStep> list = new ArrayList<>(steps.size() + 1);
        list.addAll(steps);
        list.add(step);
        Explanation self = this;
        return new Impl(self::subject, list);
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

    /** @return true for an explanation with the same subject and steps */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Explanation e && steps.equals(e.steps) && subject().equals(e.subject());
    }

    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + subject().hashCode();
        h += (h << 5) + steps.hashCode();
        return h;
    }

    @Override
    public String toString() {
        return render();
    }
}
