package fr.cdgrules.core.strata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import java.time.Year;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A scale of strata in the text's words: its brackets, the lookups at their borders, and its refusals. */
class ScaleInWordsTest {
    private static final Stratum SMALL = Stratum.of(0, 999, "Communes de moins de 1 000 habitants", Money.ofEuros(120));
    private static final Stratum MIDDLE = Stratum.of(1000, 4999, "Communes de 1 000 à 4 999 habitants", Money.ofEuros(240));
    private static final Stratum LARGE = Stratum.openEnded(5000, "Communes de 5 000 habitants et plus", Money.ofEuros(480));
    private static final StrataScale SCALE = StrataScale.of(SMALL, MIDDLE, LARGE);

    private static String refused(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(InvalidInputException.class, e).getMessage();
    }

    @Test
    void lookupsAtTheBordersSayTheBracketInTheTextsWords() {
        assertEquals("999 → Communes de moins de 1 000 habitants [0, 999]: 120.00 €", SCALE.lookup(999).toString());
        assertEquals("1000 → Communes de 1 000 à 4 999 habitants [1000, 4999]: 240.00 €", SCALE.lookup(1000).toString());
        assertEquals("5000 → Communes de 5 000 habitants et plus [5000, ∞): 480.00 €",
                SCALE.lookup(Population.of(5000, Year.of(2026))).toString());
        assertEquals(0, SCALE.lowest());
        assertEquals(OptionalLong.empty(), SCALE.highest());
        StrataScale capped = SCALE.withCeiling(9999);
        assertEquals(OptionalLong.of(9999), capped.highest());
        assertFalse(capped.lookup(10000).isEligible());
        assertEquals("outside the scale: 10000 inhabitants is above the last stratum (9999)",
                capped.lookup(10000).toString());
        assertTrue(capped.lookup(9999).isEligible());
        StrataScale moved = SCALE.withBorder(0, 1000);
        assertEquals("Communes de moins de 1 000 habitants [0, 1000]: 120.00 €", moved.lookup(1000).orElseThrow().toString());
        assertEquals("Communes de 1 000 à 4 999 habitants [1001, 4999]: 240.00 €",
                moved.lookup(1001).orElseThrow().toString());
        StrataScale fromTen = StrataScale.of(Stratum.of(10, 20, "de 10 à 20", Money.ofEuros(1)));
        assertEquals(10, fromTen.lowest());
        assertFalse(fromTen.lookup(9).isEligible());
        assertTrue(fromTen.lookup(9).toString().startsWith("outside the scale: 9 inhabitants"), fromTen.lookup(9).toString());
    }

    @Test
    void aScaleThatIsNotAPartitionIsRefusedNamingBothBrackets() {
        assertEquals("invalid strata: a scale needs at least one stratum", refused(() -> StrataScale.of(List.of())));
        assertEquals("invalid strata[0].to: only the last stratum may be open-ended, but 'Communes de 5 000 habitants et"
                + " plus' is followed by 'Communes de moins de 1 000 habitants'", refused(() -> StrataScale.of(LARGE, SMALL)));
        assertEquals("invalid strata[1].from: strata overlap or are unordered: 'Communes de 1 000 à 4 999 habitants'"
                + " [1000, 4999] and 'Communes de moins de 1 000 habitants' [0, 999]",
                refused(() -> StrataScale.of(MIDDLE, SMALL)));
        assertEquals("invalid strata[1].from: gap between 'Communes de moins de 1 000 habitants' [0, 999] and 'x'"
                + " [1001, 2000]", refused(() -> StrataScale.of(SMALL, Stratum.of(1001, 2000, "x", Money.ZERO))));
        StrataScale.of(SMALL, Stratum.of(1000, 1000, "exactly 1 000", Money.ZERO));
        assertEquals("invalid strata[1].from: strata overlap or are unordered: 'Communes de moins de 1 000 habitants'"
                + " [0, 999] and 'y' [999, 2000]", refused(() -> StrataScale.of(SMALL, Stratum.of(999, 2000, "y", Money.ZERO))));
        assertEquals("invalid stratum.from: a stratum starts at 0 or more, got -1",
                refused(() -> Stratum.of(-1, 10, "z", Money.ZERO)));
        assertEquals("invalid stratum.to: stratum 'z' ends before it starts [10, 9]",
                refused(() -> Stratum.of(10, 9, "z", Money.ZERO)));
        Stratum.of(10, 10, "one value", Money.ZERO);
        assertEquals("invalid stratum.wording: a stratum keeps the text's wording",
                refused(() -> Stratum.of(0, 9, " ", Money.ZERO)));
        assertEquals("invalid stratum.annualFee: a fee cannot be negative: -1.00",
                refused(() -> Stratum.of(0, 9, "z", Money.ofEuros(-1))));
    }

    @Test
    void findingsSayTheirSeverityCodeAndArticle() {
        Citation art = Citation.of("000", "art. 4");
        Finding late = Finding.warning("late", "notice given late", art);
        Finding refused = Finding.refusal("outside", "outside the territory", art);
        assertEquals("warning [late] notice given late (000 art. 4)", late.toString());
        assertEquals("refusal [outside] outside the territory (000 art. 4)", refused.toString());
        Findings both = Findings.of(late).plus(Findings.of(refused));
        assertEquals(List.of(refused), both.refusals());
        assertEquals(List.of(late), both.warnings());
        assertTrue(both.isRefused());
        assertFalse(Findings.of(late).isRefused());
        assertTrue(both.has("outside"));
        assertFalse(both.has("inside"));
        assertEquals("no findings", Findings.none().toString());
        assertTrue(Findings.none().isEmpty());
        assertFalse(both.isEmpty());
        assertEquals("[" + late + ", " + refused + "]", both.toString());
        assertEquals(Findings.of(List.of(late, refused)), both);
    }
}
