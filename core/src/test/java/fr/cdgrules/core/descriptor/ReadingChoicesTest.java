package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Readings chosen by the ids a descriptor declares; date parameters. */
class ReadingChoicesTest {
    private static final String YAML = Illustrative.yaml()
            .replace("rules:\n  annualFee:", "  lastDay:\n    kind: date\n    versions:\n"
                    + "      - effective: 2026-01-01\n        decision: \"délibération illustrative\"\n"
                    + "        article: \"900 art. 4\"\n        date: 2028-12-31\nrules:\n  annualFee:")
            + "readings:\n  - id: boundary\n    about: [\"900 art. 2\"]\n    quote: \"moins de 1 000 habitants\"\n"
            + "    default: A\n    options:\n      - { id: A, meaning: a }\n"
            + "      - { id: B, meaning: b, sets: { lastDay: 2029-06-30 } }\n";
    private static final Descriptor D = DescriptorLoader.read("cdg00.yaml", YAML);
    private static final Map<String, BiFunction<String, String, String>> SETTERS = Map.of("boundary", (r, o) -> o);

    @Test
    void aDateParameterIsATimelineOfDates() {
        assertEquals(ParameterKind.DATE, D.parameter("lastDay").kind());
        assertEquals(LocalDate.of(2028, 12, 31), D.parameter("lastDay").dates().at(LocalDate.of(2026, 6, 1)).value());
        assertEquals(LocalDate.of(2029, 6, 30), D.reading("boundary").orElseThrow().option("B").orElseThrow().sets()
                .get("lastDay"));
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.read("cdg00.yaml", YAML.replace("date: 2028-12-31", "date: 2028-13-31")));
        assertEquals(List.of("cdg00.yaml: parameters.lastDay.versions[0].date: '2028-13-31' is not a date (YYYY-MM-DD)"),
                e.errors().stream().map(DescriptorError::toString).toList());
    }

    @Test
    void appliesExactlyTheDeclaredReadingsAndOptions() {
        assertEquals("B", ReadingChoices.apply(D, "A", Map.of("boundary", "B"), SETTERS));
        assertEquals("A", ReadingChoices.apply(D, "A", Map.of(), SETTERS));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> ReadingChoices.apply(D, "A", Map.of("ceiling", "B"), SETTERS));
        assertEquals("readings.ceiling", unknown.field().orElseThrow());
        assertEquals("invalid readings.ceiling: module cdg00 has no reading 'ceiling' (it has [boundary])", unknown.getMessage());
        InvalidInputException option = assertThrows(InvalidInputException.class,
                () -> ReadingChoices.apply(D, "A", Map.of("boundary", "C"), SETTERS));
        assertEquals("invalid readings.boundary: reading 'boundary' has no option 'C'", option.getMessage());
        assertThrows(IllegalStateException.class, () -> ReadingChoices.apply(D, "A", Map.of("boundary", "B"), Map.of()));
        assertThrows(NullPointerException.class, () -> ReadingChoices.apply(D, "A", null, SETTERS));
    }
}
