package fr.cdgrules.core.billing;

import fr.cdgrules.core.limits.Limits;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes estimates (dry runs from planned hours) and invoices (from a timesheet) with one
 * {@link Pricing}, and compares them.
 */
public final class BillingEngine {
    private final Pricing pricing;
    private final Optional<PaymentTerm> paymentTerm;

    private BillingEngine(Pricing pricing, Optional<PaymentTerm> paymentTerm) {
        this.pricing = pricing;
        this.paymentTerm = paymentTerm;
    }

    /**
     * @param pricing the module's pricing
     * @param paymentTerm the payment term of invoices
     * @return the engine
     */
    public static BillingEngine of(Pricing pricing, PaymentTerm paymentTerm) {
        return new BillingEngine(Objects.requireNonNull(pricing, "pricing"), Optional.of(Objects.requireNonNull(paymentTerm, "paymentTerm")));
    }

    /**
     * @param subject what is billed
     * @param planned the planned hours
     * @param issuedOn the date drawn up
     * @return the estimate (coût prévisionnel); it carries no payment term
     */
    public Bill estimate(String subject, Timesheet planned, LocalDate issuedOn) {
        java.util.Objects.requireNonNull(subject, "subject");
        java.util.Objects.requireNonNull(planned, "planned");
        Limits.date("issuedOn", issuedOn);
        return Bill.of(BillKind.ESTIMATE, subject, issuedOn, pricing.price(planned), Optional.empty());
    }

    /**
     * @param subject what is billed
     * @param timesheet the hours actually recorded
     * @param issuedOn the date drawn up
     * @return the invoice, with the payment term
     */
    public Bill invoice(String subject, Timesheet timesheet, LocalDate issuedOn) {
        java.util.Objects.requireNonNull(subject, "subject");
        java.util.Objects.requireNonNull(timesheet, "timesheet");
        Limits.date("issuedOn", issuedOn);
        return Bill.of(BillKind.INVOICE, subject, issuedOn, pricing.price(timesheet), paymentTerm);
    }
}
