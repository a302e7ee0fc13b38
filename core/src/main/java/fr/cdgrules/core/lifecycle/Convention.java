package fr.cdgrules.core.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.limits.Limits;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A convention in time: its {@link ConventionTerms} applied to a start date, plus the events
 * recorded so far (express renewal decisions, notices of non-renewal, formal notices,
 * terminations). Everything else is a pure function of this value and a date.
 *
 * <h2>Readings</h2>
 * <ul>
 *   <li>A term of {@code n} years from {@code start} ends the day before its anniversary
 *       ({@link CalendarMonths#anniversary}); renewed terms are counted from the start. The anniversary
 *       of 29 February in a common year is 1 March, so a term keeps its full length: a start on
 *       29 February 2000 with two terms of two years ends its first term on 28 February 2002 and its
 *       second on 28 February 2004.
 *   <li>Tacit renewal: the convention renews unless a notice of non-renewal is given on or before
 *       the notice deadline ({@code renewal date − notice period}, "au moins un mois avant"). A notice
 *       given after that deadline does not stop that renewal (a warning says so) and applies to the
 *       next renewal, if any; when none is left, the warning says so. A notice given during the last
 *       term allowed has nothing to stop: a warning says the convention ends at the end of that term.
 *   <li>Express renewal: the convention renews only if a decision is recorded before the renewal
 *       date; nothing renews by silence.
 *   <li>A termination's effective date is the first day no longer in force.
 * </ul>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableConvention.class)
@JsonDeserialize(as = ImmutableConvention.class)
public abstract class Convention {
    Convention() {}

    /** @return the duration clauses */
    @JsonProperty("terms")
    public abstract ConventionTerms terms();

    /** @return the first day in force */
    @JsonProperty("start")
    public abstract LocalDate start();

    /** @return the dates of recorded express renewal decisions */
    @JsonProperty("expressRenewals")
    public abstract List<LocalDate> expressRenewals();

    /** @return the dates notices of non-renewal were given */
    @JsonProperty("nonRenewalNotices")
    public abstract List<LocalDate> nonRenewalNotices();

    /** @return the formal notices served */
    @JsonProperty("formalNotices")
    public abstract List<FormalNotice> formalNotices();

    /** @return the terminations recorded */
    @JsonProperty("terminations")
    public abstract List<Termination> terminations();

    /**
     * @param terms the duration clauses
     * @param start the first day in force
     * @return the convention, with no event recorded
     */
    public static Convention of(ConventionTerms terms, LocalDate start) {
        java.util.Objects.requireNonNull(terms, "terms");
        Limits.date("start", start);
        return ImmutableConvention.of(terms, start, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Records an express renewal decision (reconduction expresse).
     *
     * @param decidedOn the date of the decision
     * @return the convention with the decision recorded
     * @throws InvalidInputException if the date is outside the supported range
     * @throws NoRuleAppliesException if the convention does not renew expressly, or every renewal its
     *     renewal clause allows has been decided already (names the renewal clause)
     * @throws ConventionNotInForceException if the date is before the start or after the convention
     *     ended (names the renewal clause)
     */
    public Convention withExpressRenewal(LocalDate decidedOn) {
        java.util.Objects.requireNonNull(decidedOn, "decidedOn");
        if (terms().renewal().kind() != RenewalKind.EXPRESS) {
            throw new NoRuleAppliesException("an express renewal (expressRenewal): this convention's renewal is "
                    + terms().renewal().kind() + ", not express", List.of(terms().renewal().citation()));
        }
        requireAfterStart("expressRenewal", decidedOn, terms().renewal().citation());
        Plan plan = plan();
        if (plan.terms.size() > terms().renewal().maxRenewals()) {
            throw new NoRuleAppliesException("an express renewal decided on " + decidedOn
                    + " (expressRenewal): the convention has already been renewed " + terms().renewal().maxRenewals()
                    + " time(s), the most its renewal clause allows", List.of(terms().renewal().citation()));
        }
        if (decidedOn.isAfter(plan.finalEnd)) {
            throw new ConventionNotInForceException("a renewal decided on " + decidedOn
                    + " (expressRenewal), after the convention ended on " + plan.finalEnd
                    + "; it must be decided on or before that day", start(), plan.finalEnd,
                    terms().renewal().citation());
        }
        return ((ImmutableConvention) this).withExpressRenewals(append(expressRenewals(), decidedOn));
    }

    /**
     * Records a notice of non-renewal (dénonciation) given by either party.
     *
     * @param givenOn the date the notice was given
     * @return the convention with the notice recorded
     * @throws InvalidInputException if the date is outside the supported range
     * @throws NoRuleAppliesException if the convention does not renew tacitly (names the renewal clause)
     * @throws ConventionNotInForceException if the notice is given before the start or after the
     *     convention ended
     */
    public Convention withNonRenewalNotice(LocalDate givenOn) {
        java.util.Objects.requireNonNull(givenOn, "givenOn");
        if (terms().renewal().kind() != RenewalKind.TACIT) {
            throw new NoRuleAppliesException("a notice of non-renewal (nonRenewalNotice): only a tacitly renewed"
                    + " convention is stopped by a notice of non-renewal", List.of(terms().renewal().citation()));
        }
        requireInForce("nonRenewalNotice", givenOn, terms().renewal().citation());
        return ((ImmutableConvention) this).withNonRenewalNotices(append(nonRenewalNotices(), givenOn));
    }

    /**
     * Records a termination that needs only its notification (notice period, first day of next month,
     * general interest).
     *
     * @param kind the kind of termination
     * @param notifiedOn the date the letter was notified
     * @param reason the reasons given, required when the clause says "motivée"
     * @return the convention with the termination recorded
     * @throws InvalidInputException if the date is outside the supported range, or reasons the clause
     *     requires are missing
     * @throws NoRuleAppliesException if the convention has no such clause, or the kind is
     *     {@link TerminationKind#FOR_FAULT} (use {@link #withFormalNotice} then
     *     {@link #withFaultTerminationConfirmed})
     * @throws ConventionNotInForceException if the date is before the start or after the convention ended
     */
    public Convention withTermination(TerminationKind kind, LocalDate notifiedOn, Optional<String> reason) {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(notifiedOn, "notifiedOn");
        java.util.Objects.requireNonNull(reason, "reason");
        TerminationRule rule = clause(kind);
        requireInForce("termination.notifiedOn", notifiedOn, rule.citation());
        if (rule.reasonsRequired() && reason.filter(r -> !r.isBlank()).isEmpty()) {
            throw new InvalidInputException("termination.reason", rule.citation(),
                    "a termination " + kind + " must state its reasons");
        }
        Termination t = Termination.of(kind, notifiedOn, rule.effectiveDate(notifiedOn), reason, rule.indemnityDue(),
                rule.citation());
        return ((ImmutableConvention) this).withTerminations(append(terminations(), t));
    }

    /**
     * What a plain notice by a party means under these terms: the first termination clause that is
     * not for fault; failing one, a notice of non-renewal when renewal is tacit.
     *
     * @param notifiedOn the date of the notice
     * @param reason the reasons given, if any
     * @return the convention with the notice recorded
     * @throws NoRuleAppliesException if the terms give a plain notice no effect
     * @throws ConventionNotInForceException if the date is before the start or after the convention ended
     * @throws InvalidInputException if the date is outside the supported range, or reasons the clause
     *     requires are missing
     */
    public Convention withNotice(LocalDate notifiedOn, Optional<String> reason) {
        java.util.Objects.requireNonNull(reason, "reason");
        Optional<TerminationRule> plain = terms().terminations().stream()
                .filter(t -> t.kind() != TerminationKind.FOR_FAULT)
                .findFirst();
        if (plain.isPresent()) {
            return withTermination(plain.get().kind(), notifiedOn, reason);
        }
        if (terms().renewal().kind() == RenewalKind.TACIT) {
            return withNonRenewalNotice(notifiedOn);
        }
        throw new NoRuleAppliesException("a notice given on " + notifiedOn,
                terms().terminations().stream().map(TerminationRule::citation).collect(Collectors.toList()));
    }

    /**
     * Serves a formal notice (mise en demeure) for a breach, opening the cure period.
     *
     * @param servedOn the date it was notified
     * @param breach the breach, as stated in the letter
     * @return the convention with the notice recorded
     * @throws InvalidInputException if the date is outside the supported range or the breach is blank
     * @throws NoRuleAppliesException if the convention has no termination clause for fault
     * @throws ConventionNotInForceException if the date is before the start or after the convention ended
     */
    public Convention withFormalNotice(LocalDate servedOn, String breach) {
        java.util.Objects.requireNonNull(breach, "breach");
        TerminationRule rule = clause(TerminationKind.FOR_FAULT);
        requireInForce("formalNotice.servedOn", servedOn, rule.citation());
        if (breach == null || breach.isBlank()) {
            throw new InvalidInputException("formalNotice.breach", rule.citation(),
                    "a formal notice states the nature of the breach");
        }
        FormalNotice n = FormalNotice.of(servedOn, breach, rule.cureDeadline(servedOn), rule.citation());
        return ((ImmutableConvention) this).withFormalNotices(append(formalNotices(), n));
    }

    /**
     * Confirms a termination for fault by a second letter, after the cure period of a formal notice
     * ran out without effect. Effective on the confirming letter's notification.
     *
     * @param confirmedOn the date the confirming letter was notified
     * @return the convention with the termination recorded
     * @throws InvalidInputException if the date is outside the supported range
     * @throws NoRuleAppliesException if the convention has no termination clause for fault, no formal
     *     notice was served before, or the cure period has not run out (names the clause)
     */
    public Convention withFaultTerminationConfirmed(LocalDate confirmedOn) {
        Limits.date("termination.confirmedOn", confirmedOn);
        TerminationRule rule = clause(TerminationKind.FOR_FAULT);
        FormalNotice notice = formalNotices().stream()
                .filter(n -> n.servedOn().isBefore(confirmedOn))
                .max(Comparator.comparing(FormalNotice::servedOn))
                .orElseThrow(() -> new NoRuleAppliesException("a termination for fault confirmed on " + confirmedOn
                        + " (termination.confirmedOn): a termination for fault must be preceded by a formal notice",
                        List.of(rule.citation())));
        if (!confirmedOn.isAfter(notice.cureDeadline())) {
            throw new NoRuleAppliesException("a termination for fault confirmed on " + confirmedOn
                    + " (termination.confirmedOn): the cure period of the formal notice of " + notice.servedOn()
                    + " runs until " + notice.cureDeadline() + "; a confirming letter can follow from "
                    + notice.cureDeadline().plusDays(1), List.of(rule.citation()));
        }
        Termination t = Termination.of(TerminationKind.FOR_FAULT, confirmedOn, confirmedOn,
                Optional.of(notice.breach()), rule.indemnityDue(), rule.citation());
        return ((ImmutableConvention) this).withTerminations(append(terminations(), t));
    }

    /** @return the terms actually run or to be run, given the events recorded and what silence means */
    public List<LocalDateRange> runningTerms() {
        return List.copyOf(plan().terms);
    }

    /** @return the earliest recorded termination, if any */
    public Optional<Termination> termination() {
        return terminations().stream().min(Comparator.comparing(Termination::effectiveOn));
    }

    /** @return the last day in force, given the events recorded and what silence means */
    public LocalDate finalEnd() {
        return plan().finalEnd;
    }

    /** @return the first day after {@link #finalEnd()} */
    public LocalDate endExclusive() {
        return finalEnd().plusDays(1);
    }

    /**
     * @param date a date
     * @return the state of the convention at that date
     */
    public ConventionState stateAt(LocalDate date) {
        Limits.date("date", date);
        Plan plan = plan();
        if (date.isBefore(start())) {
            return ConventionState.of(date, ConventionStatus.NOT_YET_IN_FORCE, OptionalInt.empty(),
                    "starts on " + start(), List.of(terms().termCitation()));
        }
        Optional<Termination> t = termination();
        if (t.isPresent() && !date.isBefore(t.get().effectiveOn())
                && t.get().effectiveOn().isBefore(plan.naturalEndExclusive)) {
            return ConventionState.of(date, ConventionStatus.TERMINATED, OptionalInt.empty(),
                    "terminated (" + t.get().kind() + ") notified on " + t.get().notifiedOn() + ", effective "
                            + t.get().effectiveOn(), List.of(t.get().citation()));
        }
        for (int i = 0; i < plan.terms.size(); i++) {
            LocalDateRange term = plan.terms.get(i);
            if (term.contains(date) && !date.isAfter(plan.finalEnd)) {
                return ConventionState.of(date, ConventionStatus.IN_FORCE, OptionalInt.of(i),
                        i == 0 ? "initial term " + describe(term) : "renewal " + i + ", term " + describe(term),
                        List.of(i == 0 ? terms().termCitation() : terms().renewal().citation()));
            }
        }
        return ConventionState.of(date, ConventionStatus.EXPIRED, OptionalInt.empty(),
                "expired on " + plan.finalEnd + " (" + plan.endReason + ")", List.of(plan.endCitation));
    }

    /** @return every dated deadline, in date order */
    public List<Deadline> deadlines() {
        List<Deadline> list = new ArrayList<>(plan().deadlines);
        list.sort(null);
        return List.copyOf(list);
    }

    /**
     * @param date a date
     * @return the deadlines on or after that date, in date order
     */
    public List<Deadline> deadlinesFrom(LocalDate date) {
        Limits.date("date", date);
        return deadlines().stream().filter(d -> !d.date().isBefore(date)).toList();
    }

    /** @return warnings about the events recorded (a notice given too late, ...) */
    public Findings findings() {
        return plan().findings;
    }

    private static String describe(LocalDateRange r) {
        return r.getStart() + " to " + r.getEndInclusive();
    }

    private TerminationRule clause(TerminationKind kind) {
        return terms().termination(kind).orElseThrow(() -> new NoRuleAppliesException("a termination of kind "
                + kind + " (termination.kind): this convention has no termination clause of kind " + kind,
                List.of(terms().termCitation())));
    }

    private void requireAfterStart(String field, LocalDate date, Citation rule) {
        Limits.date(field, date);
        if (date.isBefore(start())) {
            throw new ConventionNotInForceException(date + " (" + field + "), before the start of the convention, "
                    + start(), start(), finalEnd(), rule);
        }
    }

    private void requireInForce(String field, LocalDate date, Citation rule) {
        requireAfterStart(field, date, rule);
        LocalDate end = finalEnd();
        if (date.isAfter(end)) {
            throw new ConventionNotInForceException(date + " (" + field + "), after the convention ended, on " + end
                    + "; there is nothing left to give notice of", start(), end, rule);
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    static final class Plan {
        final List<LocalDateRange> terms = new ArrayList<>();
        final List<Deadline> deadlines = new ArrayList<>();
        Findings findings = Findings.none();
        LocalDate finalEnd;
        LocalDate naturalEndExclusive;
        String endReason;
        Citation endCitation;
    }

    @Value.Lazy
    Plan plan() {
        Plan plan = new Plan();
        RenewalPolicy renewal = terms().renewal();
        Period elapsed = terms().initialTerm();
        LocalDateRange term = CalendarMonths.term(start(), elapsed);
        plan.terms.add(term);
        plan.deadlines.add(Deadline.of(DeadlineKind.END_OF_TERM, term.getEndInclusive(), "end of the initial term",
                terms().termCitation()));
        plan.endReason = renewal.kind() == RenewalKind.NONE ? "end of term, no renewal" : "end of term";
        plan.endCitation = renewal.kind() == RenewalKind.NONE ? renewal.citation() : terms().termCitation();
        List<LocalDate> pendingNotices = new ArrayList<>(nonRenewalNotices());
        pendingNotices.sort(null);
        List<LocalDate> decisions = new ArrayList<>(expressRenewals());
        for (int i = 1; i <= renewal.maxRenewals(); i++) {
            LocalDate renewalDate = term.getEndInclusive().plusDays(1);
            if (renewal.kind() == RenewalKind.TACIT) {
                LocalDate noticeDeadline = CalendarMonths.minus(renewalDate, renewal.noticeBeforeRenewal().orElseThrow());
                plan.deadlines.add(Deadline.of(DeadlineKind.NOTICE_DEADLINE, noticeDeadline,
                        "last day to give notice of non-renewal before renewal " + i, renewal.citation()));
                Optional<LocalDate> inTime = pendingNotices.stream().filter(d -> !d.isAfter(noticeDeadline)).findFirst();
                if (inTime.isPresent()) {
                    pendingNotices.remove(inTime.get());
                    plan.endReason = "notice of non-renewal given on " + inTime.get();
                    plan.endCitation = renewal.citation();
                    break;
                }
                String effect = i < renewal.maxRenewals() ? "the notice applies to the next renewal"
                        : "no renewal is left after it (the clause allows " + renewal.maxRenewals() + "), so the notice"
                                + " has nothing more to stop: the convention runs to the end of that renewed term";
                for (LocalDate late : pendingNotices.stream().filter(d -> d.isBefore(renewalDate)).toList()) {
                    plan.findings = plan.findings.plus(Finding.warning("late-notice-of-non-renewal",
                            "notice of non-renewal given on " + late + ", after the deadline of " + noticeDeadline
                                    + ": renewal " + i + " of " + renewalDate + " takes place; " + effect,
                            renewal.citation()));
                }
            } else {
                plan.deadlines.add(Deadline.of(DeadlineKind.RENEWAL_DECISION_DEADLINE, term.getEndInclusive(),
                        "last day to decide express renewal " + i, renewal.citation()));
                Optional<LocalDate> decision = decisions.stream()
                        .filter(d -> d.isBefore(renewalDate))
                        .min(Comparator.naturalOrder());
                if (decision.isEmpty()) {
                    plan.endReason = "no express renewal decided";
                    plan.endCitation = renewal.citation();
                    break;
                }
                decisions.remove(decision.get());
            }
            plan.deadlines.add(Deadline.of(DeadlineKind.RENEWAL_DATE, renewalDate, "renewal " + i + " takes effect",
                    renewal.citation()));
            // terms are counted from the start, not chained: a start on 29 February keeps its anniversaries
            elapsed = elapsed.plus(renewal.renewalTerm().orElseThrow());
            term = LocalDateRange.of(renewalDate, CalendarMonths.anniversary(start(), elapsed));
            plan.terms.add(term);
            plan.deadlines.add(Deadline.of(DeadlineKind.END_OF_TERM, term.getEndInclusive(),
                    "end of renewed term " + i, renewal.citation()));
            plan.endReason = i == renewal.maxRenewals() ? "end of the last renewal allowed" : "end of term";
            plan.endCitation = renewal.citation();
        }
        plan.naturalEndExclusive = term.getEndInclusive().plusDays(1);
        plan.finalEnd = term.getEndInclusive();
        if (renewal.kind() == RenewalKind.TACIT && plan.terms.size() > renewal.maxRenewals()) {
            LocalDateRange last = term;
            for (LocalDate during : pendingNotices.stream().filter(d -> !d.isBefore(last.getStart())).toList()) {
                plan.findings = plan.findings.plus(Finding.warning("notice-without-renewal-left",
                        "notice of non-renewal given on " + during + ", during the last term allowed ("
                                + describe(last) + "): the convention is renewable " + renewal.maxRenewals()
                                + " time(s) and has no renewal left to stop; it ends on " + last.getEndInclusive()
                                + " as it would without notice (the notice does not end it earlier)",
                        renewal.citation()));
            }
        }
        for (FormalNotice n : formalNotices()) {
            plan.deadlines.add(Deadline.of(DeadlineKind.CURE_PERIOD_END, n.cureDeadline(),
                    "last day to remedy the breach stated in the formal notice of " + n.servedOn(), n.citation()));
        }
        Optional<Termination> t = termination();
        if (t.isPresent() && t.get().effectiveOn().isBefore(plan.naturalEndExclusive)) {
            plan.deadlines.add(Deadline.of(DeadlineKind.TERMINATION_EFFECTIVE, t.get().effectiveOn(),
                    "termination (" + t.get().kind() + ") notified on " + t.get().notifiedOn() + " takes effect",
                    t.get().citation()));
            plan.finalEnd = t.get().effectiveOn().minusDays(1);
            plan.endReason = "terminated";
            plan.endCitation = t.get().citation();
            plan.terms.removeIf(r -> !r.getStart().isBefore(t.get().effectiveOn()));
            plan.deadlines.removeIf(d -> d.kind() != DeadlineKind.TERMINATION_EFFECTIVE
                    && d.kind() != DeadlineKind.CURE_PERIOD_END && !d.date().isBefore(t.get().effectiveOn()));
        }
        plan.deadlines.add(Deadline.of(DeadlineKind.FINAL_END, plan.finalEnd,
                "last day in force (" + plan.endReason + ")", plan.endCitation));
        return plan;
    }
}
