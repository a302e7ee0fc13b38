package fr.cdgrules.cucm.replacement;

/** What a new request does to a replacement (art. 3, "mettra un terme au remplacement pour motifs non urgents en cours"). */
public enum PreemptionOutcome {
    /** The non-urgent replacement in progress ends the day before the urgent one starts. */
    ENDED,
    /** The new request is not urgent: it pre-empts nothing. */
    NEW_REQUEST_NOT_URGENT,
    /** The replacement in progress is urgent too: no pre-emption; the CUCM arbitrates. */
    BOTH_URGENT,
    /** The replacement has not started by the urgent one's first day: not "en cours"; the priority order decides. */
    NOT_YET_STARTED,
    /** The replacement ends before the urgent one starts: nothing to end. */
    ALREADY_ENDED
}
