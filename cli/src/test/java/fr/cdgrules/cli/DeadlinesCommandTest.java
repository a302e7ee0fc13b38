package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code deadlines}, over fake modules with core's Convention. */
class DeadlinesCommandTest {
    private final CliRunner cli = CliRunner.fakes();

    @Test
    void textListsEachDeadlineWithItsArticle() {
        List<String> lines = assertOk(cli.run("deadlines", "fake79", "--start", "2026-01-01")).lines().toList();
        assertTrue(lines.get(0).startsWith("Convention fake79"), lines::toString);
        assertEquals(List.of(
                "  2027-12-01  Notice deadline            last day to give notice of non-renewal before renewal 1 [000 art. 4]",
                "  2027-12-31  End of term                end of the initial term [000 art. 4]",
                "  2028-01-01  Renewal date               renewal 1 takes effect [000 art. 4]",
                "  2029-12-31  End of term                end of renewed term 1 [000 art. 4]",
                "  2029-12-31  Final end                  last day in force (end of the last renewal allowed) [000 art. 4]"),
                lines.subList(1, lines.size()));
    }

    @Test
    void jsonWithANoticeInTime() {
        JsonNode j = json(cli.run("deadlines", "fake79", "--start", "2026-01-01", "--notice-on", "2027-11-15",
                "--format", "json"));
        assertEquals("2027-12-31", j.get("finalEnd").asString());
        assertEquals("2027-11-15", j.get("noticeOn").asString());
        JsonNode last = j.get("deadlines").get(j.get("deadlines").size() - 1);
        assertEquals("FINAL_END", last.get("kind").asString());
        assertEquals("2027-12-31", last.get("date").asString());
        assertEquals("000 art. 4", last.get("citation").asString());
        assertEquals(0, j.get("findings").size());
    }

    @Test
    void aLateNoticeIsReportedAsAWarning() {
        JsonNode j = json(cli.run("deadlines", "fake79", "--start", "2026-01-01", "--notice-on", "2027-12-15",
                "--format", "json"));
        assertEquals("2029-12-31", j.get("finalEnd").asString());
        assertEquals(1, j.get("findings").size());
        assertEquals("WARNING", j.get("findings").get(0).get("severity").asString());
        String text = assertOk(cli.run("deadlines", "fake79", "--start", "2026-01-01", "--notice-on", "2027-12-15"));
        assertTrue(text.contains("warning: "), text);
    }

    @Test
    void aNoticeThatMustGiveReasonsNeedsReason() {
        assertFails(cli.run("deadlines", "fakecu", "--start", "2022-07-01", "--notice-on", "2023-03-15"), 2,
                "must state its reasons", "003 art. 10", "--reason TEXT");
        assertFails(cli.run("deadlines", "fakecu", "--start", "2022-07-01", "--notice-on", "2023-03-15",
                "--reason", " "), 2, "--reason TEXT");
        JsonNode j = json(cli.run("deadlines", "fakecu", "--start", "2022-07-01", "--notice-on", "2023-03-15",
                "--reason", "réorganisation du service", "--format", "json"));
        assertEquals("2023-03-14", j.get("finalEnd").asString());
        assertTrue(j.toString().contains("TERMINATION_EFFECTIVE"), j::toString);
    }

    @Test
    void aModuleWithFixedDatesSaysSo() {
        String text = assertOk(cli.run("deadlines", "fakecu", "--start", "2026-01-01"));
        assertTrue(text.contains("starting 2022-07-01 (its fixed start; asked 2026-01-01)"), text);
    }

    @Test
    void terminationOnTheFirstDayOfTheNextMonth() {
        JsonNode j = json(cli.run("deadlines", "fakenofee", "--start", "2026-01-01", "--notice-on", "2026-03-10",
                "--format", "json"));
        assertEquals("2026-03-31", j.get("finalEnd").asString());
        assertTrue(j.toString().contains("\"date\":\"2026-04-01\""), j::toString);
    }

    @Test
    void icsIsAnImportableCalendarWithStableUids() throws Exception {
        String ics = assertOk(cli.run("deadlines", "fake79", "--start", "2026-01-01", "--format", "ics"));
        assertEquals(ics, cli.run("deadlines", "fake79", "--start", "2026-01-01", "--format", "ics").out(), "same output twice");
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        cal.validate();
        assertEquals("-//cdg-rules//cdg-rules deadlines//EN", cal.getProperty(Property.PRODID).orElseThrow().getValue());
        List<VEvent> events = cal.getComponents(VEvent.VEVENT);
        assertEquals(5, events.size());
        VEvent first = events.get(0);
        assertEquals("fake79-2026-01-01-notice-deadline-1@cdg-rules", first.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("[fake79] Notice deadline (000 art. 4)", first.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("last day to give notice of non-renewal before renewal 1 (000 art. 4)",
                first.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        assertEquals(LocalDate.of(2027, 12, 1), first.getDateTimeStart().getDate());
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20271201\r\nDTEND;VALUE=DATE:20271202\r\n"), "all-day event");
        assertTrue(ics.contains("DTSTAMP:20260515T080000Z"), "stamp from the CLI clock");
        assertEquals("fake79-2026-01-01-end-of-term-2@cdg-rules", events.get(3).getProperty(Property.UID).orElseThrow().getValue());
        // after a notice, the final end keeps its UID and moves
        String after = assertOk(cli.run("deadlines", "fake79", "--start", "2026-01-01", "--notice-on", "2027-11-15",
                "--format", "ics"));
        assertTrue(after.contains("UID:fake79-2026-01-01-final-end-1@cdg-rules"), after);
        assertTrue(after.contains("DTSTART;VALUE=DATE:20271231"), after);
    }

    @Test
    void badInputGivesTheDocumentedCodeAndOneLine() {
        assertFails(cli.run("deadlines", "fake79", "--start", "2026-02-30"), 2, "'2026-02-30' is not a date");
        assertFails(cli.run("deadlines", "fake79", "--start", "01/01/2026"), 2, "YYYY-MM-DD");
        assertFails(cli.run("deadlines", "fake79"), 2, "--start");
        // a notice before the convention starts: the rules refuse (no convention in force), exit 3
        assertFails(cli.run("deadlines", "fake79", "--start", "2026-01-01", "--notice-on", "2025-12-01"), 3,
                "before the start");
        assertFails(cli.run("deadlines", "fake79", "--start", "2026-01-01", "--reason", "x"), 2, "--notice-on");
        assertFails(cli.run("deadlines", "fake79", "--start", "2026-01-01", "--format", "csv"), 2, "--format");
        assertFails(cli.run("deadlines", "nosuch", "--start", "2026-01-01"), 2, "unknown rule module");
    }
}
