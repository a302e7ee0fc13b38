package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.core.timeline.VersionOrigin;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated version of a descriptor parameter: effective date, deciding act, article, value, an
 * optional "still valid on" date (a later act confirming the value, e.g. the Clessé deliberation of
 * 23 April 2026 quoting the 2025 tariff), and whether it was bundled or supplied. Immutable.
 */
public final class ParameterVersion {
    private final LocalDate effectiveFrom;
    private final String decision;
    private final Citation article;
    private final LocalDate stillValidOn;
    private final Object value;
    private final VersionOrigin origin;

    private ParameterVersion(LocalDate effectiveFrom, String decision, Citation article, LocalDate stillValidOn,
            Object value, VersionOrigin origin) {
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.decision = Objects.requireNonNull(decision, "decision");
        this.article = Objects.requireNonNull(article, "article");
        this.stillValidOn = stillValidOn;
        this.value = Objects.requireNonNull(value, "value");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /**
     * @param effectiveFrom first day in force
     * @param decision the deciding act
     * @param article the article stating the value
     * @param stillValidOn a date on which the value is known to be still in force, or null
     * @param value the value (a StrataScale, Money, BigDecimal or Long, per the parameter's kind)
     * @param origin bundled or supplied
     * @return the version
     */
    public static ParameterVersion of(LocalDate effectiveFrom, String decision, Citation article, LocalDate stillValidOn,
            Object value, VersionOrigin origin) {
        return new ParameterVersion(effectiveFrom, decision, article, stillValidOn, value, origin);
    }

    /** @return the first day in force */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the deciding act (délibération) */
    public String decision() {
        return decision;
    }

    /** @return the article stating the value */
    public Citation article() {
        return article;
    }

    /** @return a date on which the value is known to be still in force, if declared */
    public Optional<LocalDate> stillValidOn() {
        return Optional.ofNullable(stillValidOn);
    }

    /** @return the value */
    public Object value() {
        return value;
    }

    /** @return bundled or supplied at run time */
    public VersionOrigin origin() {
        return origin;
    }

    /**
     * @param type the value type
     * @param <T> that type
     * @return the core version, with its source (decision, article) and origin
     */
    public <T> Version<T> toVersion(Class<T> type) {
        return Version.of(effectiveFrom, type.cast(value), Source.of(decision, article), origin);
    }

    @Override
    public String toString() {
        return effectiveFrom + ": " + value + " — " + decision + " (" + article + ")"
                + (origin == VersionOrigin.SUPPLIED ? " [supplied]" : "");
    }

    /**
     * Two versions are equal when their effective date, deciding act, article, "still valid on" date,
     * value and origin are. The value compares by its own {@code equals} (a {@code BigDecimal} number
     * with its scale: {@code 1.5} and {@code 1.50} are written differently in the descriptor).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterVersion other && effectiveFrom.equals(other.effectiveFrom)
                && decision.equals(other.decision) && article.equals(other.article)
                && Objects.equals(stillValidOn, other.stillValidOn) && value.equals(other.value)
                && origin == other.origin;
    }

    @Override
    public int hashCode() {
        return Objects.hash(effectiveFrom, decision, article, stillValidOn, value, origin);
    }
}
