package fr.cdgrules.core.ledger;

import fr.cdgrules.core.money.Hours;
import java.util.Arrays;

/** The running totals of one year of a {@link PrepaidLedger}, kept so that its balance is read in constant time. */
final class YearTotals {
    static final YearTotals NONE = new YearTotals(Hours.ZERO, zeros(), false, false);

    private final Hours balance;
    private final Hours[] byKind;
    private final boolean granted;
    private final boolean closed;

    private YearTotals(Hours balance, Hours[] byKind, boolean granted, boolean closed) {
        this.balance = balance;
        this.byKind = byKind;
        this.granted = granted;
        this.closed = closed;
    }

    private static Hours[] zeros() {
        Hours[] z = new Hours[LedgerEntryKind.values().length];
        Arrays.fill(z, Hours.ZERO);
        return z;
    }

    /** @return these totals with one more entry of the year, added in the order recorded */
    YearTotals plus(LedgerEntry e) {
        Hours[] kinds = byKind.clone();
        kinds[e.kind().ordinal()] = kinds[e.kind().ordinal()].plus(e.hours());
        return new YearTotals(balance.plus(e.balanceEffect()), kinds,
                granted || e.kind() == LedgerEntryKind.GRANT,
                closed || e.kind() == LedgerEntryKind.FORFEITURE || e.kind() == LedgerEntryKind.CARRY_OUT);
    }

    Hours balance() {
        return balance;
    }

    Hours total(LedgerEntryKind kind) {
        return byKind[kind.ordinal()];
    }

    boolean granted() {
        return granted;
    }

    boolean closed() {
        return closed;
    }
}
