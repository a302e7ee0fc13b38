package fr.cdgrules.core.ledger;

/** The kinds of entry of a {@link PrepaidLedger}, each affecting the balance of one year. */
public enum LedgerEntryKind {
    /** Prepaid hours bought by the year's fee (+). */
    GRANT,
    /** Prepaid hours used by work done that year (−). */
    PREPAID_USE,
    /** Hours worked beyond the prepaid balance, to be billed (no effect on the balance). */
    OVERAGE,
    /** The balance left when the year closes, lost (−). */
    FORFEITURE,
    /** The balance left when the year closes, moved out of it under a carry-over rule (−). */
    CARRY_OUT,
    /** The balance carried into the next year under a carry-over rule (+). */
    CARRY_IN
}
