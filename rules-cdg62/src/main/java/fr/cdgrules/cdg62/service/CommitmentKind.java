package fr.cdgrules.cdg62.service;

/** Whether a commitment is met once (and recorded with a date) or is owed every year. */
public enum CommitmentKind {
    /** Done once: recorded as fulfilled on a date. */
    ONE_OFF,
    /**
     * Owed every year of the convention: measured by the yearly assistance report, never recorded as
     * fulfilled once and for all (art. 3-3, "au minimum 2 heures par an").
     */
    YEARLY
}
