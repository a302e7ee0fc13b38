package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.RenewalKind;
import fr.cdgrules.core.module.Capability;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorLoaderTest {

    @Test
    void readsTheIllustrativeBody() {
        Descriptor d = Illustrative.descriptor();
        assertEquals("cdg00", d.id());
        assertEquals(6, d.articles().size());
        assertEquals(RenewalKind.TACIT, d.terms().orElseThrow().renewal().kind());
        assertEquals(List.of("fee", "hourlyRate"), List.copyOf(d.parameters().keySet()));
        assertEquals("cdg00.cotisation", d.parameter("fee").name());
        assertEquals(3, d.parameter("fee").scales().versions().get(0).value().strata().size());
        assertEquals(java.util.Set.of(Capability.ANNUAL_FEE, Capability.DEADLINES), d.capabilities());
        assertEquals(List.of("parameters.fee", "rules.annualFee", "test 'small commune 2026'",
                "test 'boundary 1 000 inhabitants'"), d.citedBy().get(Citation.parse("900 art. 2")));
        assertEquals(List.of(), d.citedBy().get(Citation.parse("900 préambule")));
    }

    /** {@code terms.start}: a convention that takes effect on one day for every party (cucm art. 9). */
    @Test
    void readsAFixedConventionStartAndRefusesOneThatIsNotADate() {
        assertEquals(java.util.Optional.empty(), Illustrative.descriptor().conventionStart());
        Descriptor d = DescriptorLoader.read("cdg00.yaml", Illustrative.yaml().replace("  duration: P3Y\n",
                "  duration: P3Y\n  start: 2022-07-01\n"));
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2022, 7, 1)), d.conventionStart());
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class, () -> DescriptorLoader.read(
                "cdg00.yaml", Illustrative.yaml().replace("  duration: P3Y\n", "  duration: P3Y\n  start: 1er juillet\n")));
        assertEquals(List.of("cdg00.yaml: terms.start: '1er juillet' is not a date (YYYY-MM-DD)"),
                e.errors().stream().map(DescriptorError::toString).toList());
    }

    /** The "done when": three independent errors, all reported, each with its path. */
    @Test
    void refusesThreeIndependentErrorsAtOnceEachWithItsPath() {
        String yaml = Illustrative.yaml()
                .replace("{ from: 1000, to: 4999,", "{ from: 1001, to: 4999,")
                .replace("articles: [\"900 art. 1\"]", "articles: [\"900 art. 1\", \"900 art. 9\"]")
                + "readings:\n  - id: boundary\n    about: [\"900 art. 2\"]\n    quote: \"moins de 1 000 habitants\"\n"
                + "    options:\n      - { id: A, meaning: a }\n      - { id: B, meaning: b }\n";
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.read("cdg00.yaml", yaml));
        List<String> errors = e.errors().stream().map(DescriptorError::toString).toList();
        assertEquals(List.of(
                "cdg00.yaml: parameters.fee.versions[0].strata[1]: gap between 999 and 1001",
                "cdg00.yaml: readings[0]: reading 'boundary' has no default",
                "cdg00.yaml: tests[2].articles[1]: cites 900 art. 9, which is not a declared article"), errors);
        assertTrue(e.getMessage().contains("3 errors"), e.getMessage());
        assertTrue(e instanceof InvalidInputException, "the command line maps it to exit 2");
    }

    @Test
    void refusesUnknownKeysOverlapsOrderAndUncitedArticles() {
        String yaml = Illustrative.yaml()
                .replace("  duration: P3Y\n", "  duration: P3Y\n  durée: P3Y\n")
                .replace("{ from: 5000,", "{ from: 4000,")
                .replace("      - article: art. 5\n", "      - article: art. 6\n        heading: Orphelin\n      - article: art. 5\n")
                .replace("        amount: \"40.00\"\n", "        amount: \"40.00\"\n"
                        + "      - effective: 2025-01-01\n        decision: \"earlier act\"\n        article: \"900 art. 3\"\n"
                        + "        amount: \"38.00\"\n");
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.read("cdg00.yaml", yaml));
        List<String> errors = e.errors().stream().map(DescriptorError::toString).toList();
        assertEquals(List.of(
                "cdg00.yaml: terms.durée: unknown key 'durée' (expected one of [article, duration, indemnity, renewal, start, terminations])",
                "cdg00.yaml: parameters.fee.versions[0].strata[2]: overlap: starts at 4000, the stratum before ends at 4999",
                "cdg00.yaml: parameters.hourlyRate.versions[1].effective: versions out of order: 2025-01-01 comes after 2026-01-01",
                "cdg00.yaml: sources[0].articles[5]: article 900 art. 6 is cited by no rule, hook or test case and is not marked 'prose: true'"),
                errors);
    }

    @Test
    void refusesAReadingWhoseDefaultIsNotAnOptionAndACeilingOutsideTheLastStratum() {
        String yaml = Illustrative.yaml()
                + "readings:\n  - id: top\n    about: [\"900 art. 2\"]\n    quote: \"5 000 habitants et plus\"\n"
                + "    default: C\n    options:\n      - { id: A, meaning: a, sets: { nothing: 3 } }\n      - { id: B, meaning: b }\n";
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.read("cdg00.yaml", yaml));
        List<String> errors = e.errors().stream().map(DescriptorError::toString).toList();
        assertEquals(List.of(
                "cdg00.yaml: readings[0].options[0].sets.nothing: sets 'nothing', which is not a declared parameter",
                "cdg00.yaml: readings[0].default: the default 'C' is not one of the options [A, B]"), errors);
    }

    @Test
    void aCapabilityWithoutHookOrGenericRuleIsRefused() {
        String yaml = Illustrative.yaml().replace("capabilities: [annual-fee, deadlines]",
                "capabilities: [annual-fee, deadlines, mission-billing, teleportation]");
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.read("cdg00.yaml", yaml));
        assertEquals(2, e.errors().size(), e.getMessage());
        assertEquals("capabilities[2]", e.errors().get(0).path());
        assertEquals("capabilities[3]", e.errors().get(1).path());
    }

    @Test
    void malformedYamlIsOneErrorNamingTheFile() {
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.read("broken.yaml", "id: [unclosed\n"));
        assertEquals("broken.yaml", e.errors().get(0).file());
        assertTrue(e.errors().get(0).message().startsWith("not valid YAML"), e.getMessage());
    }

    @Test
    void directoryErrorsOfEveryFileAreCollected(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("a.yaml"), Illustrative.yaml().replace("id: cdg00", "id: CDG 00"));
        java.nio.file.Files.writeString(dir.resolve("b.yml"), Illustrative.yaml().replace("P3M", "three months"));
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a descriptor");
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.loadDirectory(dir));
        assertTrue(e.errors().stream().anyMatch(x -> x.file().equals("a.yaml") && x.path().equals("id")), e.getMessage());
        assertTrue(e.errors().stream().anyMatch(x -> x.file().equals("b.yml") && x.path().equals("terms.renewal.notice")),
                e.getMessage());
        assertFalse(e.errors().stream().anyMatch(x -> x.file().equals("notes.txt")));
    }
}
