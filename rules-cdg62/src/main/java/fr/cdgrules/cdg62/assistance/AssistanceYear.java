package fr.cdgrules.cdg62.assistance;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The assistance account of one year of the convention (art. 3-3, "au minimum 2 heures par an"):
 * the year, the days of it the convention covers, the hours due, delivered and missing.
 *
 * <p>All hours are exact fractions; nothing is rounded. Hours delivered beyond the minimum of a year
 * do not count for another year ("par an").
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAssistanceYear.class)
@JsonDeserialize(as = ImmutableAssistanceYear.class)
public abstract class AssistanceYear {
    AssistanceYear() {}

    /** @return the rank of the year in the convention, from 1 */
    @JsonProperty("index")
    public abstract int index();

    /** @return the first day of the whole year (civil or convention year) */
    @JsonProperty("yearStart")
    public abstract LocalDate yearStart();

    /** @return the last day of the whole year */
    @JsonProperty("yearEnd")
    public abstract LocalDate yearEnd();

    /** @return the first day of the year the convention is in force */
    @JsonProperty("coveredFrom")
    public abstract LocalDate coveredFrom();

    /** @return the last day of the year the convention is in force */
    @JsonProperty("coveredTo")
    public abstract LocalDate coveredTo();

    /** @return the number of days covered */
    @JsonProperty("daysCovered")
    public abstract long daysCovered();

    /** @return the number of days of the whole year (365 or 366) */
    @JsonProperty("daysInYear")
    public abstract long daysInYear();

    /** @return the hours due for the year, exact */
    @JsonProperty("hoursDue")
    public abstract Hours hoursDue();

    /** @return the hours logged in the covered days up to the report date */
    @JsonProperty("hoursDelivered")
    public abstract Hours hoursDelivered();

    /**
     * @return hours due minus hours delivered, never below zero; for a year still running (not
     *     {@link #closed()}), what remains to be delivered by its end
     */
    @JsonProperty("shortfall")
    public abstract Hours shortfall();

    /** @return true if the covered days had all passed on the report date */
    @JsonProperty("closed")
    public abstract boolean closed();

    /** @return how the figures were computed */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    static AssistanceYear of(int index, LocalDate yearStart, LocalDate yearEnd, LocalDate coveredFrom,
            LocalDate coveredTo, long daysCovered, long daysInYear, Hours hoursDue, Hours hoursDelivered,
            Hours shortfall, boolean closed, Explanation explanation) {
        return ImmutableAssistanceYear.of(index, yearStart, yearEnd, coveredFrom, coveredTo, daysCovered, daysInYear,
                hoursDue, hoursDelivered, shortfall, closed, explanation);
    }

    /** @return true if the convention covers only part of the year */
    public boolean isPartial() {
        return daysCovered() < daysInYear();
    }

    /** @return true if the hours delivered reach the hours due */
    public boolean isMet() {
        return shortfall().isZero();
    }

    @Override
    public String toString() {
        return "year " + index() + " " + coveredFrom() + ".." + coveredTo() + (isPartial() ? " (partial)" : "")
                + ": due " + hoursDue() + " h, delivered " + hoursDelivered() + " h, shortfall " + shortfall() + " h"
                + (closed() ? "" : " (running)");
    }
}
