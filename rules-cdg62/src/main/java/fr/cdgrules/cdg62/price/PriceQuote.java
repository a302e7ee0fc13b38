package fr.cdgrules.cdg62.price;

import fr.cdgrules.cdg62.Cdg62Articles;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.Eligibility;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The price of the e-administration service for a year. Art. 5 "TARIFICATION": "La prestation est
 * comprise dans la cotisation additionnelle." There is no separate charge: a collectivity that pays
 * the cotisation additionnelle is charged {@code 0.00} € for the service (whatever its type), with
 * art. 5 as the reason; one that does not pay it, or lies outside the Pas-de-Calais, is refused
 * (no amount, refusal findings). The cotisation additionnelle itself is set outside this convention:
 * this module quotes no annual fee.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePriceQuote.class)
@JsonDeserialize(as = ImmutablePriceQuote.class)
public abstract class PriceQuote {
    PriceQuote() {}

    /** The separate charge for the service: none, "comprise dans la cotisation additionnelle". */
    public static final Money INCLUDED = Money.ZERO;

    /** @return the collectivity */
    @JsonProperty("collectivity")
    public abstract Collectivity collectivity();

    /** @return the year quoted */
    @JsonProperty("year")
    public abstract Year year();

    /** @return the service type */
    @JsonProperty("serviceType")
    public abstract ServiceType serviceType();

    /** @return whether the collectivity pays the cotisation additionnelle, as the caller stated */
    @JsonProperty("contribution")
    public abstract AdditionalContribution contribution();

    /** @return the refusals; empty when the service is available */
    @JsonProperty("findings")
    public abstract Findings findings();

    /** @return the separate charge, {@code 0.00} €; empty when refused */
    @JsonProperty("amount")
    public abstract Optional<Money> amount();

    /** @return the article that sets the price (art. 5) */
    @JsonProperty("citation")
    public abstract Citation citation();

    /** @return how the quote was made */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    /**
     * Quotes the service for a year.
     *
     * @param collectivity the collectivity
     * @param year the year
     * @param contribution whether the collectivity pays the cotisation additionnelle that year
     * @param type the service type
     * @return {@code 0.00} € with art. 5, or a refusal with its reasons
     */
    public static PriceQuote of(Collectivity collectivity, Year year, AdditionalContribution contribution,
            ServiceType type) {
        java.util.Objects.requireNonNull(collectivity, "collectivity");
        java.util.Objects.requireNonNull(year, "year");
        java.util.Objects.requireNonNull(contribution, "contribution");
        java.util.Objects.requireNonNull(type, "type");
        Eligibility eligibility = Eligibility.assess(collectivity, contribution);
        Explanation explanation = Explanation.of("price of « " + type.wording() + " » for " + collectivity + " in " + year,
                eligibility.explanation().steps());
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("serviceType", type.wording());
        inputs.put("year", year.toString());
        if (!eligibility.isEligible()) {
            explanation = explanation.plus(TraceStep.of("price of the service", Cdg62Articles.ART_5, inputs,
                    "refused: " + eligibility.findings().refusals().size() + " condition(s) not met"));
            return ImmutablePriceQuote.of(collectivity, year, type, contribution, eligibility.findings(),
                    Optional.empty(), Cdg62Articles.ART_5, explanation);
        }
        explanation = explanation.plus(TraceStep.of("price of the service", Cdg62Articles.ART_5, inputs,
                INCLUDED.toDisplayString() + ": included in the cotisation additionnelle, no separate charge"));
        return ImmutablePriceQuote.of(collectivity, year, type, contribution, Findings.none(), Optional.of(INCLUDED),
                Cdg62Articles.ART_5, explanation);
    }

    /** @return true if the service is refused */
    public boolean isRefused() {
        return findings().isRefused();
    }

    @Value.Check
    void check() {
        if (isRefused() == amount().isPresent()) {
            throw new InvalidInputException("quote.amount", citation(), "a quote has an amount exactly when not refused");
        }
    }
}
