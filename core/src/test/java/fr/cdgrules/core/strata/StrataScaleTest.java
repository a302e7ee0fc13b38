package fr.cdgrules.core.strata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrataScaleTest {
    /** The CDG79 2025 scale as the table writes it (000 art. 3.1). */
    static final StrataScale CDG79 = StrataScale.of(
            Stratum.of(0, 499, "Communes de moins de 500 habitants", Money.ofEuros(100)),
            Stratum.of(500, 999, "Communes de 500 à 999 habitants", Money.ofEuros(150)),
            Stratum.of(1000, 2000, "Communes de 1 000 à 2 000 habitants", Money.ofEuros(200)),
            Stratum.of(2001, 3500, "Communes de 2 001 à 3 500 habitants", Money.ofEuros(300)));

    @Test
    void looksUpTheTextsOwnBoundaries() {
        assertEquals(Money.ofEuros(100), CDG79.lookup(0).orElseThrow().annualFee());
        assertEquals(Money.ofEuros(100), CDG79.lookup(499).orElseThrow().annualFee());
        assertEquals(Money.ofEuros(150), CDG79.lookup(500).orElseThrow().annualFee());
        assertEquals("Communes de 500 à 999 habitants", CDG79.lookup(923).orElseThrow().wording());
        assertEquals(Money.ofEuros(200), CDG79.lookup(2000).orElseThrow().annualFee());
        assertEquals(Money.ofEuros(300), CDG79.lookup(2001).orElseThrow().annualFee());
        assertEquals(Money.ofEuros(300), CDG79.lookup(3500).orElseThrow().annualFee());
    }

    @Test
    void outsideTheScaleIsNotEligibleNeverADefault() {
        StratumLookup above = CDG79.lookup(3501);
        assertFalse(above.isEligible());
        assertTrue(above.stratum().isEmpty());
        assertTrue(above.reason().orElseThrow().contains("above the last stratum (3500)"));
        StrataScale fromOne = StrataScale.of(Stratum.openEnded(1, "De 1 habitant", Money.ofEuros(1)));
        assertTrue(fromOne.lookup(0).reason().orElseThrow().contains("below"));
    }

    @Test
    void readingsMoveBoundaries() {
        StrataScale excluded = CDG79.withCeiling(3499);
        assertFalse(excluded.lookup(3500).isEligible());
        StrataScale moved = CDG79.withBorder(2, 1999);
        assertEquals(Money.ofEuros(300), moved.lookup(2000).orElseThrow().annualFee());
    }

    @Test
    void refusesGapsOverlapsDisorderAndEarlyOpenEnds() {
        Money fee = Money.ofEuros(1);
        InvalidInputException gap = assertThrows(InvalidInputException.class, () -> StrataScale.of(
                Stratum.of(0, 9, "a", fee), Stratum.of(11, 20, "b", fee)));
        assertTrue(gap.getMessage().contains("gap"));
        InvalidInputException overlap = assertThrows(InvalidInputException.class, () -> StrataScale.of(
                Stratum.of(0, 10, "a", fee), Stratum.of(10, 20, "b", fee)));
        assertTrue(overlap.getMessage().contains("overlap"));
        assertThrows(InvalidInputException.class, () -> StrataScale.of(
                Stratum.of(11, 20, "b", fee), Stratum.of(0, 10, "a", fee)));
        InvalidInputException open = assertThrows(InvalidInputException.class, () -> StrataScale.of(
                Stratum.openEnded(0, "a", fee), Stratum.of(10, 20, "b", fee)));
        assertEquals("strata[0].to", open.field().orElseThrow());
        assertThrows(InvalidInputException.class, () -> StrataScale.of(List.of()));
        assertThrows(InvalidInputException.class, () -> Stratum.of(5, 4, "x", fee));
        assertThrows(InvalidInputException.class, () -> Stratum.of(0, 4, " ", fee));
    }

    /**
     * Strata partition: a scale built from any cut points places every population of its range in
     * exactly one stratum, and populations past the end in none.
     */
    @Test
    void propertyEveryPopulationInRangeFallsInExactlyOneStratum() {
        qt().forAll(lists().of(integers().between(1, 50)).ofSizeBetween(1, 8), integers().between(0, 500))
                .check((widths, probe) -> {
                    List<Stratum> strata = new ArrayList<>();
                    long from = 0;
                    for (int i = 0; i < widths.size(); i++) {
                        strata.add(Stratum.of(from, from + widths.get(i) - 1, "s" + i, Money.ofEuros(i)));
                        from += widths.get(i);
                    }
                    StrataScale scale = StrataScale.of(strata);
                    long matches = scale.strata().stream().filter(s -> s.contains(probe)).count();
                    boolean inRange = probe < from;
                    return matches == (inRange ? 1 : 0)
                            && scale.lookup(probe).isEligible() == inRange
                            && (!inRange || scale.lookup(probe).orElseThrow().contains(probe));
                });
    }
}
