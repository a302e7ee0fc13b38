package fr.cdgrules.cdg79.fee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.Convention;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The civil years for which a commune is a member of the pack ("commune adhérente au plan
 * d'actions SGDM", art. 3.2). Since "L'adhésion est valable pour une année civile, quel que soit le
 * mois d'adhésion" (art. 4), a commune is a member on a date exactly when it has joined for that
 * date's civil year. The hourly rate of an intervention depends on membership on the day of the
 * intervention.
 *
 * <p>JSON form: the list of years, e.g. {@code [2026, 2027]}.
 */
public final class Membership {
    private static final Membership NONE = new Membership(List.of());

    private final List<Year> years;

    private Membership(List<Year> years) {
        this.years = years;
    }

    /** @return no membership: a "commune non adhérente" */
    public static Membership none() {
        return NONE;
    }

    /**
     * @param years the civil years joined
     * @return the membership
     */
    public static Membership ofYears(Year... years) {
        return of(Arrays.asList(years));
    }

    /**
     * @param years the civil years joined
     * @return the membership, years sorted without repeats
     * @throws InvalidInputException if a year is missing, or the list is null (this is the JSON creator: a null
     *     here is input read from a document)
     */
    @JsonCreator
    public static Membership of(Collection<Year> years) {
        // not years.contains(null): an immutable collection (List.of) throws on it
        if (years == null || years.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("membership", Cdg79Articles.DURATION, "membership is a list of civil years");
        }
        return new Membership(List.copyOf(new TreeSet<>(years)));
    }

    /**
     * The civil years a convention covers while in force, given the events recorded on it (start
     * year to the year of its last day in force).
     *
     * @param convention the convention of adhesion
     * @return the membership it gives
     */
    public static Membership covering(Convention convention) {
        java.util.Objects.requireNonNull(convention, "convention");
        TreeSet<Year> set = new TreeSet<>();
        Year last = Year.from(convention.finalEnd());
        for (Year y = Year.from(convention.start()); !y.isAfter(last); y = y.plusYears(1)) {
            set.add(y);
        }
        return new Membership(List.copyOf(set));
    }

    /**
     * @param adhesion an adhesion
     * @return this membership plus the adhesion's year, if the adhesion gives membership
     */
    public Membership plus(Adhesion adhesion) {
        java.util.Objects.requireNonNull(adhesion, "adhesion");
        if (!adhesion.isMembership()) {
            return this;
        }
        TreeSet<Year> set = new TreeSet<>(years);
        set.add(adhesion.year());
        return new Membership(List.copyOf(set));
    }

    /** @return the civil years joined, sorted */
    @JsonValue
    public List<Year> years() {
        return years;
    }

    /**
     * @param date a date
     * @return true if the commune is a member of the pack on that date
     */
    public boolean isMemberOn(LocalDate date) {
        return years.contains(Year.from(date));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Membership m && years.equals(m.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }

    @Override
    public String toString() {
        return years.isEmpty() ? "no membership" : "member for " + years;
    }
}
