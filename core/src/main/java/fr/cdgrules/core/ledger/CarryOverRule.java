package fr.cdgrules.core.ledger;

/**
 * What happens to unused prepaid hours when a year closes. Nothing is carried over unless a rule
 * says so: the default is {@link #FORFEIT}.
 */
public enum CarryOverRule {
    /** The balance is lost (a FORFEITURE entry). The default. */
    FORFEIT,
    /** The balance moves to the next year (CARRY_OUT then CARRY_IN entries). */
    CARRY_TO_NEXT_YEAR
}
