package fr.cdgrules.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * A ledger compares by its carry-over rule and its entries; a consumption by the hours worked, the
 * prepaid hours used and the ledger after it (CUCM: a 210 € cotisation at 30 € an hour buys 7 hours,
 * 003 art. 5).
 */
class LedgerEqualityTest {
    private static final Citation ART5 = Citation.of("003", "art. 5");
    private static final Year Y2023 = Year.of(2023);

    private static PrepaidLedger granted(CarryOverRule rule, int euros) {
        return PrepaidLedger.empty(rule).grant(Y2023, LocalDate.of(2023, 1, 1), Money.ofEuros(euros), Money.ofEuros(30),
                ART5);
    }

    @Test
    void ledgersDifferingInRuleOrEntriesAreDifferent() {
        PrepaidLedger l = granted(CarryOverRule.FORFEIT, 210);
        assertEquals(l, l);
        assertEquals(l, granted(CarryOverRule.FORFEIT, 210));
        assertEquals(l.hashCode(), granted(CarryOverRule.FORFEIT, 210).hashCode());
        assertNotEquals(l, granted(CarryOverRule.CARRY_TO_NEXT_YEAR, 210));
        assertNotEquals(l, granted(CarryOverRule.FORFEIT, 420));
        assertNotEquals(l, PrepaidLedger.empty());
        assertNotEquals(l, l.toString());
    }

    @Test
    void consumptionsDifferingInHoursOrLedgerAreDifferent() {
        // 9 hours worked on 7 prepaid: 7 used, 2 beyond the prepaid hours
        Consumption c = granted(CarryOverRule.FORFEIT, 210).consume(LocalDate.of(2023, 2, 1), Hours.of(9), "mission", ART5);
        assertEquals(Hours.of(7), c.prepaidUsed());
        assertEquals(Hours.of(2), c.overage());
        Consumption same = granted(CarryOverRule.FORFEIT, 210).consume(LocalDate.of(2023, 2, 1), Hours.of(9), "mission", ART5);
        assertEquals(c, same);
        assertEquals(c.hashCode(), same.hashCode());
        // more hours worked, all beyond the prepaid ones: the same prepaid hours used, another ledger
        assertNotEquals(c, granted(CarryOverRule.FORFEIT, 210).consume(LocalDate.of(2023, 2, 1), Hours.of(10), "mission", ART5));
        // fewer hours worked than prepaid: other hours used
        assertNotEquals(c, granted(CarryOverRule.FORFEIT, 210).consume(LocalDate.of(2023, 2, 1), Hours.of(5), "mission", ART5));
        // the same hours on another day: only the ledger differs
        assertNotEquals(c, granted(CarryOverRule.FORFEIT, 210).consume(LocalDate.of(2023, 2, 2), Hours.of(9), "mission", ART5));
        assertNotEquals(c, c.ledger());
    }
}
