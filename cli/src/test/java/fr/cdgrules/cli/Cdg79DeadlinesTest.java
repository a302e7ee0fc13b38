package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.module.RuleModules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code deadlines cdg79} over the real module: the start reading applies to {@code --start} and to
 * {@code --decided-on}/{@code --joining-year} (001: Clessé, « Le vingt-trois avril deux mil vingt-six ...
 * D'ADHERER, à compter de l'exercice budgétaire 2026 »).
 */
class Cdg79DeadlinesTest {
    private final CliRunner cli = new CliRunner(RuleModules::load);

    private static String date(JsonNode j, String kind) {
        for (JsonNode d : j.get("deadlines")) {
            if (d.get("kind").asString().equals(kind)) {
                return d.get("date").asString();
            }
        }
        throw new AssertionError("no " + kind + " in " + j);
    }

    @Test
    void clesseWithItsCouncilDateGivesNoticeBy1December2027() {
        JsonNode j = json(cli.run("deadlines", "cdg79", "--decided-on", "2026-04-23", "--joining-year", "2026",
                "--format", "json"));
        assertEquals("2026-01-01", j.get("start").asString());
        assertEquals("2027-12-01", date(j, "NOTICE_DEADLINE"));
        assertEquals("2028-01-01", date(j, "RENEWAL_DATE"));
        assertEquals("2029-12-31", j.get("finalEnd").asString());
        assertTrue(j.get("startExplanation").toString().contains("FIRST_DAY_OF_CIVIL_YEAR"), j.toString());
        // --start with the council date: the same start, the reading named in the text output
        String text = assertOk(cli.run("deadlines", "cdg79", "--start", "2026-04-23"));
        assertTrue(text.startsWith("Convention cdg79"), text);
        assertTrue(text.contains("starting 2026-01-01 (decision of 2026-04-23 joining budget year 2026; start placed by"
                + " the reading FIRST_DAY_OF_CIVIL_YEAR"), text);
        assertTrue(text.contains("2027-12-01  Notice deadline"), text);
    }

    @Test
    void aDecemberDecisionJoiningTheNextYear() {
        JsonNode j = json(cli.run("deadlines", "cdg79", "--decided-on", "2025-12-15", "--joining-year", "2026",
                "--format", "json"));
        assertEquals("2026-01-01", j.get("start").asString());
        assertEquals(2026, j.get("joiningYear").asInt());
        assertEquals("2027-12-01", date(j, "NOTICE_DEADLINE"));
        // without --joining-year the decision's own year is joined
        assertEquals("2025-01-01", json(cli.run("deadlines", "cdg79", "--decided-on", "2025-12-15", "--format", "json"))
                .get("start").asString());
    }

    @Test
    void aNoticeInTheRenewedTermIsExplained() {
        String text = assertOk(cli.run("deadlines", "cdg79", "--decided-on", "2026-04-23", "--notice-on", "2028-06-15"));
        assertTrue(text.contains("warning: notice of non-renewal given on 2028-06-15, during the last term allowed"), text);
        assertTrue(text.contains("2029-12-31  Final end"), text);
        String late = assertOk(cli.run("deadlines", "cdg79", "--decided-on", "2026-04-23", "--notice-on", "2027-12-02"));
        assertTrue(late.contains("no renewal is left"), late);
        assertTrue(!late.contains("next renewal"), late);
    }

    @Test
    void usageErrors() {
        assertFails(cli.run("deadlines", "cdg79"), 2, "--start", "--decided-on");
        assertFails(cli.run("deadlines", "cdg79", "--start", "2026-01-01", "--decided-on", "2026-04-23"), 2, "either");
        assertFails(cli.run("deadlines", "cdg79", "--start", "2026-01-01", "--joining-year", "2026"), 2,
                "--joining-year goes with --decided-on");
        assertFails(cli.run("deadlines", "cdg79", "--decided-on", "2026-04-23", "--joining-year", "2025"), 2,
                "joiningYear");
        assertFails(cli.run("deadlines", "cdg62", "--decided-on", "2026-04-23", "--joining-year", "2026"), 2,
                "--joining-year");
    }
}
