package fr.cdgrules.cdg44.cohort;

/**
 * What « compléter » means in art. 1: « Si la formation ne peut pas être complétée par les
 * candidatures des demandeurs d'emploi, il pourra être fait appel à la Région des Pays de la Loire
 * ainsi qu'aux autres collectivités non affiliées du département concerné, pour proposer le
 * dispositif à leurs agents en reconversion. »
 */
public enum CohortCompletionReading {
    /**
     * The default: a session is « complétée » when full, so agents in retraining take the places job
     * seekers leave, up to the maximum of 18. « Compléter » is to fill up.
     */
    FILL_TO_MAXIMUM,
    /**
     * Agents in retraining are called only to reach the minimum of 12 (the number the session needs to
     * run); places beyond it stay for job seekers.
     */
    FILL_TO_MINIMUM
}
