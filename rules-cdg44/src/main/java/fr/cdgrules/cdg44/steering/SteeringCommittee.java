package fr.cdgrules.cdg44.steering;

import fr.cdgrules.cdg44.Cdg44Articles;
import fr.cdgrules.cdg44.Cdg44Descriptor;
import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The steering committee's yearly meeting (art. 4 — Pilotage et mise en œuvre): « Un comité de pilotage
 * et de suivi de niveau régional sera organisé […]. Il se réunira régulièrement et au moins une fois par
 * an. » Immutable and thread-safe.
 *
 * <p>From the meeting dates recorded, each year the convention is in force (per
 * {@link CommitteeYearReading}, cut to the days in force) is met, missed (over without a meeting) or
 * pending. Severity of a missed year:
 * <ul>
 *   <li>a whole year without a meeting is a refusal, i.e. a breach ({@code steering-committee-year-without-meeting}):
 *       « au moins une fois par an » is a firm minimum (« se réunira », a commitment, with a number), not
 *       a wish such as « autant que possible »;
 *   <li>a partial year (the first or last civil year, or the year cut by a termination) without a
 *       meeting is a warning ({@code steering-committee-partial-year-without-meeting}): « par an » says
 *       nothing of a fraction of a year, and requiring a meeting in a fortnight would be no reading of it.
 * </ul>
 * « Régulièrement » sets no measurable rhythm and is not checked. Meetings recorded outside the days in
 * force do not count (warning {@code meeting-outside-convention}).
 */
public final class SteeringCommittee {
    /**
     * Art. 4 — Pilotage et mise en œuvre.
     *
     * @deprecated use {@link Cdg44Articles#ART_4}
     */
    @Deprecated
    public static final Citation ART_4 = Cdg44Articles.ART_4;

    /** « au moins une fois par an » (art. 4): the descriptor's {@code committeeMeetingsPerYear}. */
    private static final int MEETINGS_PER_YEAR = Cdg44Descriptor.number("committeeMeetingsPerYear").intValueExact();

    private final CommitteeYearReading reading;

    private SteeringCommittee(CommitteeYearReading reading) {
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    /**
     * @param reading which years « par an » counts
     * @return the check under that reading
     */
    public static SteeringCommittee of(CommitteeYearReading reading) {
        return new SteeringCommittee(reading);
    }

    /** @return the check under the default {@link CommitteeYearReading#CONVENTION_YEARS} */
    public static SteeringCommittee defaults() {
        return of(CommitteeYearReading.CONVENTION_YEARS);
    }

    /** @return the reading of « par an » */
    public CommitteeYearReading reading() {
        return reading;
    }

    /**
     * @param partnership the convention, with any notice of termination
     * @param meetings the dates the committee met, in any order
     * @param asOf the date of the check: years ending before it are over
     * @return the years with their status, the findings, and the explanation
     * @throws InvalidInputException if a meeting is recorded after the date of the check
     */
    public CommitteeCheck check(Partnership partnership, List<LocalDate> meetings, LocalDate asOf) {
        java.util.Objects.requireNonNull(partnership, "partnership");
        java.util.Objects.requireNonNull(meetings, "meetings");
        java.util.Objects.requireNonNull(asOf, "asOf");
        TreeSet<LocalDate> dates = new TreeSet<>(meetings);
        if (!dates.isEmpty() && dates.last().isAfter(asOf)) {
            throw new InvalidInputException("meetings", Cdg44Articles.ART_4, "a meeting recorded on " + dates.last()
                    + " is after the date of the check, " + asOf);
        }
        LocalDate first = partnership.effectiveOn();
        LocalDate last = partnership.lastDayInForce();
        List<Finding> findings = new ArrayList<>();
        for (LocalDate d : dates) {
            if (d.isBefore(first) || d.isAfter(last)) {
                findings.add(Finding.warning("meeting-outside-convention", "the meeting of " + d + " is outside the days "
                        + "the convention is in force (" + first + " – " + last + ") and does not count", Cdg44Articles.ART_4));
            }
        }
        List<CommitteeYear> years = new ArrayList<>();
        for (Period p : periods(first, last)) {
            List<LocalDate> in = List.copyOf(dates.subSet(p.from, true, p.to, true));
            CommitteeYearStatus status = in.size() >= MEETINGS_PER_YEAR ? CommitteeYearStatus.MET
                    : asOf.isAfter(p.to) ? CommitteeYearStatus.MISSED : CommitteeYearStatus.PENDING;
            CommitteeYear y = CommitteeYear.of(p.label, p.from, p.to, p.partial, in, status);
            years.add(y);
            if (status == CommitteeYearStatus.MISSED) {
                String message = "no steering committee meeting in " + y.label() + " (" + y.firstDay() + " – " + y.lastDay()
                        + "): « Il se réunira régulièrement et au moins une fois par an »";
                findings.add(p.partial
                        ? Finding.warning("steering-committee-partial-year-without-meeting", message
                                + "; a partial year, so a warning", Cdg44Articles.ART_4)
                        : Finding.refusal("steering-committee-year-without-meeting", message, Cdg44Articles.ART_4));
            }
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("inForce", first + " – " + last);
        inputs.put("meetings", dates.toString());
        inputs.put("asOf", asOf.toString());
        inputs.put("reading", reading.name());
        long missed = years.stream().filter(y -> y.status() == CommitteeYearStatus.MISSED).count();
        Explanation explanation = Explanation.of("steering committee meetings as of " + asOf,
                TraceStep.of("at least one meeting a year, the years being " + reading, Cdg44Articles.ART_4, inputs,
                        years.size() + " years, " + missed + " missed"));
        return CommitteeCheck.of(asOf, reading, years, Findings.of(findings), explanation);
    }

    private List<Period> periods(LocalDate first, LocalDate last) {
        List<Period> list = new ArrayList<>();
        if (reading == CommitteeYearReading.CONVENTION_YEARS) {
            // years counted from the date of effect with core's anniversary: an effect on 29 February keeps
            // full-length years (year 2 from 1 March of a common year)
            for (int k = 0; !CalendarMonths.anniversary(first, java.time.Period.ofYears(k)).isAfter(last); k++) {
                LocalDate from = CalendarMonths.anniversary(first, java.time.Period.ofYears(k));
                LocalDate fullTo = CalendarMonths.anniversary(first, java.time.Period.ofYears(k + 1)).minusDays(1);
                LocalDate to = fullTo.isAfter(last) ? last : fullTo;
                list.add(new Period("convention year " + (k + 1), from, to, to.isBefore(fullTo)));
            }
        } else {
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                LocalDate jan1 = LocalDate.of(y, 1, 1);
                LocalDate dec31 = LocalDate.of(y, 12, 31);
                LocalDate from = first.isAfter(jan1) ? first : jan1;
                LocalDate to = last.isBefore(dec31) ? last : dec31;
                list.add(new Period(String.valueOf(y), from, to, !from.equals(jan1) || !to.equals(dec31)));
            }
        }
        return list;
    }

    private record Period(String label, LocalDate from, LocalDate to, boolean partial) {}
}
