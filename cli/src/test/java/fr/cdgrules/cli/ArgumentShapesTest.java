package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link ArgumentShapes} answers as the regular expressions it replaces. */
class ArgumentShapesTest {
    private static Gen<String> texts(String alphabet, int maxLength) {
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength)
                .map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(i -> b.append(alphabet.charAt(i)));
                    return b.toString();
                });
    }

    @Test
    void theTextsCodes() {
        assertTrue(ArgumentShapes.inseeCode("79094"));
        assertTrue(ArgumentShapes.inseeCode("2A004"));
        assertFalse(ArgumentShapes.inseeCode("2C004"));
        assertFalse(ArgumentShapes.inseeCode("7909"));
        assertTrue(ArgumentShapes.plainValue("cdg79"));
        assertFalse(ArgumentShapes.plainValue("--year"));
        assertTrue(ArgumentShapes.fourDigits("2026"));
        assertFalse(ArgumentShapes.fourDigits("２０２６")); // full-width digits are not \d
    }

    @Test
    void everyArgumentHasTheShapeTheRegularExpressionsGiveIt() {
        qt().withExamples(20_000).forAll(texts("2AB09Zaz-_ é", 7)).checkAssert(s -> {
            assertEquals(s.matches("[A-Za-z0-9][A-Za-z0-9-]*"), ArgumentShapes.plainValue(s), "plain value '" + s + "'");
            assertEquals(s.matches("\\d{4}"), ArgumentShapes.fourDigits(s), "year '" + s + "'");
            assertEquals(s.matches("\\d{5}|2[AB]\\d{3}"), ArgumentShapes.inseeCode(s), "INSEE code '" + s + "'");
        });
        // codes of five characters, where the INSEE shape is decided
        qt().withExamples(20_000).forAll(texts("2AB09C", 5)).checkAssert(s -> assertEquals(
                s.matches("\\d{5}|2[AB]\\d{3}"), ArgumentShapes.inseeCode(s), "INSEE code '" + s + "'"));
    }
}
