package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.VersionOrigin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter versions supplied at run time (a tariff decided after the release), checked against the
 * descriptor with messages naming the file, the path and what the descriptor declares; and the
 * ways a descriptor is read (file, directory, stream, resource).
 */
class DescriptorFragmentAndFilesTest {
    private static final String RATE_2027 = "module: cdg00\nparameters:\n  hourlyRate:\n    versions:\n"
            + "      - { effective: 2027-01-01, decision: \"délibération du 7 décembre 2026\", article: \"900 art. 3\","
            + " amount: \"42.00\" }\n";

    private static List<String> errors(String fragment) {
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> Illustrative.descriptor().withParameters(DescriptorLoader.readFragment("tarif.yaml", fragment)));
        return e.errors().stream().map(DescriptorError::toString).toList();
    }

    @Test
    void aSuppliedVersionIsAddedInDateOrderAndMarkedSupplied() {
        Descriptor d = Illustrative.descriptor().withParameters(DescriptorLoader.readFragment("tarif.yaml", RATE_2027));
        DescribedParameter rate = d.parameter("hourlyRate");
        assertEquals("cdg00.hourly-rate (amount) [2026-01-01: 40.00 — délibération illustrative du conseil"
                + " d'administration du 1er décembre 2025 (900 art. 3), 2027-01-01: 42.00 — délibération du 7 décembre"
                + " 2026 (900 art. 3) [supplied]]", rate.toString());
        assertEquals(Money.parse("42.00"), rate.amounts().at(LocalDate.of(2027, 1, 1)).value());
        assertEquals(Money.parse("40.00"), rate.amounts().at(LocalDate.of(2026, 12, 31)).value());
        assertEquals(VersionOrigin.SUPPLIED, rate.versions().get(1).origin());
        assertEquals(VersionOrigin.BUNDLED, rate.versions().get(0).origin());
        // the fee is untouched, the rest of the descriptor too
        assertEquals(Illustrative.descriptor().parameter("fee").toString(), d.parameter("fee").toString());
        assertEquals(Illustrative.descriptor().citedBy(), d.citedBy());
    }

    @Test
    void aSuppliedVersionOfTheSameDayReplacesTheBundledOne() {
        Descriptor d = Illustrative.descriptor().withParameters(DescriptorLoader.readFragment("tarif.yaml",
                RATE_2027.replace("2027-01-01", "2026-01-01")));
        assertEquals("cdg00.hourly-rate (amount) [2026-01-01: 42.00 — délibération du 7 décembre 2026 (900 art. 3)"
                + " [supplied]]", d.parameter("hourlyRate").toString());
    }

    @Test
    void aFragmentMayOmitTheModuleAndRepeatTheKindAndName() {
        String same = RATE_2027.replace("module: cdg00\n", "")
                .replace("    versions:\n", "    kind: amount\n    name: cdg00.hourly-rate\n    versions:\n");
        ParameterFragment f = DescriptorLoader.readFragment("tarif.yaml", same);
        assertEquals(Optional.empty(), f.module());
        assertEquals("parameter fragment tarif.yaml", f.toString());
        assertEquals(2, Illustrative.descriptor().withParameters(f).parameter("hourlyRate").versions().size());
        assertEquals(Optional.of("cdg00"), DescriptorLoader.readFragment("tarif.yaml", RATE_2027).module());
    }

    @Test
    void aFragmentContradictingTheDescriptorIsRefused() {
        assertEquals(List.of("tarif.yaml: parameters.hourlyRate.kind: parameter 'hourlyRate' is a amount, not a number"),
                errors(RATE_2027.replace("    versions:\n", "    kind: number\n    versions:\n")));
        assertEquals(List.of("tarif.yaml: parameters.hourlyRate.kind: a parameter kind is scale, amount, number,"
                + " population or date, got 'euros'"), errors(RATE_2027.replace("    versions:\n", "    kind: euros\n    versions:\n")));
        assertEquals(List.of("tarif.yaml: parameters.hourlyRate.name: parameter 'hourlyRate' is named cdg00.hourly-rate,"
                + " not cdg00.taux"), errors(RATE_2027.replace("    versions:\n", "    name: cdg00.taux\n    versions:\n")));
        assertEquals(List.of("tarif.yaml: parameters.hourlyRate.versions[0].article: cites 900 art. 9, which is not a"
                + " declared article"), errors(RATE_2027.replace("900 art. 3", "900 art. 9")));
        assertEquals(List.of("tarif.yaml: parameters.hourlyRate.versions[0].amount: an amount cannot be negative, got -1"),
                errors(RATE_2027.replace("\"42.00\"", "\"-1\"")));
    }

    @Test
    void aFileThatIsNotAFragmentIsRefusedAtReading() {
        assertEquals("[t.yaml: missing 'parameters']", fragmentErrors("module: cdg00\n"));
        assertEquals("[t.yaml: parameters: expected a mapping of parameter keys]", fragmentErrors("parameters: [1]\n"));
        assertEquals("[t.yaml: other: unknown key 'other' (expected one of [module, parameters]), t.yaml: parameters:"
                + " expected a mapping of parameter keys]", fragmentErrors("module: cdg00\nparameters: 3\nother: 1\n"));
        assertEquals("[t.yaml: expected a mapping with keys [module, parameters]]", fragmentErrors("- 1\n"));
        assertEquals("[t.yaml: the file is empty]", fragmentErrors(""));
    }

    private static String fragmentErrors(String yaml) {
        return assertThrows(InvalidDescriptorException.class, () -> DescriptorLoader.readFragment("t.yaml", yaml))
                .errors().toString();
    }

    @Test
    void filesStreamsAndDirectoriesGiveTheSameDescriptor(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cdg00.yaml");
        Files.writeString(file, Illustrative.yaml());
        Files.writeString(dir.resolve("CDG01.YML"), Illustrative.yaml().replace("id: cdg00", "id: cdg01"));
        Files.writeString(dir.resolve("tarif.txt"), RATE_2027);
        Descriptor fromFile = DescriptorLoader.load(file);
        assertEquals("cdg00.yaml", fromFile.file());
        assertEquals("descriptor cdg00 (x.yaml)", DescriptorLoader.read("x.yaml",
                new ByteArrayInputStream(Illustrative.yaml().getBytes(StandardCharsets.UTF_8))).toString());
        assertEquals("descriptor cdg00 (" + Illustrative.FILE + ")",
                DescriptorLoader.resource(Illustrative.class, "/fr/cdgrules/core/descriptor/" + Illustrative.FILE).toString());
        assertEquals(List.of("cdg01", "cdg00"), DescriptorLoader.loadDirectory(dir).stream().map(Descriptor::id).toList());
        Path fragment = dir.resolve("tarif.txt");
        assertEquals("parameter fragment tarif.txt", DescriptorLoader.readFragment(fragment).toString());
    }

    @Test
    void whatCannotBeReadIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("absent.yaml");
        InvalidInputException noFile = assertThrows(InvalidInputException.class, () -> DescriptorLoader.load(missing));
        assertEquals(Optional.of("file"), noFile.field());
        assertTrue(noFile.getMessage().startsWith("invalid file: cannot read " + missing), noFile.getMessage());
        InvalidInputException notDir = assertThrows(InvalidInputException.class,
                () -> DescriptorLoader.loadDirectory(missing));
        assertEquals("invalid rules: " + missing + " is not a directory", notDir.getMessage());
        assertEquals("missing resource /nothing.yaml", assertThrows(IllegalStateException.class,
                () -> DescriptorLoader.resource(Illustrative.class, "/nothing.yaml")).getMessage());
    }

    @Test
    void theDescriptorAnswersByKeyIdAndCitation() {
        Descriptor d = Illustrative.descriptor();
        assertEquals("Tarif horaire", d.article(Citation.parse("900 art. 3")).orElseThrow().heading().orElseThrow());
        assertEquals(Optional.empty(), d.article(Citation.parse("900 art. 9")));
        assertEquals(Optional.empty(), d.reading("upTo"));
        assertEquals("cdg00.yaml declares no parameter 'tarif'", assertThrows(IllegalArgumentException.class,
                () -> d.parameter("tarif")).getMessage());
        assertEquals("900", d.sources().get(0).id());
        assertEquals(Optional.empty(), d.annualFee().orElseThrow().ceiling());
        assertEquals("fee", d.annualFee().orElseThrow().scale());
        assertEquals(Citation.parse("900 art. 2"), d.annualFee().orElseThrow().article());
        assertEquals(java.util.Map.of(), d.hooks());
        assertEquals(4, d.tests().size());
    }
}
