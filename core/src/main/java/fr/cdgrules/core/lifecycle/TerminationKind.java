package fr.cdgrules.core.lifecycle;

/** The ways a convention can be ended before its term (résiliation). */
public enum TerminationKind {
    /** Written notice, effective when a notice period has run (e.g. "préavis de 3 mois"). */
    AT_NOTICE_EXPIRY,
    /** Effective on the first day of the month following the notification. */
    FIRST_DAY_OF_NEXT_MONTH,
    /**
     * For fault (résiliation pour faute): a formal notice (mise en demeure) gives a cure period; if
     * it stays without effect, a confirming letter terminates, effective on its notification.
     */
    FOR_FAULT,
    /** In the general interest (motif d'intérêt général): a reasoned letter, effective on notification. */
    GENERAL_INTEREST
}
