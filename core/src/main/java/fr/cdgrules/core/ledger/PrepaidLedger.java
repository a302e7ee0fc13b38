package fr.cdgrules.core.ledger;

import fr.cdgrules.core.limits.Limits;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The prepaid hours of one collectivity (heures prépayées), year by year, as an append-only list of
 * {@link LedgerEntry}s. Immutable: every operation returns a new ledger.
 *
 * <p>Invariants, for every year: the balance never goes negative; prepaid used + overage = hours
 * worked; granted + carried in = used + forfeited + carried out + balance; once closed, a year takes
 * no more entries. Nothing is carried over unless the {@link CarryOverRule} says so.
 *
 * <p>Cost: recording an entry (grant, consumption, close) takes constant time and memory, whichever
 * version of the ledger it is recorded on (the versions share their earlier entries);
 * {@link #balance}, {@link #total} and {@link #isClosed} take constant time (running totals per
 * year); {@link #entries} is built once per version, {@link #forYear} is linear.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class PrepaidLedger {
    private final CarryOverRule carryOverRule;
    private final EntryLog log;
    private final Map<Year, YearTotals> years;

    PrepaidLedger(CarryOverRule carryOverRule, EntryLog log, Map<Year, YearTotals> years) {
        this.carryOverRule = carryOverRule;
        this.log = log;
        this.years = years;
    }

    /** The only implementation: the class stays abstract so that its public shape does not change. */
    private static final class Impl extends PrepaidLedger {
        Impl(CarryOverRule rule, EntryLog log, Map<Year, YearTotals> years) {
            super(rule, log, years);
        }
    }

    /** @return what happens to the balance when a year closes */
    @JsonProperty("carryOverRule")
    public CarryOverRule carryOverRule() {
        return carryOverRule;
    }

    /** @return the entries, in the order recorded (an unmodifiable list, built on the first call to this version) */
    @JsonProperty("entries")
    public List<LedgerEntry> entries() {
        return log.inOrder();
    }

    /** @return an empty ledger under the default rule, {@link CarryOverRule#FORFEIT} */
    public static PrepaidLedger empty() {
        return empty(CarryOverRule.FORFEIT);
    }

    /**
     * @param rule the carry-over rule
     * @return an empty ledger
     */
    public static PrepaidLedger empty(CarryOverRule rule) {
        return new Impl(Objects.requireNonNull(rule, "rule"), EntryLog.EMPTY, Map.of());
    }

    /**
     * The ledger read back from JSON: its entries as recorded, its totals recomputed from them.
     *
     * @param rule the carry-over rule
     * @param entries the entries, in order (none when absent)
     * @return the ledger
     */
    @JsonCreator
    static PrepaidLedger fromJson(@JsonProperty("carryOverRule") CarryOverRule rule,
            @JsonProperty("entries") List<LedgerEntry> entries) {
        if (rule == null) {
            throw new InvalidInputException("carryOverRule", null, "a ledger needs its carry-over rule");
        }
        PrepaidLedger l = empty(rule);
        for (LedgerEntry e : entries == null ? List.<LedgerEntry>of() : entries) {
            l = l.append(Objects.requireNonNull(e, "entries[]"));
        }
        return l;
    }

    /**
     * Grants the prepaid hours a fee buys: {@code fee ÷ hourly cost}, exact (210 € at 31.50 €/h =
     * 20/3 h).
     *
     * @param year the year of the fee
     * @param on the date of the grant
     * @param fee the annual fee paid
     * @param hourlyCost the hourly cost of that year
     * @param citation the article
     * @return the ledger with the grant
     * @throws InvalidInputException if the year is closed or already has a grant, or the fee is negative
     */
    public PrepaidLedger grant(Year year, LocalDate on, Money fee, Money hourlyCost, Citation citation) {
        Limits.year("ledger.year", year);
        Limits.date("ledger.on", on);
        java.util.Objects.requireNonNull(fee, "fee");
        java.util.Objects.requireNonNull(hourlyCost, "hourlyCost");
        java.util.Objects.requireNonNull(citation, "citation");
        requireOpen(year, citation);
        if (fee.isNegative()) {
            throw new InvalidInputException("ledger.fee", citation, "a fee cannot be negative: " + fee);
        }
        if (totals(year).granted()) {
            throw new InvalidInputException("ledger.year", citation, year + " already has its prepaid grant");
        }
        Hours hours = fee.dividedBy(hourlyCost);
        return append(LedgerEntry.of(LedgerEntryKind.GRANT, on, year, hours,
                fee + " € ÷ " + hourlyCost + " €/h", citation));
    }

    /**
     * Records hours worked on a date: prepaid hours of that date's year are used first, the rest is
     * overage to bill.
     *
     * @param on the date of the work
     * @param worked the hours worked, ≥ 0
     * @param description what the work was
     * @param citation the article
     * @return the split and the new ledger
     * @throws InvalidInputException if the hours are negative or the year is closed
     */
    public Consumption consume(LocalDate on, Hours worked, String description, Citation citation) {
        Limits.date("ledger.on", on);
        java.util.Objects.requireNonNull(worked, "worked");
        java.util.Objects.requireNonNull(description, "description");
        java.util.Objects.requireNonNull(citation, "citation");
        Year year = Year.from(on);
        requireOpen(year, citation);
        if (worked.isNegative()) {
            throw new InvalidInputException("ledger.worked", citation, "hours worked cannot be negative: " + worked);
        }
        Hours used = worked.min(balance(year));
        PrepaidLedger next = this;
        if (!used.isZero()) {
            next = next.append(LedgerEntry.of(LedgerEntryKind.PREPAID_USE, on, year, used, description, citation));
        }
        Hours overage = worked.minus(used);
        if (!overage.isZero()) {
            next = next.append(LedgerEntry.of(LedgerEntryKind.OVERAGE, on, year, overage, description, citation));
        }
        return new Consumption(worked, used, next);
    }

    /**
     * Closes a year: its balance is forfeited (or carried over, under that rule), by an explicit entry
     * even when the balance is zero.
     *
     * @param year the year
     * @param on the date of closing
     * @param citation the article
     * @return the ledger with the year closed
     */
    public PrepaidLedger close(Year year, LocalDate on, Citation citation) {
        Limits.year("ledger.year", year);
        Limits.date("ledger.on", on);
        java.util.Objects.requireNonNull(citation, "citation");
        requireOpen(year, citation);
        Hours left = balance(year);
        if (carryOverRule() == CarryOverRule.CARRY_TO_NEXT_YEAR) {
            return append(LedgerEntry.of(LedgerEntryKind.CARRY_OUT, on, year, left, "carried to " + year.plusYears(1), citation))
                    .append(LedgerEntry.of(LedgerEntryKind.CARRY_IN, on, year.plusYears(1), left, "carried from " + year, citation));
        }
        return append(LedgerEntry.of(LedgerEntryKind.FORFEITURE, on, year, left,
                "unused prepaid hours of " + year + " lost at year end", citation));
    }

    /**
     * The balance of a year, in constant time (kept as entries are recorded).
     *
     * @param year a year
     * @return the prepaid hours still available that year
     */
    public Hours balance(Year year) {
        return totals(year).balance();
    }

    /**
     * @param year a year
     * @param kind a kind of entry
     * @return the total hours of that kind in that year
     */
    public Hours total(Year year, LedgerEntryKind kind) {
        return totals(Objects.requireNonNull(year, "year")).total(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * @param year a year
     * @return true once the year has been closed
     */
    public boolean isClosed(Year year) {
        return totals(year).closed();
    }

    /**
     * @param year a year
     * @return the entries of that year, in order
     */
    public List<LedgerEntry> forYear(Year year) {
        java.util.Objects.requireNonNull(year, "year");
        return entries().stream().filter(e -> e.year().equals(year)).toList();
    }

    private void requireOpen(Year year, Citation citation) {
        if (isClosed(year)) {
            throw new InvalidInputException("ledger.year", citation, year + " is closed");
        }
    }

    private YearTotals totals(Year year) {
        return years.getOrDefault(Objects.requireNonNull(year, "year"), YearTotals.NONE);
    }

    /** Records an entry in constant time (for a ledger of a few years), sharing the earlier ones. */
    private PrepaidLedger append(LedgerEntry entry) {
        Map<Year, YearTotals> nextYears = new HashMap<>(years);
        nextYears.put(entry.year(), totals(entry.year()).plus(entry));
        return new Impl(carryOverRule, log.plus(entry), nextYears);
    }

    /** @return true for a ledger with the same rule and the same entries, in the same order */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PrepaidLedger l && carryOverRule == l.carryOverRule
                && entries().equals(l.entries());
    }

    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + carryOverRule.hashCode();
        h += (h << 5) + entries().hashCode();
        return h;
    }

    @Override
    public String toString() {
        return "PrepaidLedger{carryOverRule=" + carryOverRule + ", entries=" + entries() + "}";
    }
}
