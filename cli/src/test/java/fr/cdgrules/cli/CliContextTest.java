package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The context's current year: read from UTC alone far from a new year (no time-zone rules loaded),
 * from the zone's rules near one; the same year either way.
 */
class CliContextTest {
    /** Every zone java.time knows, plus the extreme offsets (±18 h). */
    private static final List<ZoneId> ZONES = zones();

    private static List<ZoneId> zones() {
        List<ZoneId> zones = new java.util.ArrayList<>();
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            try {
                ZoneId zone = ZoneId.of(id);
                if (zone.getRules() != null) { // ical4j registers zones of its own, some without rules
                    zones.add(zone);
                }
            } catch (RuntimeException e) {
                // a zone whose rules cannot be read: not usable in this JVM
            }
        }
        zones.add(ZoneOffset.MAX);
        zones.add(ZoneOffset.MIN);
        return zones;
    }

    @Test
    void farFromANewYearTheYearIsTheSameInEveryZone() {
        assertEquals(Year.of(2026), CliContext.yearInEveryZone(Instant.parse("2026-06-15T12:00:00Z")));
        // 18 hours after the UTC new year: even at -18:00 it is 2026 already
        assertEquals(Year.of(2026), CliContext.yearInEveryZone(Instant.parse("2026-01-01T18:00:00Z")));
        // 18 hours and one second before the next: even at +18:00 it is still 2026
        assertEquals(Year.of(2026), CliContext.yearInEveryZone(Instant.parse("2026-12-31T05:59:59Z")));
    }

    @Test
    void nearANewYearTheZoneDecides() {
        assertNull(CliContext.yearInEveryZone(Instant.parse("2026-01-01T17:59:59.999Z")));
        assertNull(CliContext.yearInEveryZone(Instant.parse("2026-12-31T06:00:00Z")));
        assertNull(CliContext.yearInEveryZone(Instant.parse("2026-12-31T23:30:00Z")));
        assertNull(CliContext.yearInEveryZone(Instant.parse("2027-01-01T00:30:00Z")));
    }

    @Test
    void theYearReadFromUtcIsTheYearInEveryZone() {
        // within a day and a half of a new year (where the reading can go wrong), and anywhere in 1900-2199
        qt().withExamples(3_000).forAll(integers().between(1900, 2200), longs().between(-130_000, 130_000),
                        integers().between(0, ZONES.size() - 1))
                .checkAssert((year, fromNewYear, zone) -> check(Instant.parse(year + "-01-01T00:00:00Z")
                        .plusSeconds(fromNewYear).plusNanos(999_999_999), ZONES.get(zone)));
        qt().withExamples(3_000).forAll(longs().between(-2_208_988_800L, 7_258_118_400L),
                        integers().between(0, ZONES.size() - 1))
                .checkAssert((second, zone) -> check(Instant.ofEpochSecond(second), ZONES.get(zone)));
    }

    private static void check(Instant instant, ZoneId zone) {
        Year y = CliContext.yearInEveryZone(instant);
        if (y != null) {
            assertEquals(Year.now(Clock.fixed(instant, zone)), y, instant + " in " + zone);
        }
    }

    @Test
    void aGivenClockDecidesTheYear() {
        Clock newYearsNight = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), CliContext.paris());
        CliContext context = CliContext.of(newYearsNight, () -> fr.cdgrules.core.module.RuleModules.of(List.of()), () -> null);
        assertEquals(Year.of(2027), context.currentYear()); // 00:30 in Paris
        assertSame(newYearsNight, context.clock());
    }

    @Test
    void theSystemContextUsesParisTime() {
        CliContext context = CliContext.system();
        assertEquals(ZoneId.of("Europe/Paris"), context.clock().getZone());
        Year before = Year.now(context.clock());
        Year year = context.currentYear();
        Year after = Year.now(context.clock());
        assertTrue(year.equals(before) || year.equals(after), year + " between " + before + " and " + after);
    }

    @Test
    void aNullArgumentIsNamed() {
        assertEquals("clock", assertThrows(NullPointerException.class,
                () -> CliContext.of(null, () -> null, () -> null)).getMessage());
        assertEquals("modules", assertThrows(NullPointerException.class,
                () -> CliContext.of(Clock.systemUTC(), null, () -> null)).getMessage());
        assertEquals("communes", assertThrows(NullPointerException.class,
                () -> CliContext.of(Clock.systemUTC(), () -> null, null)).getMessage());
    }
}
