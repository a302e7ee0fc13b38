package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.module.RuleModules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every command over the real rule modules found by ServiceLoader (fixed clock: 2026-05-15). The
 * sample files are {@code examples/samples/} (the working directory of the tests is this module).
 */
class RealModulesTest {
    private static final Path SAMPLES = Path.of("../examples/samples");

    private final CliRunner cli = new CliRunner(RuleModules::load);

    @Test
    void theFourModulesAreFound() {
        String out = assertOk(cli.run("modules"));
        for (String id : List.of("cdg44", "cdg62", "cdg79", "cucm")) {
            assertTrue(out.contains("\n" + id + "  ") || out.startsWith(id + "  "), id);
        }
        assertTrue(out.contains("source 000  000_2b251d75239922ee.txt"), out);
        assertTrue(out.contains("    commands    quote, batch, deadlines, fees, simulate, bill, access, articles, test\n"), out);
        assertTrue(out.contains("    commands    quote, batch, deadlines, fees, simulate, bill, statement, articles, test\n"), out);
    }

    @Test
    void clesseForTheCurrentYear() {
        String out = assertOk(cli.run("quote", "cdg79", "--commune", "79094"));
        assertTrue(out.contains("Annual fee for 2026 under cdg79"), out);
        assertTrue(out.contains("stratum        Communes de 500 à 999 habitants"), out);
        assertTrue(out.contains("annual fee     150.00 €"), out);
        assertTrue(out.contains("in force since 2025-01-01"), out);
        assertTrue(out.contains("000 art. 3.1"), out);
        JsonNode j = json(cli.run("quote", "cdg79", "--commune", "79094", "--format", "json"));
        assertEquals("150.00", j.get("annualFee").asString());
        assertEquals("2025-01-01", j.get("tariff").get("effectiveFrom").asString());
        assertTrue(j.get("tariff").get("source").asString().contains("9 décembre 2024"), j::toString);
        List<String> citations = new ArrayList<>();
        j.get("citations").forEach(c -> citations.add(c.asString()));
        assertTrue(citations.contains("000 art. 3.1"), citations::toString);
    }

    @Test
    void quotesOfTheOtherModules() {
        JsonNode bizots = json(cli.run("quote", "cucm", "--commune", "71038", "--year", "2023", "--format", "json"));
        assertEquals("210.00", bizots.get("annualFee").asString());
        assertEquals("7", bizots.get("prepaidHours").asString());
        assertFails(cli.run("quote", "cucm", "--commune", "71038", "--year", "2021"), 3, "nothing in force");
        // the framework convention ended on 30 June 2024 (003 art. 9): no convention in force in 2026
        assertFails(cli.run("quote", "cucm", "--commune", "71038", "--year", "2026"), 3, "no convention in force");
        assertFails(cli.run("quote", "cdg62", "--commune", "62907"), 3, "sets no annual fee", "cdg79, cucm");
        assertFails(cli.run("quote", "cdg44", "--commune", "44109"), 3, "sets no annual fee");
    }

    @Test
    void batchOfTheCucmMembers() {
        List<String> lines = assertOk(cli.run("batch", "cucm", "--epci", "247100290", "--year", "2023", "--format", "csv"))
                .lines().toList();
        assertEquals(35, lines.size());
        assertTrue(lines.contains("71278,Marigny,166,true,De 1 à 999 habitants,210.00,7"), lines::toString);
        assertEquals(34, lines.stream().filter(l -> l.contains(",true,")).count());
    }

    @Test
    void deadlinesOfEachModule() {
        for (String m : List.of("cdg79", "cdg62", "cdg44", "cucm")) {
            JsonNode j = json(cli.run("deadlines", m, "--start", "2026-01-01", "--format", "json"));
            assertTrue(j.get("deadlines").size() > 0, m);
            assertTrue(assertOk(cli.run("deadlines", m, "--start", "2026-01-01", "--format", "ics"))
                    .contains("BEGIN:VEVENT"), m);
        }
        assertFails(cli.run("deadlines", "cucm", "--start", "2022-07-01", "--notice-on", "2023-03-15"), 2,
                "must state its reasons", "--reason");
        JsonNode j = json(cli.run("deadlines", "cucm", "--start", "2022-07-01", "--notice-on", "2023-03-15",
                "--reason", "réorganisation du service", "--format", "json"));
        assertEquals("2023-03-14", j.get("finalEnd").asString());
        assertTrue(j.toString().contains("TERMINATION_EFFECTIVE"));
    }

    /** 004 art. 6 (résiliation): « en cas de non-respect des engagements » — no termination without the breach. */
    @Test
    void aCdg62NoticeNeedsTheBreach() {
        assertFails(cli.run("deadlines", "cdg62", "--start", "2025-01-01", "--notice-on", "2026-03-15"), 2,
                "must state its reasons", "004 art. 6 (résiliation)", "--reason");
        assertFails(cli.run("deadlines", "cdg62", "--start", "2025-01-01", "--notice-on", "2026-03-15", "--reason", " "), 2,
                "004 art. 6 (résiliation)");
        JsonNode j = json(cli.run("deadlines", "cdg62", "--start", "2025-01-01", "--notice-on", "2026-03-15",
                "--reason", "certificats non acquis (art. 4)", "--format", "json"));
        // « La convention prendra dès lors fin le 1er jour du mois suivant la notification »
        assertEquals("2026-03-31", j.get("finalEnd").asString());
    }

    /** 002 art. 7.3 « préavis de 3 mois », CPC art. 641-642 by analogy: in force through the day bearing the same number. */
    @Test
    void aCdg44NoticeRunsThroughTheDayBearingTheSameNumber() {
        JsonNode j = json(cli.run("deadlines", "cdg44", "--start", "2025-01-15", "--notice-on", "2025-11-30", "--format", "json"));
        assertEquals("2026-02-28", j.get("finalEnd").asString());
        assertTrue(j.toString().contains("2026-03-01"), j.toString());
        assertEquals("2028-01-14", json(cli.run("deadlines", "cdg44", "--start", "2025-01-15", "--notice-on", "2027-10-14",
                "--format", "json")).get("finalEnd").asString());
        assertEquals("2027-02-28", json(cli.run("deadlines", "cdg44", "--start", "2024-02-29", "--format", "json"))
                .get("finalEnd").asString());
    }

    @Test
    void deadlinesOfTheCucmConventionReconductedAfterTheBilan() {
        // art. 9 « non reconductible de façon tacite »: 30 June 2024 unless a reconduction is recorded
        assertEquals("2024-06-30", json(cli.run("deadlines", "cucm", "--start", "2022-07-01", "--format", "json"))
                .get("finalEnd").asString());
        JsonNode j = json(cli.run("deadlines", "cucm", "--start", "2022-07-01", "--reconducted-until", "2026-06-30",
                "--reconduction-decided-on", "2024-06-20", "--reconduction-decision", "avenant n° 1 (hypothetical)",
                "--format", "json"));
        assertEquals("2026-06-30", j.get("finalEnd").asString());
        assertFails(cli.run("deadlines", "cucm", "--start", "2022-07-01", "--reconducted-until", "2026-06-30"), 2,
                "--reconduction-decided-on");
        assertFails(cli.run("deadlines", "cucm", "--start", "2022-07-01", "--reconducted-until", "2026-06-30",
                "--reconduction-decided-on", "2024-07-01"), 3, "expired convention");
        assertFails(cli.run("deadlines", "cdg79", "--start", "2026-01-01", "--reconducted-until", "2030-06-30",
                "--reconduction-decided-on", "2027-06-01"), 2, "cucm module only");
    }

    @Test
    void billACucmMissionAfterAReconduction(@TempDir Path tmp) throws IOException {
        Path mission = Files.writeString(tmp.resolve("mission-2025.json"), """
                { "commune": { "code": "71278", "name": "Marigny", "department": "71", "epciSiren": "247100290",
                               "population": { "inhabitants": 166, "basis": "MUNICIPALE", "vintage": 2026 } },
                  "firstDay": "2025-03-03", "lastDay": "2025-03-03", "schedule": "35", "adhesionDate": "2022-10-03",
                  "timesheet": [ { "date": "2025-03-03", "hours": "10", "activity": "WORK" } ] }
                """, StandardCharsets.UTF_8);
        // art. 9: no convention in force in 2025 unless a reconduction decided after the bilan is recorded
        assertFails(cli.run("bill", "cucm", "--timesheet", mission.toString()), 3, "no convention in force");
        String invoice = assertOk(cli.run("bill", "cucm", "--timesheet", mission.toString(), "--reconducted-until",
                "2026-06-30", "--reconduction-decided-on", "2024-06-20"));
        assertTrue(invoice.contains("Total 90.00 €"), invoice);
        // art. 4: « Le recours au service nécessite la signature d'un contrat de prestation »
        Path noAdhesion = Files.writeString(tmp.resolve("no-adhesion.json"),
                Files.readString(mission).replace("\"adhesionDate\": \"2022-10-03\",", ""), StandardCharsets.UTF_8);
        assertFails(cli.run("bill", "cucm", "--timesheet", noAdhesion.toString(), "--reconducted-until", "2026-06-30",
                "--reconduction-decided-on", "2024-06-20"), 3, "adhesion");
    }

    @Test
    void billInvoiceAndEstimate() {
        String invoice = assertOk(cli.run("bill", "cucm", "--timesheet", SAMPLES.resolve("mission-marigny-2023.json").toString()));
        assertTrue(invoice.startsWith("INVOICE"), invoice);
        assertTrue(invoice.contains("− 7 h prepaid by the cotisation = 73 h billed"), invoice);
        assertTrue(invoice.contains("Total 2190.00 €, due 2023-05-03"), invoice);
        String estimate = assertOk(cli.run("bill", "cucm", "--estimate", "--timesheet",
                SAMPLES.resolve("mission-marigny-2023.json").toString()));
        assertTrue(estimate.startsWith("ESTIMATE"), estimate);
        JsonNode j = json(cli.run("bill", "cucm", "--timesheet", SAMPLES.resolve("mission-marigny-2023.json").toString(),
                "--format", "json"));
        assertEquals("INVOICE", j.get("kind").asString());
        assertEquals("2190.00", j.get("total").asString());
        assertEquals("2023-05-03", j.get("dueDate").asString());
        assertEquals("7", j.get("prepaidUsed").asString());
        assertEquals("73", j.get("hoursBilled").asString());
    }

    @Test
    void accessGrantedAndRefused() {
        String granted = assertOk(cli.run("access", "cdg79", "--request", SAMPLES.resolve("access-request-clesse.json").toString()));
        assertTrue(granted.startsWith("ACCESS GRANTED — Camille Martin (SGM), Clessé (79094)"), granted);
        String refused = assertOk(cli.run("access", "cdg79", "--request", SAMPLES.resolve("access-request-refused.json").toString()));
        assertTrue(refused.startsWith("ACCESS REFUSED"), refused);
        assertTrue(refused.contains("nominative-account"), refused);
        JsonNode j = json(cli.run("access", "cdg79", "--request", SAMPLES.resolve("access-request-refused.json").toString(),
                "--format", "json"));
        assertFalse(j.get("granted").asBoolean());
    }

    @Test
    void badFilesAndWrongModules(@TempDir Path tmp) throws IOException {
        Path notJson = Files.writeString(tmp.resolve("notes.json"), "this is not JSON", StandardCharsets.UTF_8);
        Path unknownField = Files.writeString(tmp.resolve("unknown.json"), "{\"date\":\"2026-05-04\",\"colour\":1}",
                StandardCharsets.UTF_8);
        Path latin1 = Files.write(tmp.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        String missing = tmp.resolve("missing.json").toString();
        assertFails(cli.run("access", "cdg79", "--request", missing), 2, "cannot read --request", "no such file");
        assertFails(cli.run("access", "cdg79", "--request", tmp.toString()), 2, "is a directory");
        assertFails(cli.run("access", "cdg79", "--request", notJson.toString()), 2, "invalid --request", "malformed JSON");
        assertFails(cli.run("access", "cdg79", "--request", unknownField.toString()), 2, "invalid --request", "colour");
        assertFails(cli.run("access", "cdg79", "--request", latin1.toString()), 2, "not UTF-8");
        assertFails(cli.run("bill", "cucm", "--timesheet", missing), 2, "cannot read --timesheet");
        assertFails(cli.run("bill", "cucm", "--timesheet", notJson.toString()), 2, "invalid --timesheet", "malformed JSON");
        assertFails(cli.run("bill", "cucm"), 2, "--timesheet");
        assertFails(cli.run("access", "cucm", "--request", notJson.toString()), 3, "no platform charter");
        assertFails(cli.run("bill", "cdg79", "--timesheet", notJson.toString()), 3, "does not bill");
        assertFails(cli.run("bill", "nosuch", "--timesheet", notJson.toString()), 2, "unknown rule module");
    }
}
