package fr.cdgrules.core.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
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
    private Supplier<String> subjectToBuild; // guarded by this; null once built
    private volatile String subject;
    private Supplier<List<TraceStep>> stepsToBuild; // guarded by this; null once built
    private volatile List<TraceStep> steps;

    Explanation(Supplier<String> subject, List<TraceStep> steps) {
        this.subjectToBuild = Objects.requireNonNull(subject, "subject");
        this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    Explanation(Supplier<String> subject, Supplier<List<TraceStep>> steps) {
        this.subjectToBuild = Objects.requireNonNull(subject, "subject");
        this.stepsToBuild = Objects.requireNonNull(steps, "steps");
    }

    /** The only implementation: the class stays abstract so that its public shape does not change. */
    private static final class Impl extends Explanation {
        Impl(Supplier<String> subject, List<TraceStep> steps) {
            super(subject, steps);
        }

        Impl(Supplier<String> subject, Supplier<List<TraceStep>> steps) {
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
        List<TraceStep> s = steps;
        if (s == null) {
            synchronized (this) {
                s = steps;
                if (s == null) {
                    s = List.copyOf(Objects.requireNonNull(stepsToBuild.get(), "steps"));
                    steps = s;
                    stepsToBuild = null;
                }
            }
        }
        return s;
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

    /**
     * An explanation whose steps, and its subject, are made only when first read: a computation that is
     * never explained does not pay for its trace. The suppliers must read only immutable values; each is
     * called at most once. Rendered, compared or written as JSON, it is the same as one made with its steps.
     *
     * @param subject builds what is explained
     * @param steps builds the steps, in order
     * @return the explanation
     */
    public static Explanation deferred(Supplier<String> subject, Supplier<List<TraceStep>> steps) {
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
        Explanation self = this;
        List<TraceStep> built = steps;
        if (built == null) { // not read yet: the longer list is made when read, if ever
            return new Impl(self::subject, () -> append(self.steps(), step));
        }
        return new Impl(self::subject, append(built, step));
    }

    private static List<TraceStep> append(List<TraceStep> steps, TraceStep step) {
        TraceStep[] all = steps.toArray(new TraceStep[steps.size() + 1]);
        all[all.length - 1] = step;
        return List.of(all);
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
        return this == other || other instanceof Explanation e && steps().equals(e.steps()) && subject().equals(e.subject());
    }

    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + subject().hashCode();
        h += (h << 5) + steps().hashCode();
        return h;
    }

    @Override
    public String toString() {
        return render();
    }
}
