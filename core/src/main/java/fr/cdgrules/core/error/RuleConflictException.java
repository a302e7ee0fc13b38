package fr.cdgrules.core.error;

import fr.cdgrules.core.citation.Citation;
import java.util.List;

/**
 * Two rules give different answers for the same case (Catala's "conflict"): names the subject and
 * the conflicting articles. A documented reading of an ambiguity is the usual way out.
 */
public class RuleConflictException extends CdgRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param subject what was asked
     * @param conflicting the articles that disagree
     */
    public RuleConflictException(String subject, List<Citation> conflicting) {
        super("rules conflict on " + subject + ": " + NoRuleAppliesException.join(conflicting), conflicting);
    }
}
