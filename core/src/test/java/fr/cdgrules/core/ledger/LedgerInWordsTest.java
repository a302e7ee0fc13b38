package fr.cdgrules.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prepaid-hours ledger as the member reads it: each entry with its year, words and article. */
class LedgerInWordsTest {
    private static final Citation ART5 = Citation.of("000", "art. 5");
    private static final Year Y2026 = Year.of(2026);

    private static List<String> entries(PrepaidLedger l) {
        return l.entries().stream().map(LedgerEntry::toString).toList();
    }

    @Test
    void aYearGrantedUsedBilledAndForfeitedReadsEntryByEntry() {
        PrepaidLedger l = PrepaidLedger.empty().grant(Y2026, LocalDate.of(2026, 1, 1), Money.ofEuros(210),
                Money.ofEuros(30), ART5);
        Consumption first = l.consume(LocalDate.of(2026, 3, 2), Hours.of(5), "intervention of 2 March", ART5);
        assertEquals("5 h worked = 5 h prepaid + 0 h billed", first.toString());
        Consumption second = first.ledger().consume(LocalDate.of(2026, 4, 2), Hours.of(4), "intervention of 2 April", ART5);
        assertEquals("4 h worked = 2 h prepaid + 2 h billed", second.toString());
        assertEquals(Hours.of(2), second.overage());
        Consumption none = second.ledger().consume(LocalDate.of(2026, 5, 2), Hours.ZERO, "nothing", ART5);
        assertEquals(second.ledger(), none.ledger(), "no hours, no entry");
        PrepaidLedger closed = second.ledger().close(Y2026, LocalDate.of(2026, 12, 31), ART5);
        assertEquals(List.of(
                "2026-01-01 GRANT 7 h (2026) 210.00 € ÷ 30.00 €/h [000 art. 5]",
                "2026-03-02 PREPAID_USE 5 h (2026) intervention of 2 March [000 art. 5]",
                "2026-04-02 PREPAID_USE 2 h (2026) intervention of 2 April [000 art. 5]",
                "2026-04-02 OVERAGE 2 h (2026) intervention of 2 April [000 art. 5]",
                "2026-12-31 FORFEITURE 0 h (2026) unused prepaid hours of 2026 lost at year end [000 art. 5]"),
                entries(closed));
        assertEquals(Hours.of(7), closed.total(Y2026, LedgerEntryKind.PREPAID_USE));
        assertEquals(Hours.of(2), closed.total(Y2026, LedgerEntryKind.OVERAGE));
        assertEquals(5, closed.forYear(Y2026).size());
        assertEquals(List.of(), closed.forYear(Year.of(2027)));
    }

    @Test
    void unusedHoursCarriedOverAppearInBothYears() {
        PrepaidLedger l = PrepaidLedger.empty(CarryOverRule.CARRY_TO_NEXT_YEAR)
                .grant(Y2026, LocalDate.of(2026, 1, 1), Money.ofEuros(90), Money.ofEuros(30), ART5)
                .close(Y2026, LocalDate.of(2026, 12, 31), ART5);
        assertEquals(List.of(
                "2026-01-01 GRANT 3 h (2026) 90.00 € ÷ 30.00 €/h [000 art. 5]",
                "2026-12-31 CARRY_OUT 3 h (2026) carried to 2027 [000 art. 5]",
                "2026-12-31 CARRY_IN 3 h (2027) carried from 2026 [000 art. 5]"), entries(l));
        assertEquals(Hours.of(3), l.balance(Year.of(2027)));
        assertEquals(Hours.ZERO, l.balance(Y2026));
    }

    @Test
    void refusalsNameTheYearAndTheArticle() {
        PrepaidLedger l = PrepaidLedger.empty().grant(Y2026, LocalDate.of(2026, 1, 1), Money.ofEuros(210),
                Money.ofEuros(30), ART5);
        assertEquals("invalid ledger.year: 2026 already has its prepaid grant (000 art. 5)", assertThrows(
                InvalidInputException.class, () -> l.grant(Y2026, LocalDate.of(2026, 2, 1), Money.ofEuros(1),
                        Money.ofEuros(30), ART5)).getMessage());
        assertEquals("invalid ledger.fee: a fee cannot be negative: -1.00 (000 art. 5)", assertThrows(
                InvalidInputException.class, () -> l.grant(Year.of(2027), LocalDate.of(2027, 1, 1), Money.ofEuros(-1),
                        Money.ofEuros(30), ART5)).getMessage());
        assertEquals("invalid ledger.worked: hours worked cannot be negative: -1 (000 art. 5)", assertThrows(
                InvalidInputException.class, () -> l.consume(LocalDate.of(2026, 3, 1), Hours.of(-1), "x", ART5))
                .getMessage());
        PrepaidLedger closed = l.close(Y2026, LocalDate.of(2026, 12, 31), ART5);
        assertEquals("invalid ledger.year: 2026 is closed (000 art. 5)", assertThrows(InvalidInputException.class,
                () -> closed.consume(LocalDate.of(2026, 12, 31), Hours.of(1), "x", ART5)).getMessage());
        assertEquals("invalid ledger.year: 2026 is closed (000 art. 5)", assertThrows(InvalidInputException.class,
                () -> closed.close(Y2026, LocalDate.of(2026, 12, 31), ART5)).getMessage());
        assertEquals(Hours.of(0), PrepaidLedger.empty().grant(Y2026, LocalDate.of(2026, 1, 1), Money.ZERO,
                Money.ofEuros(30), ART5).balance(Y2026), "a zero fee grants zero hours");
    }
}
