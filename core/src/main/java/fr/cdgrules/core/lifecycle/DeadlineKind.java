package fr.cdgrules.core.lifecycle;

/** The kinds of dated deadline a convention produces. */
public enum DeadlineKind {
    /** Last day on which a notice of non-renewal (dénonciation) can be given in time. */
    NOTICE_DEADLINE,
    /** Last day on which an express renewal decision can be taken (the last day of the term). */
    RENEWAL_DECISION_DEADLINE,
    /** First day of a renewed term (date de reconduction). */
    RENEWAL_DATE,
    /** Last day of a term. */
    END_OF_TERM,
    /** Last day the convention is in force, given the events recorded and what silence means. */
    FINAL_END,
    /** Last day of the cure period a formal notice gives (mise en demeure). */
    CURE_PERIOD_END,
    /** First day on which a termination has effect: the convention is no longer in force. */
    TERMINATION_EFFECTIVE
}
