package fr.cdgrules.core.timeline;

import fr.cdgrules.core.limits.Limits;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NothingInForceException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A date-versioned parameter (in the manner of OpenFisca parameters): a named series of
 * {@link Version}s, each in force from its effective date until the next one takes effect.
 *
 * <p>Asking for a date before the first version is an error ({@link NothingInForceException}),
 * never a default. Versions are kept sorted; two versions with the same effective date are
 * refused.
 *
 * @param <T> the type of the values; should be immutable
 */
public final class Timeline<T> {
    private final String parameter;
    private final List<Version<T>> versions;

    private Timeline(String parameter, List<Version<T>> versions) {
        this.parameter = parameter;
        this.versions = versions;
    }

    /**
     * @param parameter the name of the parameter, e.g. {@code "cucm.hourly-unit-cost"}
     * @param versions its versions, in any order
     * @param <T> the value type
     * @return the timeline
     * @throws InvalidInputException if the parameter or the versions are null (this is the JSON creator: a null
     *     here is input read from a document, named {@code timeline.parameter} or {@code timeline.versions}),
     *     if there are no versions or two share an effective date
     */
    @JsonCreator
    public static <T> Timeline<T> of(
            @JsonProperty(value = "parameter", required = true) String parameter,
            @JsonProperty(value = "versions", required = true) List<Version<T>> versions) {
        if (parameter == null || parameter.isBlank()) {
            throw new InvalidInputException("timeline.parameter", null, "a timeline names its parameter");
        }
        if (versions == null || versions.isEmpty()) {
            throw new InvalidInputException("timeline.versions", null, parameter + " needs at least one version");
        }
        List<Version<T>> sorted = new ArrayList<>(versions);
        // (not Comparator.comparing, whose lambda a one-shot command would spin at run time)
        sorted.sort((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new InvalidInputException("timeline.versions", sorted.get(i).source().citation(),
                        parameter + " has two versions taking effect on " + sorted.get(i).effectiveFrom());
            }
        }
        return new Timeline<>(parameter, List.copyOf(sorted));
    }

    /**
     * @param parameter the name of the parameter
     * @param versions its versions
     * @param <T> the value type
     * @return the timeline
     */
    @SafeVarargs
    public static <T> Timeline<T> of(String parameter, Version<T>... versions) {
        return of(parameter, List.of(versions));
    }

    /** @return the name of the parameter */
    @JsonProperty("parameter")
    public String parameter() {
        return parameter;
    }

    /** @return the versions, sorted by effective date */
    @JsonProperty("versions")
    public List<Version<T>> versions() {
        return versions;
    }

    /**
     * @param version a new version
     * @return a timeline with the version added
     */
    public Timeline<T> plus(Version<T> version) {
        java.util.Objects.requireNonNull(version, "version");
        List<Version<T>> list = new ArrayList<>(versions);
        list.add(version);
        return of(parameter, list);
    }

    /**
     * A timeline with a version added, or replacing the version taking effect the same day (a
     * deliberation that amends a tariff before it takes effect).
     *
     * @param version the version
     * @return the timeline with it
     * @throws NullPointerException if {@code version} is null
     */
    public Timeline<T> withVersion(Version<T> version) {
        Objects.requireNonNull(version, "version");
        List<Version<T>> list = new ArrayList<>();
        for (Version<T> v : versions) {
            if (!v.effectiveFrom().equals(version.effectiveFrom())) {
                list.add(v);
            }
        }
        list.add(version);
        return of(parameter, list);
    }

    /**
     * @param f a function of each value
     * @param <R> the new value type
     * @return the timeline with every value mapped, dates, sources and origins kept
     */
    public <R> Timeline<R> map(java.util.function.Function<? super T, ? extends R> f) {
        List<Version<R>> list = new ArrayList<>();
        versions.forEach(v -> list.add(v.withValue(f.apply(v.value()))));
        return of(parameter, list);
    }

    /**
     * The version in force at a date: the last one whose effective date is on or before it.
     *
     * @param date the date
     * @return the version in force
     * @throws NothingInForceException if the date is before the first version
     * @throws NullPointerException if {@code date} is null
     * @throws fr.cdgrules.core.error.InvalidInputException if the date is outside {@link Limits}
     */
    public InForce<T> at(LocalDate date) {
        Limits.date("date", date);
        Version<T> found = null;
        for (Version<T> v : versions) {
            if (v.effectiveFrom().isAfter(date)) {
                break;
            }
            found = v;
        }
        if (found == null) {
            throw new NothingInForceException(parameter, date, versions.get(0).effectiveFrom(),
                    List.of(versions.get(0).source().citation()));
        }
        return new InForce<>(parameter, date, found);
    }

    /**
     * The version that applies to a budget year (exercice): the one in force on 1 January of that
     * year. A version taking effect later in the year applies from the next year on.
     *
     * @param year the year
     * @return the version in force on 1 January
     * @throws NothingInForceException if nothing was in force on 1 January
     */
    public InForce<T> forYear(Year year) {
        Limits.year("year", year);
        return at(year.atDay(1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline<?> t && parameter.equals(t.parameter) && versions.equals(t.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameter, versions);
    }

    @Override
    public String toString() {
        return parameter + " " + versions;
    }
}
