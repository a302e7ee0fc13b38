package fr.cdgrules.core.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * A commune admitted from a register row: the row, the commune, and its period of membership — the
 * first and last days in force under the convention, given the notice and termination recorded —
 * with the articles that placed them.
 */
public final class Member {
    private final RegisterRow row;
    private final Collectivity commune;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final String period;
    private final List<Citation> citations;

    private Member(RegisterRow row, Collectivity commune, LocalDate firstDay, LocalDate lastDay, String period,
            List<Citation> citations) {
        this.row = row;
        this.commune = commune;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.period = period;
        this.citations = citations;
    }

    /**
     * @param row the register row
     * @param commune the commune
     * @param firstDay the first day of membership
     * @param lastDay the last day of membership, on or after the first
     * @param period how the period was placed, for people
     * @param citations the articles that placed it
     * @return the member
     * @throws InvalidInputException if the last day is before the first
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Member of(RegisterRow row, Collectivity commune, LocalDate firstDay, LocalDate lastDay, String period,
            List<Citation> citations) {
        java.util.Objects.requireNonNull(citations, "citations");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(period, "period");
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInputException("terminatedOn", null, "membership ends on " + lastDay + ", before it starts on "
                    + firstDay);
        }
        return new Member(row, commune, firstDay, lastDay, period, List.copyOf(citations));
    }

    /** @return the register row */
    @JsonProperty("row")
    public RegisterRow row() {
        return row;
    }

    /** @return the commune, as the directory gives it */
    @JsonProperty("commune")
    public Collectivity commune() {
        return commune;
    }

    /** @return the first day of membership */
    @JsonProperty("firstDay")
    public LocalDate firstDay() {
        return firstDay;
    }

    /** @return the last day of membership */
    @JsonProperty("lastDay")
    public LocalDate lastDay() {
        return lastDay;
    }

    /** @return how the period was placed */
    @JsonProperty("period")
    public String period() {
        return period;
    }

    /** @return the articles that placed the period */
    @JsonProperty("citations")
    public List<Citation> citations() {
        return citations;
    }

    /**
     * @param year a budget year
     * @return true if the commune is a member on at least one day of that year
     * @throws NullPointerException if an argument is null, naming it
     */
    public boolean isMemberDuring(Year year) {
        java.util.Objects.requireNonNull(year, "year");
        return !firstDay.isAfter(year.atMonth(12).atEndOfMonth()) && !lastDay.isBefore(year.atDay(1));
    }

    @Override
    public String toString() {
        return commune + " member from " + firstDay + " to " + lastDay;
    }

    /** Two Members are equal when all their parts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Member other
                && java.util.Objects.equals(row, other.row)
                && java.util.Objects.equals(commune, other.commune)
                && java.util.Objects.equals(firstDay, other.firstDay)
                && java.util.Objects.equals(lastDay, other.lastDay)
                && java.util.Objects.equals(period, other.period)
                && java.util.Objects.equals(citations, other.citations);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, commune, firstDay, lastDay, period, citations);
    }
}
