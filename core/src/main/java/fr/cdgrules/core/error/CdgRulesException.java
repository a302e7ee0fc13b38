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
 * {@link ConventionNotInForceException} (nothing can be asked outside the convention's period), and
 * {@link UnknownRuleModuleException}.
 */
public abstract class CdgRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Citation> rules;

    /**
     * @param message the one-line message, already naming the field and rule
     * @param rules the articles involved, possibly empty
     */
    protected CdgRulesException(String message, List<Citation> rules) {
        super(message);
        this.rules = List.copyOf(rules);
    }

    /** @return the articles involved in this error, possibly empty */
    public List<Citation> rules() {
        return rules;
    }

    /** @return the input field at fault, when the error is about an input */
    public Optional<String> field() {
        return Optional.empty();
    }
}
