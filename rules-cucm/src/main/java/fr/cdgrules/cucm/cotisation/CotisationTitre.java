package fr.cdgrules.cucm.cotisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The titre de recettes of a commune's annual cotisation, and when it falls due. Art. 5: « Qu'il
 * s'agisse du montant de la cotisation annuelle ou bien du montant du remboursement dus, les communes
 * s'acquitteront des sommes mises à leur charge par la CUCM à réception des titres de recettes qui
 * seront établis par la communauté. La commune concernée disposera alors d'un délai de paiement de 30
 * jours »: due on the day of receipt + 30 calendar days, the same term as a mission's invoice.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCotisationTitre.class)
@JsonDeserialize(as = ImmutableCotisationTitre.class)
public abstract class CotisationTitre {
    CotisationTitre() {}

    /** « un délai de paiement de 30 jours » from receipt of the titre (art. 5). */
    public static final PaymentTerm PAYMENT_TERM = PaymentTerm.ofDays(
            fr.cdgrules.cucm.CucmParameters.whole("paymentTermDays"), CucmArticles.ART_5);

    /** @return the commune */
    @JsonProperty("commune")
    public abstract Collectivity commune();

    /** @return the budget year */
    @JsonProperty("year")
    public abstract Year year();

    /** @return the cotisation */
    @JsonProperty("amount")
    public abstract Money amount();

    /** @return the day the commune received the titre */
    @JsonProperty("receivedOn")
    public abstract LocalDate receivedOn();

    /** @return the last day to pay: receipt + 30 days */
    @JsonProperty("dueOn")
    public abstract LocalDate dueOn();

    /** @return the cotisation quote the titre is drawn from */
    @JsonProperty("quote")
    public abstract AnnualFeeQuote quote();

    /** @return the explanation: the quote's, then the payment term */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    /**
     * @param quote a cotisation quote
     * @param receivedOn the day the commune received the titre
     * @return the titre
     * @throws NullPointerException if an argument is null
     * @throws NotEligibleException if the quote is not eligible (not a member commune: art. 3), a refusal by
     *     the rules, not an invalid input
     * @throws NoRuleAppliesException if the cotisation is 0 € (2022: « aucune cotisation ne sera demandée »)
     */
    public static CotisationTitre of(AnnualFeeQuote quote, LocalDate receivedOn) {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (!quote.eligible()) {
            throw new NotEligibleException("a cotisation titre of " + quote.collectivity() + " for " + quote.year(),
                    "owes no cotisation: " + quote.reason().orElseThrow(), CucmArticles.ART_3);
        }
        Money fee = quote.annualFee().orElseThrow();
        if (fee.signum() == 0) {
            throw new NoRuleAppliesException("a cotisation titre for " + quote.year() + " (« Pour l'année 2022 [...] "
                    + "aucune cotisation ne sera demandée aux communes »)", List.of(CucmArticles.ART_5));
        }
        LocalDate due = PAYMENT_TERM.dueDate(receivedOn);
        Explanation e = quote.explanation().plus(TraceStep.of("payment within " + PAYMENT_TERM.days() + " days of receipt of the titre de "
                + "recettes", CucmArticles.ART_5, Map.of("received on", receivedOn.toString()), "due on " + due
                + " (« qu'il s'agisse du montant de la cotisation annuelle ou bien du montant du remboursement »: "
                + "« un délai de paiement de 30 jours »)"));
        return ImmutableCotisationTitre.of(quote.collectivity(), quote.year(), fee, receivedOn, due, quote, e);
    }

    /** @return the articles behind the titre */
    public List<Citation> citations() {
        return explanation().citations();
    }
}
