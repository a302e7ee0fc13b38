package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** {@link Node#isoDate(String)} reads dates as {@code LocalDate.parse} does: the same dates, the same refusals. */
class IsoDateTest {
    @Test
    void theTextsDates() {
        assertEquals(LocalDate.of(2026, 1, 1), Node.isoDate("2026-01-01"));
        assertEquals(LocalDate.of(2024, 2, 29), Node.isoDate("2024-02-29"));
        assertEquals(LocalDate.of(0, 1, 1), Node.isoDate("0000-01-01")); // year 0 is a year to java.time
        assertThrows(DateTimeParseException.class, () -> Node.isoDate("2026-00-01"));
        assertThrows(DateTimeParseException.class, () -> Node.isoDate("2026-02-29")); // not a leap year
        assertThrows(DateTimeParseException.class, () -> Node.isoDate("2026-13-01"));
        assertThrows(DateTimeParseException.class, () -> Node.isoDate("2026-1-01"));
        assertThrows(DateTimeParseException.class, () -> Node.isoDate("2026-01-0١")); // an Arabic-Indic digit
        assertEquals(LocalDate.of(10_000, 1, 1), Node.isoDate("+10000-01-01")); // other forms: java.time's reading
    }

    @Test
    void everyDateReadsAsJavaTimeReadsIt() {
        qt().withExamples(5_000).forAll(integers().between(0, 9999), integers().between(0, 14), integers().between(0, 32))
                .checkAssert((y, m, d) -> same(String.format("%04d-%02d-%02d", y, m, d)));
    }

    @Test
    void everyTextOfTheLengthOfADateReadsAsJavaTimeReadsIt() {
        qt().withExamples(5_000).forAll(strings().betweenCodePoints('+', '9').ofLength(10))
                .checkAssert(IsoDateTest::same);
    }

    @Test
    void everyTextOfTheShapeOfADateReadsAsJavaTimeReadsIt() {
        // ten characters, '-' at 4 and 7, the others mostly digits: where the hand reading decides alone
        String alphabet = "01234567890123456789+-a\u0664 ";
        qt().withExamples(10_000).forAll(integers().between(0, Integer.MAX_VALUE), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((a, b) -> {
                    StringBuilder t = new StringBuilder();
                    long bits = ((long) a << 31) | b;
                    for (int i = 0; i < 10; i++) {
                        t.append(i == 4 || i == 7 ? '-' : alphabet.charAt((int) (bits % alphabet.length())));
                        bits /= alphabet.length();
                    }
                    same(t.toString());
                });
    }

    private static void same(String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, () -> Node.isoDate(text), text);
            return;
        }
        assertEquals(expected, Node.isoDate(text), text);
    }
}
