package fr.cdgrules.core.billing;

import java.util.List;

/**
 * A rule module's pricing of hours: turns a timesheet (actual or planned) into bill lines. The
 * same pricing makes the estimate and the invoice, so they can only differ by their inputs.
 */
@FunctionalInterface
public interface Pricing {
    /**
     * @param sheet the timesheet or work plan
     * @return the lines, each with its tariff version and article
     * @throws NullPointerException if {@code sheet} is null, naming it
     */
    List<InvoiceLine> price(Timesheet sheet);
}
