package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.module.RuleModules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** bill cdg79 --interventions, compliance cdg62, cohort and who-pays cdg44, deadlines --renewed-on, over the samples. */
class CapabilityCommandsTest {
    private static final String SAMPLES = "../examples/samples/";
    private final CliRunner cli = new CliRunner(RuleModules::load);

    @Test
    void cdg79Interventions() {
        JsonNode j = json(cli.run("bill", "cdg79", "--interventions", SAMPLES + "interventions-clesse-2026.json",
                "--format", "json"));
        assertEquals(3, j.get("outcomes").size());
        assertTrue(j.get("citations").toString().contains("000 art. 3.2"), j::toString);
        assertTrue(assertOk(cli.run("bill", "cdg79", "--interventions", SAMPLES + "interventions-clesse-2026.json"))
                .contains("Clessé"));
        assertFails(cli.run("bill", "cdg62", "--interventions", SAMPLES + "interventions-clesse-2026.json"), 3,
                "bill --interventions: cdg79");
        assertFails(cli.run("bill", "cdg79"), 2, "--interventions");
    }

    @Test
    void cdg62ComplianceReportPerConventionYearAndOpenCommitments() {
        JsonNode j = json(cli.run("compliance", "cdg62", "--log", SAMPLES + "assistance-libercourt.json", "--as-of",
                "2026-06-30", "--format", "json"));
        JsonNode years = j.get("assistance").get("years");
        assertEquals(2, years.size());
        assertEquals("1.75", years.get(0).get("hoursDelivered").asString());
        assertEquals(10, j.get("open").size());
        // the same bytes at every run: the commune's members in a fixed order (code, then name)
        String out = assertOk(cli.run("compliance", "cdg62", "--log", SAMPLES + "assistance-libercourt.json",
                "--as-of", "2026-06-30", "--format", "json"));
        assertTrue(out.indexOf("\"code\"") < out.indexOf("\"name\""), out);
        assertTrue(out.indexOf("\"start\"") < out.indexOf("\"finalEnd\""), out);
        assertTrue(assertOk(cli.run("compliance", "cdg62", "--log", SAMPLES + "assistance-libercourt.json", "--as-of",
                "2026-06-30")).contains("overdue shortfall 0.25 h"));
        assertFails(cli.run("compliance", "cdg79", "--log", SAMPLES + "assistance-libercourt.json", "--as-of",
                "2026-06-30"), 3, "compliance: cdg62");
    }

    /** A log the convention's clauses refuse is a refusal (exit 3) naming the article, not invalid input. */
    @Test
    void aComplianceLogTheClausesRefuseExits3(@TempDir Path dir) throws IOException {
        String sample = Files.readString(Path.of(SAMPLES, "assistance-libercourt.json"), StandardCharsets.UTF_8);
        Path late = dir.resolve("late.json");
        Files.writeString(late, sample.replace("2026-03-04", "2030-01-02"), StandardCharsets.UTF_8);
        assertFails(cli.run("compliance", "cdg62", "--log", late.toString(), "--as-of", "2026-06-30"), 3,
                "(assistance.date)", "outside the days in force, 2025-01-01 to 2029-12-31", "004 art. 3-3");
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, sample.replace("\"SOFTWARE_CONFIGURATION\"", "\"NEEDS_DEFINITION\""), StandardCharsets.UTF_8);
        assertFails(cli.run("compliance", "cdg62", "--log", twice.toString(), "--as-of", "2026-06-30"), 3,
                "(fulfilment.commitment)", "was already fulfilled on 2025-02-10");
    }

    @Test
    void cdg44CohortAndWhoPays() {
        JsonNode j = json(cli.run("cohort", "cdg44", "--plan", SAMPLES + "cohort-le-mans-2025.json", "--format", "json"));
        assertEquals(15, j.get("decisions").size());
        assertEquals(0, j.get("planFindings").size());
        String who = assertOk(cli.run("who-pays", "cdg44", "--status", "JOB_SEEKER_WITH_ARE", "--are-rights-last-day",
                "2025-10-31", "--on", "2025-11-03"));
        assertTrue(who.contains("TRAINEE_REMUNERATION               REGION"), who);
        JsonNode w = json(cli.run("who-pays", "cdg44", "--status", "JOB_SEEKER_WITHOUT_ARE", "--on", "2025-11-03",
                "--format", "json"));
        assertEquals(7, w.get("costs").size());
        assertFails(cli.run("who-pays", "cdg44", "--status", "REGION_AGENT_IN_RETRAINING", "--are-rights-last-day",
                "2025-10-31", "--on", "2025-11-03"), 2, "--are-rights-last-day");
    }

    @Test
    void anExpressRenewalIsRecordedForDeadlines() {
        JsonNode j = json(cli.run("deadlines", "cdg62", "--start", "2025-01-01", "--renewed-on", "2029-10-15", "--format",
                "json"));
        assertEquals("2034-12-31", j.get("finalEnd").asString());
        assertEquals("2029-10-15", j.get("renewedOn").asString());
        JsonNode without = json(cli.run("deadlines", "cdg62", "--start", "2025-01-01", "--format", "json"));
        assertEquals("2029-12-31", without.get("finalEnd").asString());
        // « renouvelable 1 fois par reconduction expresse »: a decision after the end revives nothing (exit 3, art. 2)
        assertFails(cli.run("deadlines", "cdg62", "--start", "2025-01-01", "--renewed-on", "2030-01-01"), 3,
                "after the convention ended on 2029-12-31", "004 art. 2");
    }
}
