package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The descriptor's own values in words: articles, readings, options, versions, test cases, errors. */
class DescriptorValuesInWordsTest {
    @Test
    void articlesReadingsAndVersionsShowTheTextsWords() {
        Descriptor d = DescriptorModuleExplanationTest.withCeiling().descriptor().orElseThrow();
        Article fee = d.article(Citation.parse("900 art. 2")).orElseThrow();
        assertEquals("900 art. 2 — Cotisation annuelle", fee.toString());
        assertEquals(Optional.of("La cotisation annuelle est fixée selon la strate de population."), fee.quote());
        assertEquals("900 préambule — Préambule", d.article(Citation.parse("900 préambule")).orElseThrow().toString());
        Reading upTo = d.reading("upTo").orElseThrow();
        assertEquals("upTo (default OPEN)", upTo.toString());
        assertEquals("5 000 habitants et plus", upTo.quote());
        assertEquals("CAPPED: capped at 5 000", upTo.option("CAPPED").orElseThrow().toString());
        ParameterVersion v = d.parameter("hourlyRate").versions().get(0);
        assertEquals(Citation.parse("900 art. 3"), v.article());
        assertEquals("délibération illustrative du conseil d'administration du 1er décembre 2025", v.decision());
        assertEquals("2026-01-01: 40.00 — délibération illustrative du conseil d'administration du 1er décembre 2025"
                + " (900 art. 3)", v.toString());
        assertEquals(1, d.texts().size());
        assertEquals(6, d.texts().get(0).articles().size());
        TestCase first = d.tests().get(0);
        assertEquals("quote test 'small commune 2026'", first.toString());
        assertEquals("small commune 2026", first.name());
        assertEquals(List.of(Citation.parse("900 art. 2")), first.articles());
    }

    @Test
    void anErrorIsItsFilePathAndMessage() {
        DescriptorError e = DescriptorError.of("cdg00.yaml", "id", "bad");
        assertEquals(e, DescriptorError.of("cdg00.yaml", "id", "bad"));
        assertNotEquals(e, DescriptorError.of("cdg01.yaml", "id", "bad"));
        assertNotEquals(e, DescriptorError.of("cdg00.yaml", "body", "bad"));
        assertNotEquals(e, DescriptorError.of("cdg00.yaml", "id", "worse"));
        assertNotEquals(e, "cdg00.yaml: id: bad");
        assertEquals("cdg00.yaml: id: bad", e.toString());
        assertEquals("cdg00.yaml: bad", DescriptorError.of("cdg00.yaml", "", "bad").toString());
        InvalidDescriptorException one = new InvalidDescriptorException("cdg00.yaml", List.of(e));
        assertEquals("invalid cdg00.yaml: 1 error:\n  cdg00.yaml: id: bad", one.getMessage());
    }
}
