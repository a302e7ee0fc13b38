package fr.cdgrules.core.ledger;

import java.util.List;

/**
 * The entries of a {@link PrepaidLedger} as a persistent list, newest first: recording an entry
 * shares every earlier one, so it takes constant time and memory whichever version it is recorded
 * on; the versions of a ledger stay independent values.
 */
final class EntryLog {
    static final EntryLog EMPTY = new EntryLog(null, null, 0);

    private final LedgerEntry last;
    private final EntryLog previous;
    private final int size;
    private volatile List<LedgerEntry> inOrder;

    private EntryLog(LedgerEntry last, EntryLog previous, int size) {
        this.last = last;
        this.previous = previous;
        this.size = size;
    }

    /** @return this log with one more entry, in constant time */
    EntryLog plus(LedgerEntry entry) {
        return new EntryLog(entry, this, size + 1);
    }

    int size() {
        return size;
    }

    /** @return the entries in the order recorded, an unmodifiable list built once per version */
    List<LedgerEntry> inOrder() {
        List<LedgerEntry> list = inOrder;
        if (list == null) {
            LedgerEntry[] array = new LedgerEntry[size];
            EntryLog log = this;
            for (int i = size - 1; i >= 0; i--) {
                array[i] = log.last;
                log = log.previous;
            }
            list = List.of(array);
            inOrder = list;
        }
        return list;
    }
}
