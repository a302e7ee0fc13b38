package fr.cdgrules.core.ledger;

import fr.cdgrules.core.money.Hours;

/**
 * The split of hours worked by {@link PrepaidLedger#consume}: the prepaid hours used first, then the
 * overage to bill; {@code prepaidUsed + overage = worked}, exactly.
 */
public final class Consumption {
    private final Hours worked;
    private final Hours prepaidUsed;
    private final PrepaidLedger ledger;

    Consumption(Hours worked, Hours prepaidUsed, PrepaidLedger ledger) {
        this.worked = worked;
        this.prepaidUsed = prepaidUsed;
        this.ledger = ledger;
    }

    /** @return the hours worked */
    public Hours worked() {
        return worked;
    }

    /** @return the prepaid hours used */
    public Hours prepaidUsed() {
        return prepaidUsed;
    }

    /** @return the hours beyond the prepaid balance, to bill */
    public Hours overage() {
        return worked.minus(prepaidUsed);
    }

    /** @return the ledger after the consumption */
    public PrepaidLedger ledger() {
        return ledger;
    }

    @Override
    public String toString() {
        return worked + " h worked = " + prepaidUsed + " h prepaid + " + overage() + " h billed";
    }

    /** Two Consumptions are equal when all their parts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Consumption other
                && java.util.Objects.equals(worked, other.worked)
                && java.util.Objects.equals(prepaidUsed, other.prepaidUsed)
                && java.util.Objects.equals(ledger, other.ledger);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(worked, prepaidUsed, ledger);
    }
}
