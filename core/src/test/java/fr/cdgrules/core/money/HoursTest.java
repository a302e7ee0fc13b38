package fr.cdgrules.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.core.error.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HoursTest {
    @Test
    void textForm() {
        assertEquals("7", Hours.of(7).toString());
        assertEquals("7.5", Hours.parse("7.50").toString());
        assertEquals("20/3", Hours.ofFraction(40, 6).toString());
        assertEquals(Hours.ofFraction(20, 3), Hours.parse("20/3"));
        assertEquals(new BigDecimal("6.67"), Hours.parse("20/3").toDecimal(2));
        assertEquals("0.25", Hours.ofMinutes(15).toString());
    }

    @Test
    void rejectsNonNumbers() {
        for (String bad : new String[] {"", "x", "1/0", "1/x", "7,5"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Hours.parse(bad), bad);
            assertEquals("hours", e.field().orElseThrow());
        }
    }

    @Test
    void arithmeticIsExact() {
        Hours third = Hours.ofFraction(1, 3);
        assertEquals(Hours.of(1), third.plus(third).plus(third));
        assertEquals(Hours.ofFraction(220, 3), Hours.of(80).minus(Hours.ofFraction(20, 3)));
        // 12 RTT days a year for 1 607 h: 240 h worked earn 12 × 240 / 1607 days
        assertEquals(Hours.ofFraction(2880, 1607), Hours.of(240).multipliedBy(12, 1607));
        assertEquals(Hours.of(3), Hours.of(21).dividedBy(Hours.of(7)));
        assertThrows(InvalidInputException.class, () -> Hours.of(1).dividedBy(Hours.ZERO));
    }

    @Test
    void propertyTextRoundTrip() {
        qt().forAll(integers().between(-100_000, 100_000), integers().between(1, 1000))
                .check((n, d) -> Hours.parse(Hours.ofFraction(n, d).toString()).equals(Hours.ofFraction(n, d)));
    }
}
