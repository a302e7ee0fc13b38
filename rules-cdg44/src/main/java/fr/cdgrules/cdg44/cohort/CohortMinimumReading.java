package fr.cdgrules.cdg44.cohort;

/**
 * How binding the minimum of art. 1 is: « Cette formation sera déployée progressivement et
 * potentiellement sur chacun des 5 départements pour un minimum de 12 et jusqu'à 18 participants ou
 * participantes. »
 *
 * <p>The maximum is always a refusal: « jusqu'à 18 » is a capacity, a 19th participant has no place.
 * The minimum is a condition of the session as planned by the text, but the sentence is hedged
 * (« progressivement et potentiellement ») and the steering committee may adapt the scheme (art. 4:
 * « d'en envisager l'adaptation régulière »), so a body could treat a short cohort as a warning.
 */
public enum CohortMinimumReading {
    /**
     * The default: fewer than 12 participants is a refusal (code {@code cohort-below-minimum}); « un
     * minimum de 12 » is a minimum, and a session below it is not the session the partners agreed to
     * fund.
     */
    REFUSE_BELOW_MINIMUM,
    /** Fewer than 12 participants is a warning only: the session may still run if the partners agree. */
    WARN_BELOW_MINIMUM
}
