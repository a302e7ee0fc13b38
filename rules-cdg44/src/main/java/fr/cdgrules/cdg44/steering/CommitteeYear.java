package fr.cdgrules.cdg44.steering;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One year of the check, limited to the days the convention is in force: its bounds, whether it is
 * a whole year, the meetings recorded in it and its status.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCommitteeYear.class)
@JsonDeserialize(as = ImmutableCommitteeYear.class)
public abstract class CommitteeYear {
    CommitteeYear() {}

    /** @return the year's name, e.g. {@code convention year 1} or {@code 2026} */
    @JsonProperty("label")
    public abstract String label();

    /** @return its first day in force */
    @JsonProperty("firstDay")
    public abstract LocalDate firstDay();

    /** @return its last day in force */
    @JsonProperty("lastDay")
    public abstract LocalDate lastDay();

    /** @return true if the convention is in force for only part of the year */
    @JsonProperty("partial")
    public abstract boolean partial();

    /** @return the meetings recorded in it, in date order */
    @JsonProperty("meetings")
    public abstract List<LocalDate> meetings();

    /** @return met, missed or pending */
    @JsonProperty("status")
    public abstract CommitteeYearStatus status();

    static CommitteeYear of(String label, LocalDate from, LocalDate to, boolean partial, List<LocalDate> meetings,
            CommitteeYearStatus status) {
        return ImmutableCommitteeYear.of(label, from, to, partial, meetings, status);
    }

    @Override
    public String toString() {
        return label() + " [" + firstDay() + " – " + lastDay() + (partial() ? ", partial" : "") + "]: " + status() + " " + meetings();
    }
}
