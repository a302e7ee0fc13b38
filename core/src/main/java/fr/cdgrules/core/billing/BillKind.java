package fr.cdgrules.core.billing;

/** Whether a bill is a dry run or the real thing (Kill Bill's dry-run invoices). */
public enum BillKind {
    /** A provisional cost (coût prévisionnel) from planned hours, for the collectivity's consent. */
    ESTIMATE,
    /** The final amount from the timesheet, supporting the titre de recettes. */
    INVOICE
}
