package fr.cdgrules.core.lifecycle;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.citation.Citation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Lifecycle ordering: deadlines and terms follow each other in the order the clauses imply. */
class ConventionPropertiesTest {
    static final Citation C = Citation.of("x", "art. 1");

    private static ConventionTerms terms(int years, int maxRenewals, boolean tacit, int noticeMonths) {
        RenewalPolicy renewal = maxRenewals == 0 ? RenewalPolicy.none(C)
                : tacit ? RenewalPolicy.tacit(maxRenewals, Period.ofYears(years), Period.ofMonths(noticeMonths), C)
                : RenewalPolicy.express(maxRenewals, Period.ofYears(years), C);
        return ConventionTerms.of(Period.ofYears(years), C, renewal,
                List.of(TerminationRule.atNoticeExpiry(Period.ofMonths(noticeMonths), MonthEndRule.CLAMP_TO_MONTH_END, C)));
    }

    @Test
    void propertyTermsAreContiguousAndDeadlinesOrdered() {
        // renewalShape: 0..3 renewals, +4 for express instead of tacit
        qt().forAll(integers().between(1, 5), integers().between(0, 7), integers().between(1, 6), integers().between(0, 10_000))
                .check((years, renewalShape, notice, day) -> {
                    int renewals = renewalShape % 4;
                    boolean tacit = renewalShape < 4;
                    Convention c = Convention.of(terms(years, renewals, tacit, notice), LocalDate.of(2000, 1, 1).plusDays(day));
                    List<LocalDateRange> ts = c.runningTerms();
                    for (int i = 1; i < ts.size(); i++) {
                        if (!ts.get(i).getStart().equals(ts.get(i - 1).getEndInclusive().plusDays(1))) {
                            return false;
                        }
                    }
                    List<Deadline> ds = c.deadlines();
                    for (int i = 1; i < ds.size(); i++) {
                        if (ds.get(i).date().isBefore(ds.get(i - 1).date())) {
                            return false;
                        }
                    }
                    for (Deadline d : ds) {
                        if (d.kind() == DeadlineKind.NOTICE_DEADLINE) {
                            LocalDate renewal = ds.stream().filter(x -> x.kind() == DeadlineKind.RENEWAL_DATE && x.date().isAfter(d.date()))
                                    .findFirst().orElseThrow().date();
                            if (!d.date().plusMonths(notice).equals(renewal) && !d.date().plusMonths(notice).isBefore(renewal)) {
                                return false;
                            }
                        }
                    }
                    // core's anniversary: a start on 29 February keeps full-length terms
                    LocalDate max = fr.cdgrules.core.calendar.CalendarMonths.anniversary(c.start(), c.terms().maximumDuration()).minusDays(1);
                    boolean tacitRunsToMax = !tacit || c.finalEnd().equals(max);
                    boolean expressStopsAtFirst = tacit || renewals == 0 || c.finalEnd().equals(ts.get(0).getEndInclusive());
                    return !c.finalEnd().isBefore(ts.get(0).getEndInclusive()) && !c.finalEnd().isAfter(max)
                            && tacitRunsToMax && expressStopsAtFirst
                            && c.stateAt(c.finalEnd()).isInForce() && !c.stateAt(c.endExclusive()).isInForce()
                            && !c.stateAt(c.start().minusDays(1)).isInForce();
                });
    }

    @Test
    void propertyATerminationEndsTheConventionOnItsEffectiveDateAndNeverEarlier() {
        qt().forAll(integers().between(1, 5), integers().between(1, 6), integers().between(0, 3000), integers().between(0, 2000))
                .check((years, notice, startDay, noticeDay) -> {
                    LocalDate start = LocalDate.of(2010, 1, 1).plusDays(startDay);
                    Convention c = Convention.of(terms(years, 0, true, notice), start);
                    // any day on which the convention is in force (a notice after its end is refused)
                    LocalDate notifiedOn = start.plusDays(noticeDay % (c.finalEnd().toEpochDay() - start.toEpochDay() + 1));
                    Convention t = c.withNotice(notifiedOn, Optional.empty());
                    LocalDate effective = t.termination().orElseThrow().effectiveOn();
                    boolean before = effective.isBefore(c.endExclusive());
                    return !effective.isBefore(notifiedOn.plusMonths(notice))
                            && t.finalEnd().equals(before ? effective.minusDays(1) : c.finalEnd())
                            && t.stateAt(effective.minusDays(1)).isInForce() == !effective.minusDays(1).isAfter(c.finalEnd())
                            && !t.stateAt(effective).isInForce();
                });
    }
}
