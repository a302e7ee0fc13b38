package fr.cdgrules.core.error;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Optional;

/**
 * An input that no rule can accept: a negative population, an amount with sub-cent digits, a
 * malformed date, a missing or unknown JSON field. Names the field and, when a rule is at stake,
 * the article.
 */
public class InvalidInputException extends CdgRulesException {
    private static final long serialVersionUID = 1L;

    /** The input field at fault. */
    private final String field;

    /**
     * @param field the input field at fault, e.g. {@code "population.inhabitants"}
     * @param rule the article whose condition the input breaks, or {@code null} for a purely
     *     syntactic error
     * @param message what is wrong, in one line
     */
    public InvalidInputException(String field, Citation rule, String message) {
        super(compose(field, rule, message), rule == null ? List.of() : List.of(rule));
        this.field = field;
    }

    private static String compose(String field, Citation rule, String message) {
        return "invalid " + field + ": " + message + (rule == null ? "" : " (" + rule + ")");
    }

    @Override
    public Optional<String> field() {
        return Optional.of(field);
    }
}
