package fr.cdgrules.core.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.InForce;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A line of an estimate or invoice: what, exact quantity, unit price, amount (quantity × unit
 * price rounded once to the cent, half up), the tariff version it was priced with, and the article.
 *
 * <p>The amount is always recomputed from quantity and unit price: a line cannot carry an amount
 * that disagrees with them.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableInvoiceLine.class)
@JsonDeserialize(as = ImmutableInvoiceLine.class)
public abstract class InvoiceLine {
    InvoiceLine() {}

    /** @return what is billed */
    @JsonProperty("description")
    public abstract String description();

    /** @return the exact quantity (hours, or 1 for a flat amount) */
    @JsonProperty("quantity")
    public abstract Hours quantity();

    /** @return the unit price */
    @JsonProperty("unitPrice")
    public abstract Money unitPrice();

    /** @return quantity × unit price, rounded to the cent half up */
    @JsonProperty("amount")
    public abstract Money amount();

    /** @return the tariff version used, when the price comes from a date-versioned parameter */
    @JsonProperty("tariff")
    public abstract Optional<ParameterUse> tariff();

    /** @return the article */
    @JsonProperty("citation")
    public abstract Citation citation();

    /**
     * @param description what is billed
     * @param quantity exact quantity, may be zero; negative for a deduction
     * @param rate the rate in force
     * @param citation the article
     * @return the line, amount = quantity × rate
     */
    public static InvoiceLine of(String description, Hours quantity, InForce<Money> rate, Citation citation) {
        java.util.Objects.requireNonNull(rate, "rate");
        return ImmutableInvoiceLine.of(description, quantity, rate.value(), rate.value().multipliedBy(quantity),
                Optional.of(ParameterUse.of(rate)), citation);
    }

    /**
     * A line whose unit price is not a versioned parameter.
     *
     * @param description what is billed
     * @param quantity exact quantity
     * @param unitPrice the unit price
     * @param citation the article
     * @return the line
     */
    public static InvoiceLine of(String description, Hours quantity, Money unitPrice, Citation citation) {
        java.util.Objects.requireNonNull(unitPrice, "unitPrice");
        return ImmutableInvoiceLine.of(description, quantity, unitPrice, unitPrice.multipliedBy(quantity),
                Optional.empty(), citation);
    }

    @Value.Check
    void check() {
        if (!amount().equals(unitPrice().multipliedBy(quantity()))) {
            throw new InvalidInputException("line.amount", citation(), "'" + description() + "': amount " + amount()
                    + " is not quantity " + quantity() + " × unit price " + unitPrice());
        }
    }

    @Override
    public String toString() {
        return description() + ": " + quantity() + " × " + unitPrice() + " = " + amount() + " [" + citation() + "]";
    }
}
