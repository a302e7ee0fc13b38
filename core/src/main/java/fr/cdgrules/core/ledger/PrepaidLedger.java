package fr.cdgrules.core.ledger;

import fr.cdgrules.core.limits.Limits;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The prepaid hours of one collectivity (heures prépayées), year by year, as an append-only list of
 * {@link LedgerEntry}s. Immutable: every operation returns a new ledger.
 *
 * <p>Invariants, for every year: the balance never goes negative; prepaid used + overage = hours
 * worked; granted + carried in = used + forfeited + carried out + balance; once closed, a year takes
 * no more entries. Nothing is carried over unless the {@link CarryOverRule} says so.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePrepaidLedger.class)
@JsonDeserialize(as = ImmutablePrepaidLedger.class)
public abstract class PrepaidLedger {
    PrepaidLedger() {}

    /** @return what happens to the balance when a year closes */
    @JsonProperty("carryOverRule")
    public abstract CarryOverRule carryOverRule();

    /** @return the entries, in the order recorded */
    @JsonProperty("entries")
    public abstract List<LedgerEntry> entries();

    /** @return an empty ledger under the default rule, {@link CarryOverRule#FORFEIT} */
    public static PrepaidLedger empty() {
        return empty(CarryOverRule.FORFEIT);
    }

    /**
     * @param rule the carry-over rule
     * @return an empty ledger
     */
    public static PrepaidLedger empty(CarryOverRule rule) {
        return ImmutablePrepaidLedger.of(rule, List.of());
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
        if (entries().stream().anyMatch(e -> e.kind() == LedgerEntryKind.GRANT && e.year().equals(year))) {
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
     * @param year a year
     * @return the prepaid hours still available that year
     */
    public Hours balance(Year year) {
        return forYear(year).stream().map(LedgerEntry::balanceEffect).reduce(Hours.ZERO, Hours::plus);
    }

    /**
     * @param year a year
     * @param kind a kind of entry
     * @return the total hours of that kind in that year
     */
    public Hours total(Year year, LedgerEntryKind kind) {
        return forYear(year).stream().filter(e -> e.kind() == kind).map(LedgerEntry::hours).reduce(Hours.ZERO, Hours::plus);
    }

    /**
     * @param year a year
     * @return true once the year has been closed
     */
    public boolean isClosed(Year year) {
        return forYear(year).stream().anyMatch(e -> e.kind() == LedgerEntryKind.FORFEITURE || e.kind() == LedgerEntryKind.CARRY_OUT);
    }

    /**
     * @param year a year
     * @return the entries of that year, in order
     */
    public List<LedgerEntry> forYear(Year year) {
        return entries().stream().filter(e -> e.year().equals(year)).toList();
    }

    private void requireOpen(Year year, Citation citation) {
        if (isClosed(year)) {
            throw new InvalidInputException("ledger.year", citation, year + " is closed");
        }
    }

    private PrepaidLedger append(LedgerEntry entry) {
        List<LedgerEntry> list = new ArrayList<>(entries());
        list.add(entry);
        return ((ImmutablePrepaidLedger) this).withEntries(list);
    }
}
