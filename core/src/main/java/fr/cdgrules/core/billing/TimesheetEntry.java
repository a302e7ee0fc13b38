package fr.cdgrules.core.billing;

import fr.cdgrules.core.limits.Limits;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One line of a timesheet (relevé d'heures) or of a work plan: a date, exact hours (≥ 0), an activity, a note. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTimesheetEntry.class)
@JsonDeserialize(as = ImmutableTimesheetEntry.class)
public abstract class TimesheetEntry {
    TimesheetEntry() {}

    /** @return the date */
    @JsonProperty("date")
    public abstract LocalDate date();

    /** @return the hours, ≥ 0 */
    @JsonProperty("hours")
    public abstract Hours hours();

    /** @return the activity */
    @JsonProperty("activity")
    public abstract Activity activity();

    /** @return a free note */
    @JsonProperty("note")
    public abstract Optional<String> note();

    /**
     * @param date the date
     * @param hours the hours, ≥ 0
     * @param activity the activity
     * @return the entry
     */
    public static TimesheetEntry of(LocalDate date, Hours hours, Activity activity) {
        return ImmutableTimesheetEntry.of(date, hours, activity, Optional.empty());
    }

    /**
     * @param note a note
     * @return this entry with the note
     */
    public TimesheetEntry withNote(String note) {
        return ((ImmutableTimesheetEntry) this).withNote(note);
    }

    @Value.Check
    void check() {
        Limits.date("timesheet.date", date());
        if (hours().isNegative()) {
            throw new InvalidInputException("timesheet.hours", null, date() + ": hours cannot be negative, got " + hours());
        }
    }
}
