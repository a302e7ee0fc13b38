package fr.cdgrules.core.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a date-versioned parameter: the value, the date it takes effect and its
 * {@link Source} (the deliberation and the article). It stays in force until the next version of
 * the same {@link Timeline}.
 *
 * @param <T> the type of the value (a {@link fr.cdgrules.core.money.Money} rate, a
 *     {@link fr.cdgrules.core.strata.StrataScale}, ...); should itself be immutable
 */
public final class Version<T> {
    private final LocalDate effectiveFrom;
    private final T value;
    private final Source source;
    private final VersionOrigin origin;

    private Version(LocalDate effectiveFrom, T value, Source source, VersionOrigin origin) {
        this.effectiveFrom = effectiveFrom;
        this.value = value;
        this.source = source;
        this.origin = origin;
    }

    /**
     * @param effectiveFrom the first day the value is in force
     * @param value the value
     * @param source the decision and article that set it
     * @param <T> the value type
     * @return the version
     * @throws InvalidInputException if an argument is missing
     */
    public static <T> Version<T> of(LocalDate effectiveFrom, T value, Source source) {
        return of(effectiveFrom, value, source, VersionOrigin.BUNDLED);
    }

    /**
     * @param effectiveFrom the first day the value is in force
     * @param value the value
     * @param source the decision and article that set it
     * @param origin bundled with the library or supplied at run time (absent in JSON: bundled)
     * @param <T> the value type
     * @return the version
     * @throws InvalidInputException if an argument is missing
     */
    @JsonCreator
    public static <T> Version<T> of(
            @JsonProperty(value = "effectiveFrom", required = true) LocalDate effectiveFrom,
            @JsonProperty(value = "value", required = true) T value,
            @JsonProperty(value = "source", required = true) Source source,
            @JsonProperty(value = "origin") VersionOrigin origin) {
        if (effectiveFrom == null) {
            throw new InvalidInputException("version.effectiveFrom", null, "a version needs the date it takes effect");
        }
        if (value == null) {
            throw new InvalidInputException("version.value", null, "a version needs a value");
        }
        if (source == null) {
            throw new InvalidInputException("version.source", null, "a version needs its source (deliberation, article)");
        }
        return new Version<>(effectiveFrom, value, source, origin == null ? VersionOrigin.BUNDLED : origin);
    }

    /** @return the first day the value is in force */
    @JsonProperty("effectiveFrom")
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the value */
    @JsonProperty("value")
    public T value() {
        return value;
    }

    /** @return the decision and article that set the value */
    @JsonProperty("source")
    public Source source() {
        return source;
    }

    /** @return bundled with the library, or supplied by the caller at run time */
    @JsonProperty("origin")
    public VersionOrigin origin() {
        return origin;
    }

    /**
     * @param newOrigin another origin
     * @return this version marked with that origin
     */
    public Version<T> withOrigin(VersionOrigin newOrigin) {
        return new Version<>(effectiveFrom, value, source, java.util.Objects.requireNonNull(newOrigin, "origin"));
    }

    /**
     * @param <R> the new value type
     * @param newValue another value
     * @return a version with the same date, source and origin and that value
     */
    public <R> Version<R> withValue(R newValue) {
        return of(effectiveFrom, newValue, source, origin);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version<?> v && effectiveFrom.equals(v.effectiveFrom) && value.equals(v.value)
                && source.equals(v.source) && origin == v.origin;
    }

    @Override
    public int hashCode() {
        return Objects.hash(effectiveFrom, value, source, origin);
    }

    @Override
    public String toString() {
        return "version of " + effectiveFrom + ": " + value + " — " + source + (origin == VersionOrigin.SUPPLIED ? " [supplied at run time]" : "");
    }
}
