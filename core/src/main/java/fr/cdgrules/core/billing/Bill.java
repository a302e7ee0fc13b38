package fr.cdgrules.core.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An estimate or an invoice: its lines, its total (always the exact sum of the lines), and, once the
 * receipt date of the titre de recettes is known, its due date.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableBill.class)
@JsonDeserialize(as = ImmutableBill.class)
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"total", "dueDate"}, allowGetters = true)
public abstract class Bill {
    Bill() {}

    /** @return estimate or invoice */
    @JsonProperty("kind")
    public abstract BillKind kind();

    /** @return what is billed, e.g. "replacement mission, commune of Écuisses, 2023" */
    @JsonProperty("subject")
    public abstract String subject();

    /** @return the date the bill was drawn up */
    @JsonProperty("issuedOn")
    public abstract LocalDate issuedOn();

    /** @return the lines */
    @JsonProperty("lines")
    public abstract List<InvoiceLine> lines();

    /** @return the payment term, if the body sets one */
    @JsonProperty("paymentTerm")
    public abstract Optional<PaymentTerm> paymentTerm();

    /** @return the date the collectivity received the titre de recettes, once known */
    @JsonProperty("receivedOn")
    public abstract Optional<LocalDate> receivedOn();

    /**
     * @param kind estimate or invoice
     * @param subject what is billed
     * @param issuedOn the date drawn up
     * @param lines the lines
     * @param paymentTerm the payment term, if any
     * @return the bill, receipt date unknown
     */
    public static Bill of(BillKind kind, String subject, LocalDate issuedOn, List<InvoiceLine> lines,
            Optional<PaymentTerm> paymentTerm) {
        java.util.Objects.requireNonNull(lines, "lines");
        java.util.Objects.requireNonNull(paymentTerm, "paymentTerm");
        return ImmutableBill.of(kind, subject, issuedOn, lines, paymentTerm, Optional.empty());
    }

    /**
     * @param date the date the titre de recettes was received
     * @return this bill with its receipt date
     */
    public Bill withReceivedOn(LocalDate date) {
        return ((ImmutableBill) this).withReceivedOn(date);
    }

    /** @return the exact sum of the line amounts */
    @JsonProperty(value = "total", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public Money total() {
        return Money.total(lines().stream().map(InvoiceLine::amount).toList());
    }

    /** @return receipt date + payment term, when both are known */
    @JsonProperty(value = "dueDate", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public Optional<LocalDate> dueDate() {
        return paymentTerm().flatMap(t -> receivedOn().map(t::dueDate));
    }

    /** @return every article cited by a line or the payment term */
    public List<Citation> citations() {
        Set<Citation> set = new LinkedHashSet<>();
        lines().forEach(l -> set.add(l.citation()));
        paymentTerm().ifPresent(t -> set.add(t.citation()));
        return List.copyOf(set);
    }

    /**
     * @param estimate the estimate this invoice follows
     * @return this total minus the estimate's total (positive when the invoice is higher)
     */
    public Money differenceFrom(Bill estimate) {
        java.util.Objects.requireNonNull(estimate, "estimate");
        return total().minus(estimate.total());
    }

    /** @return the bill as text, one line per line */
    public String render() {
        StringBuilder sb = new StringBuilder(kind() + " — " + subject() + " (" + issuedOn() + ")\n");
        for (InvoiceLine l : lines()) {
            sb.append("  ").append(l).append('\n');
        }
        sb.append("  total: ").append(total().toDisplayString()).append('\n');
        dueDate().ifPresent(d -> sb.append("  due: ").append(d).append(" (").append(paymentTerm().orElseThrow().citation()).append(")\n"));
        return sb.toString();
    }
}
