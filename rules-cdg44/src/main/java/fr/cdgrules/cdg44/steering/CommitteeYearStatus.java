package fr.cdgrules.cdg44.steering;

/** Whether the steering committee met in a year. */
public enum CommitteeYearStatus {
    /** At least one meeting was recorded in the year. */
    MET,
    /** The year is over and no meeting was recorded in it. */
    MISSED,
    /** The year is not over on the date of the check and no meeting is recorded yet. */
    PENDING
}
