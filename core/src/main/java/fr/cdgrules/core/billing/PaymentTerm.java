package fr.cdgrules.core.billing;

import fr.cdgrules.core.limits.Limits;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A payment term (délai de paiement): a number of calendar days from receipt of the titre de
 * recettes. The due date is the receipt date plus that many days.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePaymentTerm.class)
@JsonDeserialize(as = ImmutablePaymentTerm.class)
public abstract class PaymentTerm {
    PaymentTerm() {}

    /** @return the number of calendar days, ≥ 0 */
    @JsonProperty("days")
    public abstract int days();

    /** @return the article */
    @JsonProperty("citation")
    public abstract Citation citation();

    /**
     * @param days calendar days from receipt
     * @param citation the article
     * @return the term
     */
    public static PaymentTerm ofDays(int days, Citation citation) {
        return ImmutablePaymentTerm.of(days, citation);
    }

    /**
     * @param receivedOn the date the titre de recettes was received
     * @return the due date: receipt date + days
     */
    public LocalDate dueDate(LocalDate receivedOn) {
        Limits.date("receivedOn", receivedOn);
        return receivedOn.plusDays(days());
    }

    @Value.Check
    void check() {
        if (days() < 0) {
            throw new InvalidInputException("paymentTerm.days", citation(), "a payment term cannot be negative");
        }
    }
}
