package fr.cdgrules.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrepaidLedgerTest {
    static final Citation ART5 = Citation.of("003", "art. 5");
    static final Year Y2023 = Year.of(2023);

    @Test
    void feeBuysExactHoursUsedFirstThenOverage() {
        PrepaidLedger l = PrepaidLedger.empty().grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(210), Money.ofEuros(30), ART5);
        assertEquals(Hours.of(7), l.balance(Y2023));
        Consumption c = l.consume(LocalDate.of(2023, 3, 10), Hours.of(80), "mission", ART5);
        assertEquals(Hours.of(7), c.prepaidUsed());
        assertEquals(Hours.of(73), c.overage());
        assertEquals(Hours.ZERO, c.ledger().balance(Y2023));
    }

    @Test
    void revisedCostGivesFractionalHours() {
        PrepaidLedger l = PrepaidLedger.empty().grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(210), Money.parse("31.50"), ART5);
        assertEquals(Hours.ofFraction(20, 3), l.balance(Y2023));
        Consumption c = l.consume(LocalDate.of(2023, 3, 10), Hours.of(5), "short mission", ART5);
        assertEquals(Hours.ofFraction(5, 3), c.ledger().balance(Y2023));
        assertEquals(Hours.ZERO, c.overage());
    }

    @Test
    void unusedHoursAreForfeitedExplicitlyAtYearEnd() {
        PrepaidLedger l = PrepaidLedger.empty().grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(420), Money.ofEuros(30), ART5)
                .consume(LocalDate.of(2023, 6, 1), Hours.of(10), "mission", ART5).ledger()
                .close(Y2023, LocalDate.of(2023, 12, 31), ART5);
        assertEquals(Hours.of(4), l.total(Y2023, LedgerEntryKind.FORFEITURE));
        assertEquals(Hours.ZERO, l.balance(Y2023));
        assertEquals(Hours.ZERO, l.balance(Year.of(2024)));
        assertTrue(l.isClosed(Y2023));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> l.consume(LocalDate.of(2023, 12, 31), Hours.of(1), "late", ART5));
        assertEquals("ledger.year", e.field().orElseThrow());
    }

    @Test
    void carryOverOnlyUnderThatRule() {
        PrepaidLedger l = PrepaidLedger.empty(CarryOverRule.CARRY_TO_NEXT_YEAR)
                .grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(210), Money.ofEuros(30), ART5)
                .close(Y2023, LocalDate.of(2023, 12, 31), ART5);
        assertEquals(Hours.of(7), l.balance(Year.of(2024)));
    }

    @Test
    void refusesBadEntries() {
        PrepaidLedger l = PrepaidLedger.empty().grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(210), Money.ofEuros(30), ART5);
        assertThrows(InvalidInputException.class, () -> l.grant(Y2023, LocalDate.of(2023, 2, 1), Money.ofEuros(210), Money.ofEuros(30), ART5));
        assertThrows(InvalidInputException.class, () -> l.consume(LocalDate.of(2023, 2, 1), Hours.of(-1), "x", ART5));
        assertThrows(InvalidInputException.class, () -> l.grant(Year.of(2024), LocalDate.of(2024, 1, 1), Money.ofEuros(-1), Money.ofEuros(30), ART5));
    }

    /**
     * Ledger conservation: for any fee, cost and sequence of work, prepaid used + overage = worked,
     * the balance never goes negative, and granted = used + forfeited + balance.
     */
    @Test
    void propertyConservation() {
        qt().forAll(integers().between(0, 2000), integers().between(100, 10_000),
                        lists().of(integers().between(0, 2400)).ofSizeBetween(0, 12))
                .check((feeEuros, costCents, minutes) -> {
                    Money cost = Money.ofCents(costCents);
                    PrepaidLedger l = PrepaidLedger.empty().grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(feeEuros), cost, ART5);
                    Hours granted = l.balance(Y2023);
                    Hours worked = Hours.ZERO;
                    Hours used = Hours.ZERO;
                    Hours overage = Hours.ZERO;
                    int day = 0;
                    for (int m : minutes) {
                        Consumption c = l.consume(LocalDate.of(2023, 1, 2).plusDays(day++), Hours.ofMinutes(m), "w", ART5);
                        if (!c.prepaidUsed().plus(c.overage()).equals(c.worked()) || c.prepaidUsed().isNegative()
                                || c.overage().isNegative() || c.ledger().balance(Y2023).isNegative()) {
                            return false;
                        }
                        worked = worked.plus(c.worked());
                        used = used.plus(c.prepaidUsed());
                        overage = overage.plus(c.overage());
                        l = c.ledger();
                    }
                    Hours balance = l.balance(Y2023);
                    l = l.close(Y2023, LocalDate.of(2023, 12, 31), ART5);
                    Hours forfeited = l.total(Y2023, LedgerEntryKind.FORFEITURE);
                    return used.plus(overage).equals(worked)
                            && used.equals(l.total(Y2023, LedgerEntryKind.PREPAID_USE))
                            && overage.equals(l.total(Y2023, LedgerEntryKind.OVERAGE))
                            && granted.equals(used.plus(forfeited)) && forfeited.equals(balance)
                            && l.balance(Y2023).isZero() && l.balance(Year.of(2024)).isZero();
                });
    }

    @Test
    void entriesAreListedInOrder() {
        PrepaidLedger l = PrepaidLedger.empty().grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(210), Money.ofEuros(30), ART5)
                .consume(LocalDate.of(2023, 1, 5), Hours.of(9), "m", ART5).ledger();
        assertEquals(List.of(LedgerEntryKind.GRANT, LedgerEntryKind.PREPAID_USE, LedgerEntryKind.OVERAGE),
                l.entries().stream().map(LedgerEntry::kind).toList());
    }

    /**
     * The running totals kept for constant-time reads agree with the entries: for any sequence of
     * grants, uses and closes over three years, balance and totals are the sums of the entries.
     */
    @Test
    void propertyRunningTotalsAreTheSumsOfTheEntries() {
        qt().forAll(lists().of(integers().between(0, 3 * 1000 - 1)).ofSizeBetween(0, 40))
                .check(ops -> {
                    PrepaidLedger l = PrepaidLedger.empty(CarryOverRule.CARRY_TO_NEXT_YEAR);
                    for (int op : ops) {
                        Year y = Year.of(2023 + op % 3);
                        int n = op / 3;
                        if (l.isClosed(y)) {
                            continue;
                        }
                        if (n % 10 == 0 && l.forYear(y).stream().noneMatch(e -> e.kind() == LedgerEntryKind.GRANT)) {
                            l = l.grant(y, y.atDay(1), Money.ofEuros(n), Money.parse("31.50"), ART5);
                        } else if (n % 17 == 0) {
                            l = l.close(y, y.atDay(365), ART5);
                        } else {
                            l = l.consume(y.atDay(1 + n % 365), Hours.ofMinutes(n), "w", ART5).ledger();
                        }
                    }
                    for (int k = 0; k < 4; k++) {
                        Year y = Year.of(2023 + k);
                        List<LedgerEntry> of = l.entries().stream().filter(e -> e.year().equals(y)).toList();
                        if (!l.balance(y).equals(of.stream().map(LedgerEntry::balanceEffect).reduce(Hours.ZERO, Hours::plus))
                                || !l.forYear(y).equals(of)) {
                            return false;
                        }
                        for (LedgerEntryKind kind : LedgerEntryKind.values()) {
                            if (!l.total(y, kind).equals(of.stream().filter(e -> e.kind() == kind)
                                    .map(LedgerEntry::hours).reduce(Hours.ZERO, Hours::plus))) {
                                return false;
                            }
                        }
                        boolean closed = of.stream().anyMatch(e -> e.kind() == LedgerEntryKind.FORFEITURE
                                || e.kind() == LedgerEntryKind.CARRY_OUT);
                        if (l.isClosed(y) != closed) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /** Ledgers are values: recording on an older version leaves the newer one (and the older) unchanged. */
    @Test
    void olderVersionsStayUnchangedWhenRecordedOnAgain() {
        PrepaidLedger granted = PrepaidLedger.empty().grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(300), Money.ofEuros(30), ART5);
        PrepaidLedger a = granted.consume(LocalDate.of(2023, 2, 1), Hours.of(4), "a", ART5).ledger();
        PrepaidLedger b = granted.consume(LocalDate.of(2023, 3, 1), Hours.of(1), "b", ART5).ledger();
        PrepaidLedger a2 = a.consume(LocalDate.of(2023, 4, 1), Hours.of(2), "a2", ART5).ledger();
        assertEquals(1, granted.entries().size());
        assertEquals(Hours.of(10), granted.balance(Y2023));
        assertEquals(List.of("a"), a.entries().subList(1, 2).stream().map(LedgerEntry::description).toList());
        assertEquals(Hours.of(6), a.balance(Y2023));
        assertEquals(List.of("b"), b.entries().subList(1, 2).stream().map(LedgerEntry::description).toList());
        assertEquals(Hours.of(9), b.balance(Y2023));
        assertEquals(List.of("a", "a2"), a2.entries().subList(1, 3).stream().map(LedgerEntry::description).toList());
        assertEquals(Hours.of(4), a2.balance(Y2023));
        assertEquals(a, granted.consume(LocalDate.of(2023, 2, 1), Hours.of(4), "a", ART5).ledger());
        assertEquals(a.hashCode(), granted.consume(LocalDate.of(2023, 2, 1), Hours.of(4), "a", ART5).ledger().hashCode());
        assertThrows(UnsupportedOperationException.class, () -> a.entries().add(a.entries().get(0)));
    }
}
