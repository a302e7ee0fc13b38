package fr.cdgrules.core.ledger;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The append-only storage shared by the successive versions of a {@link PrepaidLedger}: each version
 * sees the first {@code size} entries of an array; appending to the newest version writes in place
 * (amortised constant time), appending to an older version copies (the versions stay independent).
 * Entries below a version's size are never written again, so a version reads them without locking.
 */
final class EntryLog {
    private static final LedgerEntry[] NONE = new LedgerEntry[0];

    private LedgerEntry[] array;
    private int size;

    private EntryLog(LedgerEntry[] array, int size) {
        this.array = array;
        this.size = size;
    }

    /** @return a new, empty log */
    static EntryLog empty() {
        return new EntryLog(NONE, 0);
    }

    /**
     * @param entries entries
     * @return a new log holding them
     */
    static EntryLog of(LedgerEntry[] entries, int size) {
        return new EntryLog(Arrays.copyOf(entries, Math.max(size, 4)), size);
    }

    /**
     * Writes {@code entry} at index {@code at} if no version has written there yet.
     *
     * @return the array holding the entry at {@code at}, or null if another version already appended there
     */
    synchronized LedgerEntry[] appendAt(int at, LedgerEntry entry) {
        if (size != at) {
            return null;
        }
        if (at == array.length) {
            array = Arrays.copyOf(array, Math.max(8, at * 2));
        }
        array[at] = entry;
        size = at + 1;
        return array;
    }

    /** An unmodifiable view of the first {@code size} entries of an array that is never written below that size. */
    static final class View extends AbstractList<LedgerEntry> implements RandomAccess {
        private final LedgerEntry[] array;
        private final int size;

        View(LedgerEntry[] array, int size) {
            this.array = array;
            this.size = size;
        }

        @Override
        public LedgerEntry get(int index) {
            Objects.checkIndex(index, size);
            return array[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
