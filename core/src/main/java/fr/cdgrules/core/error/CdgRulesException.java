package fr.cdgrules.core.error;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Optional;

/**
 * The root of every exception the library throws on purpose: each names the rules (articles)
 * involved and, where it is about an input, the field.
 *
 * <p>Subclasses: {@link InvalidInputException} (bad input), {@link NothingInForceException}
 * (a date before any value of a parameter), {@link NoRuleAppliesException} and
 * {@link RuleConflictException} (the rules give no answer, or two answers),
 * {@link ConventionNotInForceException} (nothing can be asked outside the convention's period),
 * {@link NotEligibleException} (the rules refuse the collectivity or the request, naming the article), and
 * {@link UnknownRuleModuleException}.
 *
 * <p>Two families, which the command line maps to its exit codes: <em>invalid input</em>
 * ({@link InvalidInputException}, {@link UnknownRuleModuleException}: exit 2) names the field;
 * <em>a refusal by the rules</em> (every other subclass, {@link #isRefusal()}: exit 3) names the
 * article. Messages are one line, in domain words, and never contain a Java class name. The
 * citations ({@link #rules()}) survive Java serialisation.
 */
public abstract class CdgRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The articles involved: kept through Java serialisation (a {@code List.of}, serialisable). */
    private final List<Citation> rules;

    /**
     * @param message the one-line message, already naming the field and rule
     * @param rules the articles involved, possibly empty
     */
    protected CdgRulesException(String message, List<Citation> rules) {
        super(java.util.Objects.requireNonNull(message, "message"));
        this.rules = List.copyOf(java.util.Objects.requireNonNull(rules, "rules"));
    }

    /** @return the articles involved in this error, possibly empty */
    public List<Citation> rules() {
        return rules;
    }

    /**
     * @return true if this is a refusal by the rules (nothing in force, no convention, not eligible, no
     *     rule applies, conflict), false if the input itself is at fault
     */
    public boolean isRefusal() {
        return !(this instanceof InvalidInputException) && !(this instanceof UnknownRuleModuleException);
    }

    /** @return the input field at fault, when the error is about an input */
    public Optional<String> field() {
        return Optional.empty();
    }
}
