package fr.cdgrules.core.membership;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The annual fee (adhésion, cotisation) of a collectivity for a year under one rule module:
 * eligibility and its reason, stratum, fee, prepaid hours where the module has them, the tariff
 * version used, the articles, and the full explanation.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAnnualFeeQuote.class)
@JsonDeserialize(as = ImmutableAnnualFeeQuote.class)
public abstract class AnnualFeeQuote {
    AnnualFeeQuote() {}

    /** @return the id of the rule module */
    @JsonProperty("module")
    public abstract String module();

    /** @return the budget year */
    @JsonProperty("year")
    public abstract Year year();

    /** @return the collectivity */
    @JsonProperty("collectivity")
    public abstract Collectivity collectivity();

    /** @return true if the collectivity can join and owes the fee */
    @JsonProperty("eligible")
    public abstract boolean eligible();

    /** @return why it is not eligible; empty when eligible */
    @JsonProperty("reason")
    public abstract Optional<String> reason();

    /** @return the stratum; empty when not eligible */
    @JsonProperty("stratum")
    public abstract Optional<Stratum> stratum();

    /** @return the annual fee; empty when not eligible */
    @JsonProperty("annualFee")
    public abstract Optional<Money> annualFee();

    /** @return the prepaid hours the fee buys, for modules that have them */
    @JsonProperty("prepaidHours")
    public abstract Optional<Hours> prepaidHours();

    /** @return the tariff version used; empty when no tariff was looked up */
    @JsonProperty("tariff")
    public abstract Optional<ParameterUse> tariff();

    /** @return how the quote was computed */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    /**
     * An eligible quote.
     *
     * @param module module id
     * @param year the year
     * @param collectivity the collectivity
     * @param stratum its stratum
     * @param fee the fee
     * @param tariff the tariff version used
     * @param explanation the trace
     * @return the quote
     */
    public static AnnualFeeQuote eligible(String module, Year year, Collectivity collectivity, Stratum stratum,
            Money fee, ParameterUse tariff, Explanation explanation) {
        java.util.Objects.requireNonNull(stratum, "stratum");
        java.util.Objects.requireNonNull(fee, "fee");
        java.util.Objects.requireNonNull(tariff, "tariff");
        return ImmutableAnnualFeeQuote.of(module, year, collectivity, true, Optional.empty(), Optional.of(stratum),
                Optional.of(fee), Optional.empty(), Optional.of(tariff), explanation);
    }

    /**
     * A refusal: not eligible, with the reason.
     *
     * @param module module id
     * @param year the year
     * @param collectivity the collectivity
     * @param reason why
     * @param tariff the tariff version consulted, if any
     * @param explanation the trace
     * @return the quote
     */
    public static AnnualFeeQuote notEligible(String module, Year year, Collectivity collectivity, String reason,
            Optional<ParameterUse> tariff, Explanation explanation) {
        java.util.Objects.requireNonNull(reason, "reason");
        java.util.Objects.requireNonNull(tariff, "tariff");
        return ImmutableAnnualFeeQuote.of(module, year, collectivity, false, Optional.of(reason), Optional.empty(),
                Optional.empty(), Optional.empty(), tariff, explanation);
    }

    /**
     * @param hours the prepaid hours the fee buys
     * @param step the trace step that computed them
     * @return this quote with its prepaid hours
     */
    public AnnualFeeQuote withPrepaidHours(Hours hours, TraceStep step) {
        return ((ImmutableAnnualFeeQuote) this).withPrepaidHours(hours).withExplanation(explanation().plus(step));
    }

    /**
     * @param fee another fee (e.g. none for a year the text exempts)
     * @param step the trace step that sets it
     * @return this quote with that fee
     */
    public AnnualFeeQuote withAnnualFee(Money fee, TraceStep step) {
        return ((ImmutableAnnualFeeQuote) this).withAnnualFee(fee).withExplanation(explanation().plus(step));
    }

    /**
     * @param step a further step
     * @return this quote with the step appended to its explanation
     */
    public AnnualFeeQuote plus(TraceStep step) {
        return ((ImmutableAnnualFeeQuote) this).withExplanation(explanation().plus(step));
    }

    /**
     * A further step made only when the explanation is read (see {@link Explanation#deferred(java.util.function.Supplier,
     * java.util.function.Supplier)}): the same quote as {@link #plus(TraceStep)} with the step it makes.
     *
     * @param step makes the further step; reads only immutable values; called at most once
     * @return this quote with the step appended to its explanation
     * @throws NullPointerException if {@code step} is null
     */
    public AnnualFeeQuote plusDeferred(java.util.function.Supplier<TraceStep> step) {
        return ((ImmutableAnnualFeeQuote) this).withExplanation(explanation().plusDeferred(step));
    }

    /** @return the articles behind the quote (those of its explanation and tariff) */
    public List<Citation> citations() {
        Set<Citation> set = new LinkedHashSet<>(explanation().citations());
        if (tariff().isPresent()) { // (plain code: a lambda costs a one-shot command its linking)
            set.add(tariff().get().source().citation());
        }
        return List.copyOf(set);
    }

    @Value.Check
    void check() {
        if (eligible() == reason().isPresent()) {
            throw new InvalidInputException("quote.reason", null, "a quote has a reason exactly when not eligible");
        }
        if (eligible() && (stratum().isEmpty() || annualFee().isEmpty())) {
            throw new InvalidInputException("quote.annualFee", null, "an eligible quote has a stratum and a fee");
        }
    }
}
