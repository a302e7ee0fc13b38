package fr.cdgrules.cdg79.intervention;

/** What became of one intervention on a bill. */
public enum OutcomeKind {
    /** Billed: one invoice line, hours × the rate in force. */
    BILLED,
    /** Included in the pack adhésion (or a compulsory competence) for this member: no line, zero due. */
    INCLUDED,
    /**
     * Not billable: the convention sets no hourly price for this service to this commune (a pack
     * service asked for by a non-member, or a compulsory competence): no line, and the explanation says why.
     */
    NOT_BILLABLE
}
