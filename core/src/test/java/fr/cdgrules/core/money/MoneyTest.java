package fr.cdgrules.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.cdgrules.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void keepsTwoDecimals() {
        assertEquals("150.00", Money.ofEuros(150).toString());
        assertEquals("31.50", Money.parse("31.5").toString());
        assertEquals(Money.ofCents(3150), Money.of(new BigDecimal("31.50")));
        assertEquals("150.00 €", Money.parse("150").toDisplayString());
    }

    @Test
    void rejectsSubCentDigits() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.of(new BigDecimal("1.005")));
        assertEquals("amount", e.field().orElseThrow());
        assertTrue(e.getMessage().contains("sub-cent"), e.getMessage());
        // trailing zeros beyond the cent are not sub-cent digits
        assertEquals(Money.ofCents(100), Money.parse("1.000"));
    }

    @Test
    void rejectsNonNumbers() {
        for (String bad : List.of("abc", "1,50", "", "NaN", "12e", "€12")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parse(bad), bad);
            assertEquals("amount", e.field().orElseThrow());
        }
    }

    @Test
    void multipliesByExactHoursRoundingOnceHalfUp() {
        // 73 h × 30 € (003 art. 5 example)
        assertEquals(Money.parse("2190.00"), Money.ofEuros(30).multipliedBy(Hours.of(73)));
        // 220/3 h × 31.50 € = 2310 exactly: no intermediate rounding of the hours
        assertEquals(Money.parse("2310.00"), Money.parse("31.50").multipliedBy(Hours.ofFraction(220, 3)));
        // 1/3 h × 35 € = 11.666… → 11.67
        assertEquals(Money.parse("11.67"), Money.ofEuros(35).multipliedBy(Hours.ofFraction(1, 3)));
        // half a cent rounds up: 0.5 h × 0.01 € = 0.005 → 0.01
        assertEquals(Money.parse("0.01"), Money.parse("0.01").multipliedBy(Hours.parse("0.5")));
        // and away from zero for negatives (HALF_UP)
        assertEquals(Money.parse("-0.01"), Money.parse("-0.01").multipliedBy(Hours.parse("0.5")));
    }

    @Test
    void dividesIntoExactHours() {
        assertEquals(Hours.of(7), Money.ofEuros(210).dividedBy(Money.ofEuros(30)));
        assertEquals(Hours.ofFraction(20, 3), Money.ofEuros(210).dividedBy(Money.parse("31.50")));
        assertThrows(InvalidInputException.class, () -> Money.ofEuros(210).dividedBy(Money.ZERO));
    }

    @Test
    void totals() {
        assertEquals(Money.parse("0.30"), Money.total(List.of(Money.parse("0.10"), Money.parse("0.20"))));
        assertEquals(Money.ZERO, Money.total(List.of()));
    }

    @Test
    void propertyCentsRoundTrip() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L))
                .check(c -> Money.ofCents(c).cents() == c && Money.parse(Money.ofCents(c).toString()).cents() == c);
    }

    @Test
    void propertyProductIsWithinHalfACentOfTheExactValue() {
        // rate (cents) × minutes / 60, compared exactly in rationals: |rounded − exact| ≤ 0.005 €
        qt().forAll(integers().between(0, 20_000), integers().between(0, 100_000))
                .check((cents, minutes) -> {
                    Money amount = Money.ofCents(cents).multipliedBy(Hours.ofMinutes(minutes));
                    BigDecimal exactTimes6000 = BigDecimal.valueOf((long) cents * minutes); // cents×minutes = 6000 × euros
                    BigDecimal roundedTimes6000 = amount.amount().multiply(BigDecimal.valueOf(6000));
                    return roundedTimes6000.subtract(exactTimes6000).abs().compareTo(BigDecimal.valueOf(30)) <= 0;
                });
    }
}
