package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code batch}, over fake modules and the bundled communes. */
class BatchCommandTest {
    private final CliRunner cli = CliRunner.fakes();

    @Test
    void csvOfAnEpciFollowsTheContract() {
        List<String> lines = assertOk(cli.run("batch", "fakecu", "--epci", "247100290", "--format", "csv")).lines().toList();
        assertEquals("code,name,population,eligible,stratum,annualFee,prepaidHours", lines.get(0));
        assertEquals(35, lines.size());
        assertEquals("71038,Les Bizots,471,true,De 1 à 999 habitants,210.00,20/3", lines.get(1));
        // RFC 4180: a field with a comma or a quote is quoted, inner quotes doubled
        assertEquals("71040,Blanzy,5955,true,\"Au-delà de 2 500 habitants, \"\"fake\"\"\",630.00,20", lines.get(2));
        assertSorted(lines.subList(1, lines.size()));
    }

    @Test
    void csvLeavesTheFeeEmptyWhenNotEligible() {
        List<String> lines = assertOk(cli.run("batch", "fake79", "--department", "79", "--format", "csv")).lines().toList();
        assertTrue(lines.contains("79003,Aiffres,5419,false,,,"), lines::toString);
        assertTrue(lines.contains("79094,Clessé,923,true,Communes de 500 à 999 habitants,150.00,"), lines::toString);
        assertSorted(lines.subList(1, lines.size()));
    }

    @Test
    void allCoversEveryCommuneOfFranceSortedWithTheSixWithoutPopulation() {
        List<String> lines = assertOk(cli.run("batch", "fake79", "--all", "--format", "csv", "--year", "2026")).lines().toList();
        assertEquals(34_969 + 1, lines.size());
        assertSorted(lines.subList(1, lines.size()));
        assertTrue(lines.contains("98411,Îles Saint-Paul et Nouvelle-Amsterdam,,false,,,"), "no population: empty field");
        assertEquals(1, lines.stream().filter(l -> l.startsWith("79094,")).count());
    }

    @Test
    void jsonIsAnArrayOfQuoteObjects() {
        JsonNode j = json(cli.run("batch", "fakecu", "--epci", "247100290", "--format", "json"));
        assertTrue(j.isArray());
        assertEquals(34, j.size());
        JsonNode first = j.get(0);
        assertEquals("fakecu", first.get("module").asString());
        assertEquals("71038", first.get("commune").get("code").asString());
        assertEquals("210.00", first.get("annualFee").asString());
        assertEquals("20/3", first.get("prepaidHours").asString());
        assertEquals(2026, first.get("year").asInt());
    }

    @Test
    void textEndsWithASummary() {
        String out = assertOk(cli.run("batch", "fakecu", "--epci", "247100290"));
        assertTrue(out.lines().findFirst().orElseThrow().startsWith("code   name"), out);
        assertTrue(out.strip().endsWith("34 communes, 34 eligible — fakecu, 2026"), out);
        String d79 = assertOk(cli.run("batch", "fake79", "--department", "79"));
        assertTrue(d79.contains("population outside the scale"), "reason of a not-eligible row");
    }

    @Test
    void outsideTheTerritoryEveryRowIsNotEligible() {
        List<String> lines = assertOk(cli.run("batch", "fake79", "--department", "2A", "--format", "csv")).lines().toList();
        assertTrue(lines.size() > 100);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",false,,,")), lines::toString);
    }

    @Test
    void badInputGivesTheDocumentedCodeAndOneLine() {
        assertFails(cli.run("batch", "fake79"), 2, "--department", "--epci", "--all");
        assertFails(cli.run("batch", "fake79", "--all", "--department", "79"), 2, "mutually exclusive");
        assertFails(cli.run("batch", "fake79", "--department", "7"), 2, "invalid --department '7'");
        assertFails(cli.run("batch", "fake79", "--department", "00"), 3, "unknown département '00'");
        assertFails(cli.run("batch", "fake79", "--epci", "24710029"), 2, "9 digits");
        assertFails(cli.run("batch", "fake79", "--epci", "123456789"), 3, "unknown EPCI '123456789'");
        assertFails(cli.run("batch", "fake79", "--department", "79", "--year", "2020"), 3, "nothing in force");
        assertFails(cli.run("batch", "fake79", "--department", "79", "--format", "ics"), 2, "--format");
        assertFails(cli.run("batch", "fakenofee", "--all"), 3, "sets no annual fee");
        assertFails(cli.run("batch", "nosuch", "--all"), 2, "unknown rule module");
    }

    private static void assertSorted(List<String> rows) {
        for (int i = 1; i < rows.size(); i++) {
            String a = rows.get(i - 1).substring(0, 5);
            String b = rows.get(i).substring(0, 5);
            assertTrue(a.compareTo(b) < 0, a + " before " + b);
        }
        assertFalse(rows.isEmpty());
    }
}
