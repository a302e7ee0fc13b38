package fr.cdgrules.cdg44.partnership;

import fr.cdgrules.cdg44.Cdg44Articles;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionState;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.lifecycle.Termination;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.lifecycle.TerminationRule;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.notice.TerminationNotice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The convention in time, from its date of effect: a core {@link Convention} under
 * {@link PartnershipTerms} (three years, no renewal, three-month notice), plus the notices of
 * termination given by the signatories.
 *
 * <p>Art. 7.3: « La Convention peut être dénoncée avant le terme contractuel par l'une ou l'autre des
 * Parties par notification écrite moyennant le respect d'un préavis de 3 mois. »
 * <ul>
 *   <li>The three months run from the notification and are counted under {@link #periodCounting()}, by
 *       default {@link PeriodCounting#CIVIL_PROCEDURE}: notified on 30 November 2025, the convention is
 *       in force through 28 February 2026 and no longer in force on 1 March 2026.
 *   <li>Only the four signatories are « Parties » who may give notice; a notice by France Travail is
 *       refused (« FRANCE TRAVAIL n'est pas signataire »).
 *   <li>A notice ends the convention for all ({@link NoticeScopeReading#ENDS_THE_CONVENTION_FOR_ALL_PARTIES}).
 *   <li>No reasons are required, no indemnity is due (the text mentions neither).
 *   <li>A notice whose three months end after the term has no effect: the convention expires at its
 *       term first (warning {@code notice-runs-past-term}).
 *   <li>A second notice while a first one runs changes nothing: the earliest effective date prevails
 *       (warning {@code earlier-notice-prevails}).
 * </ul>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePartnership.class)
@JsonDeserialize(as = ImmutablePartnership.class)
public abstract class Partnership {
    Partnership() {}

    /** @return the core convention (terms, date of effect, terminations recorded) */
    @JsonProperty("convention")
    public abstract Convention convention();

    /** @return the notices of termination given, each with the date it takes effect, in the order recorded */
    @JsonProperty("notices")
    public abstract List<TerminationByNotice> notices();

    /** @return warnings about the notices recorded */
    @JsonProperty("findings")
    public abstract Findings findings();

    /**
     * @param effectiveOn the date of effect (the last of the four signatures, see {@link EntryIntoForce})
     * @param monthEnd how « 3 mois » is counted from a day the third month lacks
     * @param counting how the notice period's expiry day is counted
     * @return the partnership, without notice
     * @throws NullPointerException if an argument is null
     */
    public static Partnership of(LocalDate effectiveOn, MonthEndRule monthEnd, PeriodCounting counting) {
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        return ImmutablePartnership.of(Convention.of(PartnershipTerms.of(monthEnd, counting), effectiveOn), List.of(),
                Findings.none());
    }

    /**
     * @param effectiveOn the date of effect (the last of the four signatures, see {@link EntryIntoForce})
     * @param monthEnd how « 3 mois » is counted from a day the third month lacks
     * @return the partnership, without notice, the notice counted under the default {@link PeriodCounting#CIVIL_PROCEDURE}
     */
    public static Partnership of(LocalDate effectiveOn, MonthEndRule monthEnd) {
        return of(effectiveOn, monthEnd, PeriodCounting.CIVIL_PROCEDURE);
    }

    /**
     * @param effectiveOn the date of effect
     * @return the partnership under the defaults {@link MonthEndRule#CLAMP_TO_MONTH_END} and
     *     {@link PeriodCounting#CIVIL_PROCEDURE}
     */
    public static Partnership of(LocalDate effectiveOn) {
        return of(effectiveOn, MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.CIVIL_PROCEDURE);
    }

    /** @return the date of effect, the first day in force */
    public LocalDate effectiveOn() {
        return convention().start();
    }

    /** @return the month-end rule of the notice period */
    public MonthEndRule monthEndRule() {
        return noticeRule().monthEndRule();
    }

    /** @return how the notice period's expiry day is counted */
    public PeriodCounting periodCounting() {
        return noticeRule().periodCounting();
    }

    /**
     * @return the last day of the three-year term, whatever the notices (2028-01-14 for an effect on
     *     2025-01-15; 2027-02-28 for an effect on 29 February 2024, the term keeping its full length)
     */
    public LocalDate endOfTerm() {
        return CalendarMonths.term(effectiveOn(), PartnershipTerms.TERM).getEndInclusive();
    }

    /** @return the last day in force, given the notices recorded */
    public LocalDate lastDayInForce() {
        return convention().finalEnd();
    }

    /** @return the notice that ends the convention before its term, if any (the earliest effective) */
    public Optional<TerminationByNotice> termination() {
        return notices().stream()
                .filter(n -> !n.effectiveOn().isAfter(endOfTerm()))
                .min(Comparator.comparing(TerminationByNotice::effectiveOn));
    }

    /**
     * @param date a date
     * @return the state of the convention at that date
     */
    public ConventionState stateAt(LocalDate date) {
        return convention().stateAt(date);
    }

    /** @return every dated deadline, in date order */
    public List<Deadline> deadlines() {
        return convention().deadlines();
    }

    /**
     * Records a written notice of termination (art. 7.3).
     *
     * @param party the party giving notice: one of the four signatories
     * @param notifiedOn the date the notice was notified
     * @return the partnership with the notice recorded
     * @throws InvalidInputException if the party is France Travail (not a party to the convention), or
     *     the convention is not in force on that date
     * @throws NullPointerException if an argument is null
     */
    public Partnership withNotice(Party party, LocalDate notifiedOn) {
        return withNotice(TerminationNotice.of(party, notifiedOn));
    }

    /**
     * Records a written notice of termination (art. 7.3). The text asks for a « notification écrite »
     * and no reasons: a letter or reasons the notice carries are kept, and change nothing.
     *
     * @param given the notice: one of the four signatories, the date it was notified
     * @return the partnership with the notice recorded
     * @throws InvalidInputException if the party is France Travail (not a party to the convention), or
     *     the convention is not in force on that date
     * @throws NullPointerException if {@code given} is null
     */
    public Partnership withNotice(TerminationNotice<Party> given) {
        Objects.requireNonNull(given, "notice");
        Party party = given.givenBy();
        LocalDate notifiedOn = given.notifiedOn();
        if (!party.isSignatory()) {
            throw new InvalidInputException("notice.party", Cdg44Articles.ART_7_3, party.label()
                    + " cannot give notice: only « l'une ou l'autre des Parties » may, and « FRANCE TRAVAIL n'est pas "
                    + "signataire de la présente convention »");
        }
        if (notifiedOn.isBefore(effectiveOn())) {
            throw new InvalidInputException("notice.notifiedOn", Cdg44Articles.ART_7_3, "a notice on " + notifiedOn
                    + " precedes the date of effect " + effectiveOn() + "; the convention is not yet in force");
        }
        if (notifiedOn.isAfter(lastDayInForce())) {
            throw new InvalidInputException("notice.notifiedOn", Cdg44Articles.ART_7_3, "a notice on " + notifiedOn
                    + " comes after the last day in force " + lastDayInForce());
        }
        Convention next = convention().withTermination(TerminationKind.AT_NOTICE_EXPIRY, notifiedOn, Optional.empty());
        Termination t = next.terminations().get(next.terminations().size() - 1);
        TerminationByNotice notice = TerminationByNotice.of(given, t.effectiveOn(), monthEndRule(), periodCounting(),
                t.citation());
        Findings findings = findings();
        if (t.effectiveOn().isAfter(endOfTerm())) {
            findings = findings.plus(Finding.warning("notice-runs-past-term", "the notice of " + party.label() + " on "
                    + notifiedOn + " would take effect on " + t.effectiveOn() + ", after the end of the term on "
                    + endOfTerm() + ": the convention expires at its term", Cdg44Articles.ART_7_3));
        } else {
            Optional<TerminationByNotice> earlier = termination();
            if (earlier.isPresent() && !earlier.get().effectiveOn().isAfter(t.effectiveOn())) {
                findings = findings.plus(Finding.warning("earlier-notice-prevails", "the notice of " + party.label()
                        + " on " + notifiedOn + " (effective " + t.effectiveOn() + ") changes nothing: the notice of "
                        + earlier.get().party().label() + " on " + earlier.get().notifiedOn() + " takes effect on "
                        + earlier.get().effectiveOn(), Cdg44Articles.ART_7_3));
            }
        }
        List<TerminationByNotice> notices = new ArrayList<>(notices());
        notices.add(notice);
        return ImmutablePartnership.of(next, notices, findings);
    }

    private TerminationRule noticeRule() {
        return convention().terms().termination(TerminationKind.AT_NOTICE_EXPIRY).orElseThrow();
    }
}
