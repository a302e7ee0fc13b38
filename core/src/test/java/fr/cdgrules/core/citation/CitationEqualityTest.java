package fr.cdgrules.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A citation compares by its document and its article. */
class CitationEqualityTest {
    @Test
    void anotherDocumentOrAnotherArticleIsAnotherCitation() {
        Citation c = Citation.of("000", "art. 3.1");
        assertEquals(c, Citation.of("000", "art. 3.1"));
        assertEquals(c.hashCode(), Citation.parse("000 art. 3.1").hashCode());
        assertNotEquals(c, Citation.of("004", "art. 3.1"));
        assertNotEquals(c, Citation.of("000", "art. 3.2"));
        assertNotEquals(c, "000 art. 3.1");
    }
}
