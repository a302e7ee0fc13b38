package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.module.RuleModules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A body defined only by a descriptor in a {@code --rules} directory (the illustrative, fictitious
 * CDG00 over département 86), parameters supplied with {@code --parameters}, {@code articles}, and a
 * descriptor refused with all its errors.
 */
class DescriptorCommandsTest {
    private final CliRunner cli = new CliRunner(RuleModules::load);

    @TempDir
    Path dir;

    Path rules;

    @BeforeEach
    void writeTheDescriptor() throws IOException {
        rules = Files.createDirectory(dir.resolve("rules"));
        try (InputStream in = getClass().getResourceAsStream("illustrative-cdg00.yaml")) {
            Files.writeString(rules.resolve("cdg00.yaml"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aBodyDefinedOnlyByADescriptorAnswersEveryCommand() throws IOException {
        String modules = assertOk(cli.run("modules", "--rules", rules.toString()));
        assertTrue(modules.contains("cdg00  Centre de gestion illustratif (CDG00)"), modules);
        assertTrue(modules.contains("capabilities annual-fee, deadlines"), modules);
        assertTrue(modules.contains("    commands    quote, batch, deadlines, fees, articles, test\n"), modules);

        String quote = assertOk(cli.run("quote", "cdg00", "--rules", rules.toString(), "--commune", "86001", "--explain"));
        assertTrue(quote.contains("annual fee     120.00 €"), quote);
        assertTrue(quote.contains("900 art. 2"), quote);
        assertTrue(quote.contains("délibération illustrative du conseil d'administration du 1er décembre 2025"), quote);

        String batch = assertOk(cli.run("batch", "cdg00", "--rules", rules.toString(), "--department", "86",
                "--format", "csv"));
        assertTrue(batch.lines().count() > 250, "every commune of the Vienne");
        assertTrue(batch.contains("86001,Adriers"), batch.lines().limit(3).toList()::toString);

        String deadlines = assertOk(cli.run("deadlines", "cdg00", "--rules", rules.toString(), "--start", "2026-01-01"));
        assertTrue(deadlines.contains("2028-12-31"), deadlines);
        assertTrue(deadlines.contains("2028-10-01"), deadlines);

        String tests = assertOk(cli.run("test", "cdg00", "--rules", rules.toString()));
        assertTrue(tests.endsWith("4 test cases, 0 failed\n"), tests);

        String articles = assertOk(cli.run("articles", "cdg00", "--rules", rules.toString()));
        assertTrue(articles.contains("900 art. 2 — Cotisation annuelle\n    parameters.fee\n    rules.annualFee\n"), articles);
        assertTrue(articles.endsWith("cited by nothing: 900 préambule\n"), articles);
    }

    @Test
    void aDescriptorWithThreeErrorsIsRefusedWithAllThreeAndExit2() throws IOException {
        String yaml = Files.readString(rules.resolve("cdg00.yaml"))
                .replace("{ from: 1000, to: 4999,", "{ from: 1001, to: 4999,")
                .replace("articles: [\"900 art. 1\"]", "articles: [\"900 art. 1\", \"900 art. 9\"]")
                + "readings:\n  - id: boundary\n    about: [\"900 art. 2\"]\n    quote: \"moins de 1 000 habitants\"\n"
                + "    options:\n      - { id: A, meaning: a }\n      - { id: B, meaning: b }\n";
        Files.writeString(rules.resolve("cdg00.yaml"), yaml);
        CliRunner.Result r = cli.run("quote", "cdg00", "--rules", rules.toString(), "--commune", "86001");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals(List.of(
                "cdg-rules quote: cdg00.yaml: parameters.fee.versions[0].strata[1]: gap between 999 and 1001",
                "cdg-rules quote: cdg00.yaml: readings[0]: reading 'boundary' has no default",
                "cdg-rules quote: cdg00.yaml: tests[2].articles[1]: cites 900 art. 9, which is not a declared article"),
                r.err().lines().toList());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void aCdg79Tariff2027SuppliedWithParametersChangesTheQuoteAndNamesTheDeliberation() throws IOException {
        Path f = dir.resolve("tarif-2027.yaml");
        Files.writeString(f, """
                module: cdg79
                parameters:
                  packFee:
                    versions:
                      - effective: 2027-01-01
                        decision: "délibération du conseil d'administration du CDG79 du 8 décembre 2026 (tarifs 2027)"
                        article: "000 art. 3.1"
                        strata:
                          - { from: 0,    to: 499,  wording: "Communes de moins de 500 habitants",   fee: "105.00" }
                          - { from: 500,  to: 999,  wording: "Communes de 500 à 999 habitants",     fee: "160.00" }
                          - { from: 1000, to: 2000, wording: "Communes de 1 000 à 2 000 habitants", fee: "210.00" }
                          - { from: 2001, to: 3500, wording: "Communes de 2 001 à 3 500 habitants", fee: "315.00" }
                """);
        String text = assertOk(cli.run("quote", "cdg79", "--commune", "79094", "--year", "2027", "--parameters", f.toString()));
        assertTrue(text.contains("annual fee     160.00 €"), text);
        assertTrue(text.contains("8 décembre 2026 (tarifs 2027)"), text);
        assertTrue(text.contains("supplied at run time (--parameters), not bundled"), text);
        JsonNode j = json(cli.run("quote", "cdg79", "--commune", "79094", "--year", "2027", "--parameters", f.toString(),
                "--format", "json"));
        assertEquals("160.00", j.get("annualFee").asString());
        assertEquals("SUPPLIED", j.get("tariff").get("origin").asString());
        assertTrue(j.get("tariff").get("source").asString().contains("8 décembre 2026"), j::toString);
        JsonNode bundled = json(cli.run("quote", "cdg79", "--commune", "79094", "--year", "2026", "--parameters",
                f.toString(), "--format", "json"));
        assertEquals("BUNDLED", bundled.get("tariff").get("origin").asString());
        String batch = assertOk(cli.run("batch", "cdg79", "--department", "79", "--year", "2027", "--parameters",
                f.toString(), "--format", "csv"));
        assertTrue(batch.contains("79094,Clessé"), batch.lines().limit(3).toList()::toString);
        assertTrue(batch.lines().filter(l -> l.startsWith("79094,")).findFirst().orElseThrow().contains("160.00"), batch);
    }

    @Test
    void aRevisedCucmUnitCostSuppliedWithParametersChangesThePrepaidHours() throws IOException {
        Path f = dir.resolve("cout-2023.yaml");
        Files.writeString(f, """
                module: cucm
                parameters:
                  hourlyUnitCost:
                    versions:
                      - effective: 2023-01-01
                        decision: "Décision du président de la CUCM du 15 décembre 2022 (coût horaire 2023)"
                        article: "003 art. 5"
                        amount: "31.50"
                """);
        String before = assertOk(cli.run("quote", "cucm", "--commune", "71038", "--year", "2023"));
        assertTrue(before.contains("prepaid hours  7 h"), before);
        String after = assertOk(cli.run("quote", "cucm", "--commune", "71038", "--year", "2023", "--parameters",
                f.toString(), "--explain"));
        assertTrue(after.contains("prepaid hours  20/3 h"), after);
        assertTrue(after.contains("Décision du président de la CUCM du 15 décembre 2022"), after);
        assertTrue(after.contains("supplied at run time, not bundled"), after);
    }

    @Test
    void aFragmentForAnUnknownParameterExits2WithItsPath() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "parameters:\n  packFees:\n    versions: []\n");
        CliRunner.Result r = cli.run("quote", "cdg79", "--commune", "79094", "--parameters", f.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("bad.yaml: parameters.packFees: module cdg79 has no parameter 'packFees'"), r::toString);
    }

    @Test
    void articlesOfABundledModule() {
        String out = assertOk(cli.run("articles", "cdg79"));
        assertTrue(out.contains("000 art. 3.1 — Adhésion annuelle\n"), out);
        assertTrue(out.contains("    parameters.packFee\n"), out);
        assertTrue(out.contains("    test 'Clessé 2026, the 2025 tariff carried forward'\n"), out);
        assertTrue(out.endsWith("cited by nothing: 000 art. 5\n"), out);
    }
}
