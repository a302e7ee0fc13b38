package fr.cdgrules.core.feerun;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a titre de recettes: the debtor (INSEE code, name, SIREN when the data has it), the
 * object, the stratum in the text's wording, the amount, the tariff version with its deciding act,
 * the articles, the issue date and — where the text sets a payment term — the due date (or, before
 * receipt is known, the term itself).
 *
 * @param line the register line
 * @param code the debtor's INSEE code
 * @param name the debtor's name
 * @param siren the debtor's SIREN, when the data has it
 * @param object the object of the titre
 * @param population the population used
 * @param populationSource where the population comes from, with its vintage
 * @param stratum the stratum, in the text's wording
 * @param amount the amount owed
 * @param tariff the tariff version used, with its deciding act
 * @param citations the articles behind the amount
 * @param issuedOn the issue date
 * @param dueDate the due date, when the text sets a term and the receipt date is known
 * @param paymentTerm the payment term the text sets, for people, when it sets one
 */
public record TitreLine(@JsonProperty("line") int line, @JsonProperty("code") String code,
        @JsonProperty("name") String name, @JsonProperty("siren") Optional<String> siren,
        @JsonProperty("object") String object, @JsonProperty("population") long population,
        @JsonProperty("populationSource") String populationSource, @JsonProperty("stratum") String stratum,
        @JsonProperty("amount") Money amount, @JsonProperty("tariff") ParameterUse tariff,
        @JsonProperty("citations") List<Citation> citations, @JsonProperty("issuedOn") LocalDate issuedOn,
        @JsonProperty("dueDate") Optional<LocalDate> dueDate, @JsonProperty("paymentTerm") Optional<String> paymentTerm) {
    /**
     * Checks the components.
     *
     * @param line the register line
     * @param code the debtor's INSEE code
     * @param name the debtor's name
     * @param siren the debtor's SIREN, when the data has it
     * @param object the object of the titre
     * @param population the population used
     * @param populationSource where the population comes from, with its vintage
     * @param stratum the stratum, in the text's wording
     * @param amount the amount owed
     * @param tariff the tariff version used, with its deciding act
     * @param citations the articles behind the amount
     * @param issuedOn the issue date
     * @param dueDate the due date, when the text sets a term and the receipt date is known
     * @param paymentTerm the payment term the text sets, for people, when it sets one
     */
    public TitreLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(populationSource, "populationSource");
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(paymentTerm, "paymentTerm");
        citations = List.copyOf(citations);
    }
}
