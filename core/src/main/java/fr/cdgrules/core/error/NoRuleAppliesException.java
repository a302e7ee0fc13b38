package fr.cdgrules.core.error;

import fr.cdgrules.core.citation.Citation;
import java.util.List;

/**
 * The rules examined give no answer for a case (Catala's "no rule applies"): names the subject and
 * the articles examined.
 */
public class NoRuleAppliesException extends CdgRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param subject what was asked, e.g. {@code "billing of service 2.2"}
     * @param examined the articles examined, none of which applied
     */
    public NoRuleAppliesException(String subject, List<Citation> examined) {
        super("no rule applies to " + subject + " (examined: " + join(examined) + ")", examined);
    }

    static String join(List<Citation> rules) {
        return rules.isEmpty() ? "none" : String.join(", ", rules.stream().map(Citation::toString).toList());
    }
}
