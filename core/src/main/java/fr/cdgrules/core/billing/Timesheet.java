package fr.cdgrules.core.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.limits.Limits;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A timesheet (relevé d'heures) — or, for an estimate, the planned hours in the same shape, so
 * that estimates and invoices go through the same {@link BillingEngine}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTimesheet.class)
@JsonDeserialize(as = ImmutableTimesheet.class)
public abstract class Timesheet {
    Timesheet() {}

    /** @return the entries, in order */
    @JsonProperty("entries")
    public abstract List<TimesheetEntry> entries();

    /**
     * @param entries the entries
     * @return the timesheet
     */
    public static Timesheet of(List<TimesheetEntry> entries) {
        java.util.Objects.requireNonNull(entries, "entries");
        return ImmutableTimesheet.of(entries);
    }

    /**
     * @param activity an activity
     * @return the total hours of that activity
     */
    public Hours total(Activity activity) {
        java.util.Objects.requireNonNull(activity, "activity");
        return entries().stream().filter(e -> e.activity() == activity).map(TimesheetEntry::hours)
                .reduce(Hours.ZERO, Hours::plus);
    }

    @Value.Check
    void check() {
        if (entries().size() > Limits.MAX_TIMESHEET_ENTRIES) {
            throw new InvalidInputException("timesheet", null, "a timesheet has at most " + Limits.MAX_TIMESHEET_ENTRIES
                    + " entries, got " + entries().size());
        }
    }

    /** @return the total hours of every entry */
    public Hours total() {
        return entries().stream().map(TimesheetEntry::hours).reduce(Hours.ZERO, Hours::plus);
    }
}
