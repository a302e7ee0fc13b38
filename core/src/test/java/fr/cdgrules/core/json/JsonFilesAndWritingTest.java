package fr.cdgrules.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

/** Reading JSON from files and streams, the size of a document, and what has no JSON form. */
class JsonFilesAndWritingTest {
    private static final String CLESSE = "{\"inhabitants\": 923, \"basis\": \"MUNICIPALE\", \"vintage\": 2026}";

    @TempDir
    Path dir;

    @Test
    void aFileAndAStreamAreReadLikeTheirText() throws Exception {
        Path file = Files.writeString(dir.resolve("clesse.json"), CLESSE);
        assertEquals(Population.of(923, Year.of(2026)), CdgJson.read(file, Population.class));
        assertEquals(List.of(Citation.of("000", "art. 3.1"), Citation.of("001", "art. 1")), CdgJson.read(
                new ByteArrayInputStream("[\"000 art. 3.1\", \"001 art. 1\"]".getBytes(StandardCharsets.UTF_8)),
                new TypeReference<List<Citation>>() {}));
    }

    @Test
    void aFileThatCannotBeReadSaysWhyInWords() throws Exception {
        InvalidInputException directory = assertThrows(InvalidInputException.class,
                () -> CdgJson.read(dir, Population.class));
        assertEquals("invalid file: cannot read " + dir + ": Is a directory", directory.getMessage());
        Path latin1 = Files.write(dir.resolve("latin1.json"), "\"Clessé\"".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("invalid file: cannot read " + latin1 + ": not UTF-8 text",
                assertThrows(InvalidInputException.class, () -> CdgJson.read(latin1, String.class)).getMessage());
    }

    @Test
    void aDocumentHasAtMostSixteenMebicharacters() {
        // 16 777 216 characters are read; one more is refused before parsing, with its length
        assertEquals(923, CdgJson.read(" ".repeat(16 * 1024 * 1024 - 3) + "923", Integer.class));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CdgJson.read(" ".repeat(16 * 1024 * 1024 - 2) + "923", Integer.class));
        assertEquals("invalid json: a JSON document has at most 16777216 characters, got 16777217", e.getMessage());
        // a limit of the parser that has no words of its own
        InvalidInputException name = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"" + "n".repeat(60_000) + "\": 1}", Population.class));
        assertEquals("invalid json: the document is beyond the documented limits", name.getMessage());
    }

    @Test
    void missingFieldsAreListed() {
        assertEquals("invalid json: required fields missing: basis, vintage", assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"inhabitants\": 923}", Population.class)).getMessage());
        assertEquals("invalid json: required field missing: vintage", assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"inhabitants\": 923, \"basis\": \"MUNICIPALE\"}", Population.class)).getMessage());
    }

    /** A type carrying a Jackson annotation and no property. */
    @JsonPropertyOrder({"amount"})
    static final class NoProperty {
    }

    @Test
    void aValueWithoutPropertiesHasNoJsonFormButAnEmptyMapIsAnEmptyObject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CdgJson.write(new NoProperty()));
        assertEquals("this value has no JSON form: it is a rule, a service or a set of options, not a figure or a"
                + " document", e.getMessage());
        assertEquals("{ }", CdgJson.write(Map.of()));
        assertEquals("null", CdgJson.write(null));
    }

    @Test
    void theMapperIsTheConfiguredOne() {
        assertEquals("\"150.00\"", CdgJson.mapper().writeValueAsString(Money.ofEuros(150)));
        assertEquals(CdgJson.write(Population.of(923, Year.of(2026))),
                CdgJson.mapper().writeValueAsString(Population.of(923, Year.of(2026))));
    }
}
