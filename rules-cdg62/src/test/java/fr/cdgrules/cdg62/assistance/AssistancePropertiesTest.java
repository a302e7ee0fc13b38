package fr.cdgrules.cdg62.assistance;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the assistance minimum (art. 3-3), over random conventions and logs. */
class AssistancePropertiesTest {
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    private static Gen<LocalDate> starts() {
        return integers().between(0, 40 * 366).map(EPOCH::plusDays);
    }

    /** A log: day offsets from the start and durations in minutes (1 min to 10 h). */
    private static Gen<List<int[]>> logs() {
        return lists().of(integers().between(0, 5 * 366).zip(integers().between(1, 600), (d, m) -> new int[] {d, m}))
                .ofSizeBetween(0, 25)
                .describedAs(l -> l.stream().map(e -> "+" + e[0] + "d " + e[1] + "min").toList().toString());
    }

    private static Gen<int[]> readings() {
        return arbitrary().enumValues(AssistanceYearReading.class)
                .zip(arbitrary().enumValues(PartialYearReading.class), (y, p) -> new int[] {y.ordinal(), p.ordinal()})
                .describedAs(r -> AssistanceYearReading.values()[r[0]] + "/" + PartialYearReading.values()[r[1]]);
    }

    /** The sessions of a log that fall within the days in force (the log may run past the last day). */
    private static List<AssistanceEntry> entries(LocalDate start, LocalDate lastDay, List<int[]> log) {
        return log.stream().filter(e -> !start.plusDays(e[0]).isAfter(lastDay))
                .map(e -> AssistanceEntry.of(start.plusDays(e[0]), Hours.ofMinutes(e[1]))).toList();
    }

    /**
     * Hours are conserved: every logged session within the days in force is counted in exactly one
     * year, so the hours delivered over the years add up to the hours logged.
     */
    @Test
    void everyLoggedHourIsCountedInExactlyOneYear() {
        qt().forAll(starts(), integers().between(0, 5 * 366), logs(), readings())
                .checkAssert((start, length, log, r) -> {
                    LocalDate lastDay = start.plusDays(length);
                    List<AssistanceEntry> entries = entries(start, lastDay, log);
                    AssistanceReport report = AssistanceRule.report(start, lastDay, entries, lastDay.plusDays(1),
                            AssistanceYearReading.values()[r[0]], PartialYearReading.values()[r[1]]);
                    Hours logged = entries.stream().map(AssistanceEntry::hours).reduce(Hours.ZERO, Hours::plus);
                    if (!report.totalDelivered().equals(logged)) {
                        throw new AssertionError("logged " + logged + " h, counted " + report.totalDelivered() + " h: " + report.years());
                    }
                    if (!report.findings().isEmpty()) {
                        throw new AssertionError("no session lies outside: " + report.findings());
                    }
                });
    }

    /**
     * Each year: 0 ≤ due ≤ 2 h, a year covered in full owes exactly 2 h, and the shortfall is
     * max(0, due − delivered).
     */
    @Test
    void shortfallIsWhatIsDueLessWhatWasDeliveredNeverNegative() {
        qt().forAll(starts(), integers().between(0, 5 * 366), logs(), readings())
                .checkAssert((start, length, log, r) -> {
                    LocalDate lastDay = start.plusDays(length);
                    AssistanceReport report = AssistanceRule.report(start, lastDay, entries(start, lastDay, log),
                            lastDay.plusDays(1), AssistanceYearReading.values()[r[0]], PartialYearReading.values()[r[1]]);
                    for (AssistanceYear y : report.years()) {
                        Hours expected = y.hoursDue().minus(y.hoursDelivered()).max(Hours.ZERO);
                        boolean ok = !y.hoursDue().isNegative() && y.hoursDue().compareTo(Hours.of(2)) <= 0
                                && (y.isPartial() || y.hoursDue().equals(Hours.of(2)))
                                && y.shortfall().equals(expected) && !y.shortfall().isNegative();
                        if (!ok) {
                            throw new AssertionError(y.toString());
                        }
                    }
                });
    }

    /**
     * Under the default reading (years of the convention), a convention that runs its five years, or
     * ten when renewed, owes exactly 2 h a year: 10 h or 20 h, whatever the start (29 February included).
     */
    @Test
    void conventionYearsOfAFullConventionOweExactlyTwoHoursEach() {
        // half of the starts on a 29 February, which the uniform generator would rarely draw
        Gen<LocalDate> withLeapDays = integers().between(0, 80 * 366).map(n -> n % 2 == 1
                ? LocalDate.of(2000 + 4 * (n % 20), 2, 29) : EPOCH.plusDays(n / 2));
        qt().forAll(withLeapDays, booleans().all(), arbitrary().enumValues(PartialYearReading.class))
                .checkAssert((start, renewed, partial) -> {
                    int years = renewed ? 10 : 5;
                    // the term as core counts it: a start on 29 February keeps full-length years
                    LocalDate lastDay = CalendarMonths.anniversary(start, java.time.Period.ofYears(years)).minusDays(1);
                    AssistanceReport report = AssistanceRule.report(start, lastDay, List.of(), lastDay.plusDays(1),
                            AssistanceYearReading.CONVENTION_YEAR, partial);
                    if (report.years().size() != years || !report.totalDue().equals(Hours.of(2L * years))
                            || report.years().stream().anyMatch(AssistanceYear::isPartial)) {
                        throw new AssertionError("start " + start + ": " + report.years());
                    }
                    // the years tile the term: no gap, no overlap, from the start to the last day
                    List<AssistanceYear> ys = report.years();
                    boolean tiles = ys.get(0).yearStart().equals(start) && ys.get(ys.size() - 1).yearEnd().equals(lastDay);
                    for (int i = 1; i < ys.size(); i++) {
                        tiles &= ys.get(i).yearStart().equals(ys.get(i - 1).yearEnd().plusDays(1));
                    }
                    if (!tiles) {
                        throw new AssertionError("start " + start + ", years do not tile the term: " + ys);
                    }
                });
    }
}
