package fr.cdgrules.cdg62.convention;

/** Where a commitment stands at a date. */
public enum CommitmentState {
    /** Not fulfilled yet. */
    OPEN,
    /** Recorded as fulfilled on or before the date. */
    FULFILLED,
    /** Owed every year (art. 3-3): see the assistance report for each year's balance. */
    YEARLY
}
