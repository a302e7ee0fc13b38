package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.cli.data.CommuneDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code quote}, over fake modules (core SPI only) and the bundled communes, with a fixed clock (2026). */
class QuoteCommandTest {
    private final CliRunner cli = CliRunner.fakes();

    @Test
    void clesseTextShowsStratumFeeTariffAndArticle() {
        String out = assertOk(cli.run("quote", "fake79", "--commune", "79094"));
        assertTrue(out.startsWith("Clessé (79094), département 79, EPCI 200040244, 923 inhabitants"), out);
        assertTrue(out.contains("Annual fee for 2026 under fake79"), out);
        assertTrue(out.contains("eligible       yes"), out);
        assertTrue(out.contains("stratum        Communes de 500 à 999 habitants"), out);
        assertTrue(out.contains("annual fee     150.00 €"), out);
        assertTrue(out.contains("in force since 2025-01-01"), out);
        assertTrue(out.contains("carried forward"), out);
        assertTrue(out.contains("000 art. 3.1"), out);
        assertFalse(out.contains("prepaid"), out);
    }

    @Test
    void jsonFollowsTheContract() {
        JsonNode j = json(cli.run("quote", "fake79", "--commune", "79094", "--format", "json"));
        assertEquals("fake79", j.get("module").asString());
        assertEquals(2026, j.get("year").asInt());
        assertEquals("79094", j.get("commune").get("code").asString());
        assertEquals("Clessé", j.get("commune").get("name").asString());
        assertEquals(923, j.get("commune").get("population").asLong());
        assertTrue(j.get("eligible").asBoolean());
        assertFalse(j.has("reason"));
        assertEquals("Communes de 500 à 999 habitants", j.get("stratum").asString());
        assertTrue(j.get("annualFee").isString());
        assertEquals("150.00", j.get("annualFee").asString());
        assertTrue(j.get("prepaidHours").isNull());
        assertEquals("2025-01-01", j.get("tariff").get("effectiveFrom").asString());
        assertEquals("délibération du conseil d'administration (fake)", j.get("tariff").get("source").asString());
        assertTrue(j.get("tariff").get("carriedForward").asBoolean());
        List<String> citations = new ArrayList<>();
        j.get("citations").forEach(c -> citations.add(c.asString()));
        assertTrue(citations.contains("000 art. 3.1"), citations::toString);
        assertFalse(j.has("explanation"));
    }

    @Test
    void explainAddsTheTrace() {
        String text = assertOk(cli.run("quote", "fake79", "--commune", "79094", "--explain"));
        assertTrue(text.contains("annual fee of Clessé (79094) for 2026 (fake79)"), text);
        assertTrue(text.contains("1. territory served [000 art. 1]"), text);
        assertTrue(text.contains("input population = 923 inhabitants"), text);
        JsonNode j = json(cli.run("quote", "fake79", "--commune", "79094", "--format", "JSON", "--explain"));
        assertEquals(2, j.get("explanation").get("steps").size());
    }

    @Test
    void theYearDefaultsToTheClocksAndCanBeGiven() {
        Clock in2027 = Clock.fixed(Instant.parse("2027-01-01T00:30:00+01:00"), CliContext.paris());
        CliContext ctx = CliContext.of(in2027, FakeModules::all, CommuneDirectory::bundled);
        StringWriter out = new StringWriter();
        assertEquals(0, CdgRulesCli.run(ctx, new PrintWriter(out), new PrintWriter(new StringWriter()),
                "quote", "fake79", "--commune", "79094", "--format", "json"));
        assertTrue(out.toString().contains("\"year\" : 2027"), out::toString);
        JsonNode j = json(cli.run("quote", "fake79", "--commune", "79094", "--year", "2025", "--format", "json"));
        assertEquals(2025, j.get("year").asInt());
        assertFalse(j.get("tariff").get("carriedForward").asBoolean());
    }

    @Test
    void aGivenPopulationReplacesInsees() {
        JsonNode j = json(cli.run("quote", "fake79", "--commune", "79094", "--population", "1000", "--format", "json"));
        assertEquals(1000, j.get("commune").get("population").asLong());
        assertEquals("200.00", j.get("annualFee").asString());
        JsonNode out = json(cli.run("quote", "fake79", "--commune", "79094", "--population", "3500", "--format", "json"));
        assertFalse(out.get("eligible").asBoolean());
        assertTrue(out.get("reason").asString().contains("population outside the scale"), out::toString);
        assertTrue(out.get("annualFee").isNull());
        assertEquals("2025-01-01", out.get("tariff").get("effectiveFrom").asString());
        assertFails(cli.run("quote", "fake79", "--commune", "79094", "--population", "-1"), 2, "--population");
        assertFails(cli.run("quote", "fake79", "--commune", "79094", "--population", "many"), 2, "--population");
    }

    @Test
    void aCommuneOutsideTheTerritoryIsNotEligibleWithThatReason() {
        String out = assertOk(cli.run("quote", "fake79", "--commune", "75056"));
        assertTrue(out.contains("eligible       no — Paris (75056) is outside the territory served: the Deux-Sèvres (79)"), out);
        JsonNode j = json(cli.run("quote", "fake79", "--commune", "75056", "--format", "json"));
        assertFalse(j.get("eligible").asBoolean());
        assertTrue(j.get("reason").asString().contains("outside the territory"));
        assertTrue(j.get("stratum").isNull());
        assertTrue(j.get("annualFee").isNull());
        assertTrue(j.get("tariff").isNull());
    }

    @Test
    void aCommuneWithoutPopulationIsNotEligibleSayingWhy() {
        // outside the territory: the territory reason, as for any commune
        JsonNode outside = json(cli.run("quote", "fake79", "--commune", "98411", "--format", "json"));
        assertFalse(outside.get("eligible").asBoolean());
        assertTrue(outside.get("commune").get("population").isNull());
        assertTrue(outside.get("reason").asString().contains("outside the territory"));
        // inside the territory: no population to price
        JsonNode inside = json(cli.run("quote", "faketaaf", "--commune", "98411", "--format", "json"));
        assertFalse(inside.get("eligible").asBoolean());
        assertTrue(inside.get("reason").asString().contains("no legal population"), inside::toString);
        assertTrue(inside.get("reason").asString().contains("field population"), inside::toString);
        String text = assertOk(cli.run("quote", "faketaaf", "--commune", "98411"));
        assertTrue(text.contains("no population in the INSEE 2026 data"), text);
        // a population can be given
        JsonNode given = json(cli.run("quote", "faketaaf", "--commune", "98411", "--population", "30", "--format", "json"));
        assertEquals("100.00", given.get("annualFee").asString());
        assertEquals("given (--population)", given.get("commune").get("populationSource").asString());
    }

    @Test
    void prepaidHoursAreShownExactly() {
        JsonNode j = json(cli.run("quote", "fakecu", "--commune", "71038", "--format", "json"));
        assertEquals("210.00", j.get("annualFee").asString());
        assertEquals("20/3", j.get("prepaidHours").asString());
        String text = assertOk(cli.run("quote", "fakecu", "--commune", "71038"));
        assertTrue(text.contains("prepaid hours  20/3 h"), text);
    }

    @Test
    void corsicanCodesAreAccepted() {
        JsonNode j = json(cli.run("quote", "fake79", "--commune", "2a004", "--format", "json"));
        assertEquals("2A004", j.get("commune").get("code").asString());
        assertFalse(j.get("eligible").asBoolean());
    }

    @Test
    void badInputGivesTheDocumentedCodeAndOneLine() {
        assertFails(cli.run("quote", "fake79", "--commune", "99999"), 3, "unknown commune '99999'");
        assertFails(cli.run("quote", "fake79", "--commune", "7909"), 2, "INSEE commune code");
        assertFails(cli.run("quote", "fake79", "--commune", "79094", "--year", "2024"), 3,
                "nothing in force", "2024-01-01", "2025-01-01");
        assertFails(cli.run("quote", "fake79", "--commune", "79094", "--year", "20x4"), 2, "--year", "YYYY");
        assertFails(cli.run("quote", "nosuch", "--commune", "79094"), 2, "unknown rule module 'nosuch'", "fake79");
        assertFails(cli.run("quote", "fake79", "--commune", "79094", "--bogus"), 2, "unknown option '--bogus'");
        assertFails(cli.run("quote", "fake79", "--commune", "79094", "--format", "xml"), 2, "--format");
        assertFails(cli.run("quote", "fake79"), 2, "--commune");
        assertFails(cli.run("quote", "--commune", "79094"), 2, "MODULE");
        assertFails(cli.run("quote", "fake79", "extra", "--commune", "79094"), 2, "extra");
        assertFails(cli.run("quote", "fakenofee", "--commune", "79094"), 3, "sets no annual fee", "fake79, fakecu, faketaaf");
    }

    @Test
    void anUnexpectedExceptionIsABugExitOneWithoutStackTrace() {
        CliRunner buggy = new CliRunner(FakeModules::buggy);
        assertFails(buggy.run("quote", "buggy", "--commune", "79094"), 1, "internal error", "boom second line");
    }

    @Test
    void help() {
        String out = assertOk(cli.run("quote", "--help"));
        assertTrue(out.startsWith("Usage: cdg-rules quote"), out);
        assertTrue(out.contains("--format=FORMAT       Output format: text, json (default: text)."), out);
        assertTrue(out.contains("--parameters=FILE") && out.contains("--rules=DIR"), out);
    }

    @Test
    void loadingModulesFailsCleanly() {
        CliRunner broken = new CliRunner(() -> RuleModules.of(List.of(new FakeModules.Fake79(), new FakeModules.Fake79())));
        assertFails(broken.run("quote", "fake79", "--commune", "79094"), 2, "two rule modules have the id 'fake79'");
    }
}
