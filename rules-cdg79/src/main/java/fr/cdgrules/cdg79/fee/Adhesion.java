package fr.cdgrules.cdg79.fee;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An adhesion to the pack for one civil year (art. 4): "L'adhésion est valable pour une année
 * civile, quel que soit le mois d'adhésion de la collectivité". The fee due is the full annual fee
 * of that year (no proration), and the membership period is 1 January to 31 December of that year.
 * Made by {@link PackAdhesion#adhesionOn} and {@link PackAdhesion#adhesionFor}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAdhesion.class)
@JsonDeserialize(as = ImmutableAdhesion.class)
public abstract class Adhesion {
    Adhesion() {}

    /** @return the commune */
    @JsonProperty("commune")
    public abstract Collectivity commune();

    /** @return the date the adhesion was decided */
    @JsonProperty("decidedOn")
    public abstract LocalDate decidedOn();

    /** @return the budget year (exercice) joined */
    @JsonProperty("year")
    public abstract Year year();

    /** @return the civil year of membership, 1 January to 31 December; empty when not eligible */
    @JsonProperty("membershipPeriod")
    public abstract Optional<LocalDateRange> membershipPeriod();

    /** @return the quote of the year's annual fee, with its full explanation */
    @JsonProperty("quote")
    public abstract AnnualFeeQuote quote();

    static Adhesion of(Collectivity commune, LocalDate decidedOn, Year year, LocalDateRange civilYear,
            AnnualFeeQuote quote) {
        return ImmutableAdhesion.of(commune, decidedOn, year,
                quote.eligible() ? Optional.of(civilYear) : Optional.empty(), quote);
    }

    /** @return true if the commune is eligible and the adhesion gives it membership for the year */
    public boolean isMembership() {
        return quote().eligible();
    }

    /** @return the fee due: the full annual fee of the year, whatever the month; empty when not eligible */
    public Optional<Money> feeDue() {
        return quote().annualFee();
    }

    /**
     * @param date a date
     * @return true if the commune is a member on that date through this adhesion
     */
    public boolean coversDate(LocalDate date) {
        java.util.Objects.requireNonNull(date, "date");
        return membershipPeriod().map(p -> p.contains(date)).orElse(false);
    }

    /** @return how the fee and the period were found */
    public Explanation explanation() {
        return quote().explanation();
    }

    @Value.Check
    void check() {
        if (quote().year().getValue() != year().getValue()) {
            throw new InvalidInputException("adhesion.year", null, "the quote is for " + quote().year() + ", not " + year());
        }
    }
}
