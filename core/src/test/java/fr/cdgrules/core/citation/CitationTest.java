package fr.cdgrules.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class CitationTest {
    @Test
    void rendersAndParses() {
        Citation c = Citation.of("000", "art. 3.1");
        assertEquals("000 art. 3.1", c.toString());
        assertEquals(c, Citation.parse("000 art. 3.1"));
        assertEquals("charte art. 7.3", Citation.parse("000 charte art. 7.3").article());
    }

    @Test
    void refusesIncompleteCitations() {
        assertThrows(InvalidInputException.class, () -> Citation.parse("000"));
        assertThrows(InvalidInputException.class, () -> Citation.of("", "art. 1"));
        assertThrows(InvalidInputException.class, () -> Citation.of("000", " "));
        assertThrows(InvalidInputException.class, () -> Source.of(" ", Citation.of("000", "art. 1")));
    }
}
