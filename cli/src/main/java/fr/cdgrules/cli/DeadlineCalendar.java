package fr.cdgrules.cli;

import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.lifecycle.DeadlineKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A convention's deadlines as an iCalendar file (RFC 5545) a town hall can import: one all-day
 * VEVENT per deadline (DTSTART;VALUE=DATE, DTEND the next day), SUMMARY = module, kind and article,
 * DESCRIPTION = the deadline's description.
 *
 * <p>UIDs are stable: {@code <module>-<convention start>-<kind>-<n>@cdg-rules}, where {@code n}
 * counts the deadlines of that kind in date order. Exporting the same convention again gives the
 * same UIDs, so a calendar updates its events instead of duplicating them — also after a notice,
 * which moves the final end but keeps its UID. DTSTAMP is the time of export, from the CLI's clock.
 */
final class DeadlineCalendar {
    /** The PRODID of the calendars cdg-rules writes. */
    static final String PRODID = "-//cdg-rules//cdg-rules deadlines//EN";

    private DeadlineCalendar() {}

    /**
     * @param module the module id
     * @param start the convention's start date
     * @param deadlines the deadlines, in date order
     * @param stamp the export time
     * @return the iCalendar text, CRLF line endings, lines folded at 75 octets
     */
    static String ics(String module, LocalDate start, List<Deadline> deadlines, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Map<DeadlineKind, Integer> counts = new EnumMap<>(DeadlineKind.class);
        Instant dtstamp = stamp.truncatedTo(ChronoUnit.SECONDS);
        for (Deadline d : deadlines) {
            int n = counts.merge(d.kind(), 1, Integer::sum);
            VEvent event = new VEvent(d.date(), d.date().plusDays(1),
                    "[" + module + "] " + kindText(d.kind()) + " (" + d.citation() + ")");
            event.replace(new DtStamp(dtstamp));
            event.add(new Uid(module + "-" + start + "-" + d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + "-" + n + "@cdg-rules"));
            event.add(new Description(d.description() + " (" + d.citation() + ")"));
            calendar.add(event);
        }
        StringWriter w = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar does not validate: " + e.getMessage(), e);
        }
        return w.toString();
    }

    /**
     * @param kind a deadline kind
     * @return it in words, e.g. "Notice deadline"
     */
    static String kindText(DeadlineKind kind) {
        String s = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
