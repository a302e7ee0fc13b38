package fr.cdgrules.cdg44.cohort;

/**
 * What an immersion of a length other than 2 or 3 days does (art. 2, La Région des Pays de la Loire:
 * « après une immersion (de 2 ou 3 jours qui validera leur entrée ou pas dans le parcours) »). The text
 * gives the length in a parenthesis describing the immersion; the entry is validated by its outcome
 * (« qui validera leur entrée ou pas »). Either way the admission's findings carry a warning
 * {@code immersion-length-not-2-or-3-days} naming the candidate and the article: never a silent
 * refusal.
 */
public enum ImmersionLengthReading {
    /**
     * The default: the immersion's outcome decides. An immersion of another length that validated
     * entry admits the candidate, with the warning.
     */
    OUTCOME_DECIDES_WITH_FINDING,
    /**
     * Only an immersion of 2 or 3 days can validate entry: the candidate who needs one is not admitted
     * ({@link AdmissionOutcome#NOT_ADMITTED_NO_VALIDATED_IMMERSION}), with the warning.
     */
    TWO_OR_THREE_DAYS_REQUIRED
}
