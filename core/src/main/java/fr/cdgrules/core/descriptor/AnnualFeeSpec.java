package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import java.util.Objects;
import java.util.Optional;

/**
 * The generic annual-fee rule of a descriptor ({@code rules.annualFee}): the fee-scale parameter,
 * the article setting the fee, and an optional eligibility ceiling (a population parameter: the
 * last eligible population, which caps the last stratum). Immutable.
 */
public final class AnnualFeeSpec {
    private final String scale;
    private final Citation article;
    private final String ceiling;

    private AnnualFeeSpec(String scale, Citation article, String ceiling) {
        this.scale = scale;
        this.article = article;
        this.ceiling = ceiling;
    }

    /**
     * @param scale the key of the fee-scale parameter
     * @param article the article setting the fee
     * @param ceiling the key of the ceiling parameter, or null
     * @return the rule
     * @throws NullPointerException if an argument is null, naming it
     */
    public static AnnualFeeSpec of(String scale, Citation article, String ceiling) {
        java.util.Objects.requireNonNull(scale, "scale");
        java.util.Objects.requireNonNull(article, "article");
        return new AnnualFeeSpec(scale, article, ceiling);
    }

    /** @return the key of the fee-scale parameter */
    public String scale() {
        return scale;
    }

    /** @return the article setting the fee */
    public Citation article() {
        return article;
    }

    /** @return the key of the eligibility-ceiling parameter, if any */
    public Optional<String> ceiling() {
        return Optional.ofNullable(ceiling);
    }

    /**
     * Two rules are equal when they name the same fee-scale parameter, the same article and the same
     * ceiling parameter (or both none).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof AnnualFeeSpec other && Objects.equals(scale, other.scale)
                && Objects.equals(article, other.article) && Objects.equals(ceiling, other.ceiling);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, article, ceiling);
    }

    @Override
    public String toString() {
        return "annual fee: " + scale + " (" + article + ")" + (ceiling == null ? "" : ", ceiling " + ceiling);
    }
}
