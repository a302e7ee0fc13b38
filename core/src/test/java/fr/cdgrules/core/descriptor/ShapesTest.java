package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Shapes} answers as the regular expressions it replaces. */
class ShapesTest {
    /** Strings over the characters that matter to the three shapes, and a few that do not. */
    private static Gen<String> texts(int maxLength) {
        String alphabet = "azAZ09_.-9 é\n";
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength)
                .map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(i -> b.append(alphabet.charAt(i)));
                    return b.toString();
                });
    }

    /** Dotted names: segments over identifier characters (some empty), as class names are written. */
    private static Gen<String> dottedNames() {
        return lists().of(texts(4).map(t -> t.replaceAll("[^aZA_9z0]", ""))).ofSizeBetween(1, 4)
                .map(segments -> String.join(".", segments));
    }

    @Test
    void everyDottedNameIsAClassNameWhenTheRegularExpressionSaysSo() {
        qt().withExamples(20_000).forAll(dottedNames()).checkAssert(s -> assertEquals(
                s.matches("([a-zA-Z_][a-zA-Z0-9_]*\\.)+[A-Z][a-zA-Z0-9_]*"), Shapes.qualifiedClassName(s),
                "class name '" + s + "'"));
    }

    @Test
    void theTextsIdentifiers() {
        assertTrue(Shapes.moduleId("cdg79"));
        assertTrue(Shapes.moduleId("cucm-2"));
        assertFalse(Shapes.moduleId("CDG79"));
        assertFalse(Shapes.moduleId("-cdg"));
        assertFalse(Shapes.moduleId(""));
        assertTrue(Shapes.qualifiedClassName("fr.cdgrules.cdg79.Cdg79Module"));
        assertFalse(Shapes.qualifiedClassName("Cdg79Module"));
        assertFalse(Shapes.qualifiedClassName("fr..Cdg79Module"));
        assertFalse(Shapes.qualifiedClassName("fr.cdgrules.cdg79.cdg79Module"));
        assertTrue(Shapes.digits("200040244", 9));
        assertFalse(Shapes.digits("20004024", 9));
        assertFalse(Shapes.digits("2000402٤٤", 9)); // Arabic-Indic digits are not \d
    }

    @Test
    void everyTextHasTheShapeTheRegularExpressionsGiveIt() {
        qt().withExamples(20_000).forAll(texts(12)).checkAssert(s -> {
            assertEquals(s.matches("[a-z][a-z0-9-]*"), Shapes.moduleId(s), "module id '" + s + "'");
            assertEquals(s.matches("([a-zA-Z_][a-zA-Z0-9_]*\\.)+[A-Z][a-zA-Z0-9_]*"), Shapes.qualifiedClassName(s),
                    "class name '" + s + "'");
            assertEquals(s.matches("\\d{3}"), Shapes.digits(s, 3), "three digits '" + s + "'");
        });
    }
}
