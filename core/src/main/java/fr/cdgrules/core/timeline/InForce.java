package fr.cdgrules.core.timeline;

import java.time.LocalDate;

/**
 * The version of a parameter in force at a date, with the date asked and whether the version is
 * carried forward: set for an earlier year and still applied because no later one exists (the CDG79
 * 2025 tariff used for a 2026 adhesion; a CUCM hourly cost not yet revised, flagged provisional).
 *
 * @param <T> the value type
 */
public final class InForce<T> {
    private final String parameter;
    private final LocalDate date;
    private final Version<T> version;

    InForce(String parameter, LocalDate date, Version<T> version) {
        this.parameter = parameter;
        this.date = date;
        this.version = version;
    }

    /** @return the name of the parameter */
    public String parameter() {
        return parameter;
    }

    /** @return the date asked */
    public LocalDate date() {
        return date;
    }

    /** @return the version in force at that date */
    public Version<T> version() {
        return version;
    }

    /**
     * The same version seen through a function of its value (e.g. the rate part of a richer
     * hourly-cost record), keeping the parameter name, date, effective date and source.
     *
     * @param f the function
     * @param <R> the new value type
     * @return the version in force, its value mapped
     */
    public <R> InForce<R> map(java.util.function.Function<? super T, ? extends R> f) {
        return new InForce<>(parameter, date, version.withValue(f.apply(version.value())));
    }

    /** @return the value in force */
    public T value() {
        return version.value();
    }

    /**
     * @return true if the version took effect in an earlier calendar year than the date asked: no
     *     newer decision has been recorded, and the older value is carried forward
     */
    public boolean isCarriedForward() {
        return version.effectiveFrom().getYear() < date.getYear();
    }

    @Override
    public String toString() {
        return parameter + " on " + date + ": " + version.value() + " (in force since " + version.effectiveFrom()
                + ", " + version.source() + (isCarriedForward() ? ", carried forward" : "") + ")";
    }

    /** Two InForces are equal when all their parts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InForce<?> other
                && java.util.Objects.equals(parameter, other.parameter)
                && java.util.Objects.equals(date, other.date)
                && java.util.Objects.equals(version, other.version);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(parameter, date, version);
    }
}
