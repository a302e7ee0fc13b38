package fr.cdgrules.core.lifecycle;

/** Where a convention stands at a date. */
public enum ConventionStatus {
    /** The date is before the start. */
    NOT_YET_IN_FORCE,
    /** In force (initial or renewed term). */
    IN_FORCE,
    /** Ended at the end of its last term (expiry, non-renewal or no express renewal). */
    EXPIRED,
    /** Ended by a termination before the end of its term. */
    TERMINATED
}
