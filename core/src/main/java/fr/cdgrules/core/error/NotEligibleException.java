package fr.cdgrules.core.error;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Objects;

/**
 * The rules refuse a well-formed request: the collectivity is outside the territory served, not a
 * member, or the request is not one the convention provides for. Names the article that refuses.
 * Different from {@link InvalidInputException}: the input is well-formed, the text says no.
 */
public class NotEligibleException extends CdgRulesException {
    private static final long serialVersionUID = 1L;

    /** What was asked, e.g. "billing of Niort for 2026". */
    private final String subject;

    /**
     * @param subject what was asked, e.g. "billing of Niort (79191) for 2026"
     * @param reason why the rules refuse, in one line
     * @param rule the article that refuses
     * @throws NullPointerException if an argument is null
     */
    public NotEligibleException(String subject, String reason, Citation rule) {
        super("not eligible: " + Objects.requireNonNull(subject, "subject") + ": "
                + Objects.requireNonNull(reason, "reason") + " (" + Objects.requireNonNull(rule, "rule") + ")",
                List.of(rule));
        this.subject = subject;
    }

    /** @return what was asked */
    public String subject() {
        return subject;
    }
}
