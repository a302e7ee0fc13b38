package fr.cdgrules.cdg62.assistance;

import fr.cdgrules.cdg62.Cdg62Articles;
import fr.cdgrules.cdg62.Cdg62Descriptor;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The assistance minimum of 004 art. 3-3 "Assistance": "Le CDG 62 assurera l'assistance de la
 * collectivité dans la gestion de la e-administration. Le CDG62 devra assurer au minimum 2 heures par
 * an à l'assistance et à la maintenance préventive du système de la collectivité."
 *
 * <p>For each year ({@link AssistanceYearReading}) the convention covers, the hours due are 2 h, or
 * for a partial year what {@link PartialYearReading} says; the hours delivered are the logged hours
 * dated within the covered days of that year and on or before the report date; the shortfall is
 * {@code max(0, due − delivered)}. Everything is exact ({@link Hours} fractions): no rounding anywhere.
 * A surplus in one year does not carry over to another.
 */
public final class AssistanceRule {
    /**
     * Art. 3-3 "Assistance".
     *
     * @deprecated use {@link Cdg62Articles#ART_3_3}
     */
    @Deprecated
    public static final Citation ARTICLE = Cdg62Articles.ART_3_3;

    /** Art. 2, the duration, which bounds the years counted. */
    static final Citation DURATION = Cdg62Articles.ART_2;

    /**
     * "au minimum 2 heures par an": the descriptor's parameter {@code assistanceMinimum} (hours a year,
     * its one version, 004 art. 3-3).
     */
    public static final Hours MINIMUM_PER_YEAR = Hours.of(Cdg62Descriptor.bundled().parameter("assistanceMinimum")
            .versions().get(0).toVersion(java.math.BigDecimal.class).value());

    /** Finding code of a logged session outside the days in force. */
    public static final String OUTSIDE_CONVENTION = "assistance-outside-convention";

    /** Finding code of a logged session after the report date. */
    public static final String AFTER_REPORT_DATE = "assistance-after-report-date";

    private AssistanceRule() {}

    /**
     * The yearly compliance report.
     *
     * @param start the first day in force
     * @param lastDayInForce the last day in force (end of term, or the day before a termination takes effect)
     * @param entries the logged sessions
     * @param asOf the date of the report: years begun after it are not listed, sessions after it not counted
     * @param yearReading which years
     * @param partialReading what a partial year owes
     * @return the report
     * @throws InvalidInputException if the last day in force is before the start
     */
    public static AssistanceReport report(LocalDate start, LocalDate lastDayInForce, Collection<AssistanceEntry> entries,
            LocalDate asOf, AssistanceYearReading yearReading, PartialYearReading partialReading) {
        java.util.Objects.requireNonNull(start, "start");
        java.util.Objects.requireNonNull(lastDayInForce, "lastDayInForce");
        java.util.Objects.requireNonNull(entries, "entries");
        java.util.Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(yearReading, "yearReading");
        Objects.requireNonNull(partialReading, "partialReading");
        if (lastDayInForce.isBefore(start)) {
            throw new InvalidInputException("assistance.lastDayInForce", DURATION,
                    "the last day in force " + lastDayInForce + " is before the start " + start);
        }
        Findings findings = Findings.none();
        for (AssistanceEntry e : entries) {
            if (e.date().isBefore(start) || e.date().isAfter(lastDayInForce)) {
                findings = findings.plus(Finding.warning(OUTSIDE_CONVENTION, "assistance of " + e.hours() + " h on "
                        + e.date() + " is outside the days in force (" + start + " to " + lastDayInForce
                        + "): not counted", Cdg62Articles.ART_3_3));
            } else if (e.date().isAfter(asOf)) {
                findings = findings.plus(Finding.warning(AFTER_REPORT_DATE, "assistance of " + e.hours() + " h on "
                        + e.date() + " is after the report date " + asOf + ": not counted", Cdg62Articles.ART_3_3));
            }
        }
        List<AssistanceYear> years = new ArrayList<>();
        int index = 1;
        for (LocalDate[] year : years(start, lastDayInForce, yearReading)) {
            LocalDate from = max(year[0], start);
            LocalDate to = min(year[1], lastDayInForce);
            if (from.isAfter(asOf)) {
                break;
            }
            years.add(year(index++, year[0], year[1], from, to, entries, asOf, yearReading, partialReading));
        }
        return AssistanceReport.of(asOf, yearReading, partialReading, years, findings);
    }

    /**
     * The whole years (first and last day) that meet the days in force, under a reading.
     */
    static List<LocalDate[]> years(LocalDate start, LocalDate lastDayInForce, AssistanceYearReading reading) {
        List<LocalDate[]> list = new ArrayList<>();
        if (reading == AssistanceYearReading.CONVENTION_YEAR) {
            // anniversaries are core's, computed from the start each time: a start on 29 February keeps
            // full-length years (the anniversary in a common year is 1 March), aligned with core's terms
            for (int k = 0; !CalendarMonths.anniversary(start, Period.ofYears(k)).isAfter(lastDayInForce); k++) {
                list.add(new LocalDate[] {CalendarMonths.anniversary(start, Period.ofYears(k)),
                    CalendarMonths.anniversary(start, Period.ofYears(k + 1)).minusDays(1)});
            }
        } else {
            for (int y = start.getYear(); y <= lastDayInForce.getYear(); y++) {
                list.add(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
            }
        }
        return list;
    }

    /**
     * The hours a year owes.
     *
     * @param daysCovered the days of the year in force
     * @param daysInYear the days of the whole year
     * @param partialReading what a partial year owes
     * @return the exact hours due
     */
    public static Hours hoursDue(long daysCovered, long daysInYear, PartialYearReading partialReading) {
        java.util.Objects.requireNonNull(partialReading, "partialReading");
        if (daysCovered <= 0 || daysCovered > daysInYear) {
            throw new InvalidInputException("assistance.daysCovered", Cdg62Articles.ART_3_3,
                    daysCovered + " days covered of a year of " + daysInYear);
        }
        if (daysCovered == daysInYear) {
            return MINIMUM_PER_YEAR;
        }
        switch (partialReading) {
            case PRO_RATA_BY_DAYS:
                return Hours.ofFraction(MINIMUM_PER_YEAR.numerator().longValueExact() * daysCovered, daysInYear);
            case FULL_MINIMUM:
                return MINIMUM_PER_YEAR;
            default:
                return Hours.ZERO;
        }
    }

    private static AssistanceYear year(int index, LocalDate yearStart, LocalDate yearEnd, LocalDate from, LocalDate to,
            Collection<AssistanceEntry> entries, LocalDate asOf, AssistanceYearReading yearReading,
            PartialYearReading partialReading) {
        long daysInYear = ChronoUnit.DAYS.between(yearStart, yearEnd) + 1;
        long daysCovered = ChronoUnit.DAYS.between(from, to) + 1;
        String label = "year " + index + " (" + yearReading + ")";

        Map<String, String> yearInputs = new LinkedHashMap<>();
        yearInputs.put("yearReading", yearReading.name());
        yearInputs.put("year", yearStart + " to " + yearEnd + " (" + daysInYear + " days)");
        yearInputs.put("daysInForce", from + " to " + to);
        TraceStep yearStep = TraceStep.of("year of the assistance minimum", List.of(Cdg62Articles.ART_3_3, DURATION), yearInputs,
                List.of(), daysCovered + " of " + daysInYear + " days covered" + (daysCovered < daysInYear ? " (partial year)" : ""));

        Hours due = hoursDue(daysCovered, daysInYear, partialReading);
        Map<String, String> dueInputs = new LinkedHashMap<>();
        dueInputs.put("minimum", MINIMUM_PER_YEAR + " h a year");
        dueInputs.put("daysCovered", Long.toString(daysCovered));
        dueInputs.put("daysInYear", Long.toString(daysInYear));
        dueInputs.put("partialYearReading", partialReading.name());
        String dueText = daysCovered == daysInYear
                ? due + " h (whole year)"
                : partialReading == PartialYearReading.PRO_RATA_BY_DAYS
                        ? MINIMUM_PER_YEAR + " h × " + daysCovered + "/" + daysInYear + " = " + due + " h exact (≈ "
                                + due.toDecimal(2).toPlainString() + " h, display only)"
                        : due + " h (" + partialReading + ")";
        TraceStep dueStep = TraceStep.of("hours due: au minimum 2 heures par an", Cdg62Articles.ART_3_3, dueInputs, dueText);

        Map<String, String> logged = new LinkedHashMap<>();
        Hours delivered = Hours.ZERO;
        int n = 0;
        for (AssistanceEntry e : entries) {
            if (!e.date().isBefore(from) && !e.date().isAfter(to) && !e.date().isAfter(asOf)) {
                delivered = delivered.plus(e.hours());
                logged.put("session " + (++n), e.date() + ": " + e.hours() + " h" + e.description().map(d -> " — " + d).orElse(""));
            }
        }
        TraceStep deliveredStep = TraceStep.of("hours delivered (sessions logged in the year, up to " + asOf + ")",
                Cdg62Articles.ART_3_3, logged, delivered + " h");

        Hours shortfall = due.minus(delivered).max(Hours.ZERO);
        boolean closed = asOf.isAfter(to);
        Map<String, String> balance = new LinkedHashMap<>();
        balance.put("due", due + " h");
        balance.put("delivered", delivered + " h");
        TraceStep shortfallStep = TraceStep.of("shortfall = max(0, due − delivered)", Cdg62Articles.ART_3_3, balance,
                shortfall + " h" + (shortfall.isZero() ? " (minimum met)" : "")
                        + (closed ? "" : " (year running on " + asOf + ": still to deliver by " + to + ")"));

        Explanation explanation = Explanation.of("assistance " + label + ", " + from + " to " + to,
                List.of(yearStep, dueStep, deliveredStep, shortfallStep));
        return AssistanceYear.of(index, yearStart, yearEnd, from, to, daysCovered, daysInYear, due, delivered, shortfall,
                closed, explanation);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
