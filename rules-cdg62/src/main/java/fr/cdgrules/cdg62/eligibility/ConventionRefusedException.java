package fr.cdgrules.cdg62.eligibility;

import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.json.CdgJson;

/**
 * A convention was asked for a collectivity that may not sign it: outside the Pas-de-Calais, or not
 * paying the cotisation additionnelle. Carries the refusal findings, each with its article.
 */
public final class ConventionRefusedException extends CdgRulesException {
    private static final long serialVersionUID = 1L;

    /** The findings, read back from {@link #findingsJson} after Java serialisation (Findings is not Serializable). */
    private transient volatile Findings findings;
    /** The findings as JSON: what Java serialisation keeps. */
    private final String findingsJson;

    /**
     * @param eligibility an assessment that refuses
     */
    public ConventionRefusedException(Eligibility eligibility) {
        super("convention refused for " + eligibility.collectivity() + ": "
                        + String.join("; ", eligibility.findings().refusals().stream().map(Finding::toString).toList()),
                eligibility.findings().refusals().stream().map(Finding::citation).toList());
        this.findings = eligibility.findings();
        this.findingsJson = CdgJson.write(findings);
    }

    /** @return the refusals */
    public Findings findings() {
        Findings f = findings;
        if (f == null) {
            f = CdgJson.read(findingsJson, Findings.class);
            findings = f;
        }
        return f;
    }
}
