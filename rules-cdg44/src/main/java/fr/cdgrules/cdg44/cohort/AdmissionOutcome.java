package fr.cdgrules.cdg44.cohort;

/** What became of a candidate to a session. */
public enum AdmissionOutcome {
    /** Admitted to the session. */
    ADMITTED,
    /** Not admitted: not among the publics of art. 1 (neither job seeker nor agent of the Région or of a non-affiliated collectivity). */
    NOT_ADMITTED_NOT_A_PUBLIC_OF_THE_SCHEME,
    /** Not admitted: an agent of a non-affiliated collectivity of another département than the session's. */
    NOT_ADMITTED_OTHER_DEPARTMENT,
    /** Not admitted: no immersion of 2 or 3 days that validated entry. */
    NOT_ADMITTED_NO_VALIDATED_IMMERSION,
    /** Not admitted: eligible, but no place left (the session is full, or job seekers completed it). */
    NOT_ADMITTED_NO_PLACE
}
