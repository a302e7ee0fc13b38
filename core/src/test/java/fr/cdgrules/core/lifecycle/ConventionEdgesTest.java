package fr.cdgrules.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.finding.Findings;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The edges of the lifecycle machinery, on clauses shaped like the texts (no body named): a CUCM-like
 * service convention of two years, not renewable, with termination for fault after a formal notice of
 * one month and for general interest with reasons (003 art. 9 and 10); a CDG62-like five years renewable
 * once expressly (004 art. 2); a CDG79-like two years renewable once tacitly, one month's notice (000 art. 4).
 */
class ConventionEdgesTest {
    private static final Citation TERM = Citation.of("x", "art. 9");
    private static final Citation NO_RENEWAL = Citation.of("x", "art. 9bis");
    private static final Citation ART10 = Citation.of("x", "art. 10");
    private static final LocalDate JULY_1_2022 = LocalDate.of(2022, 7, 1);

    /** Fault listed first, general interest second: a plain notice still means general interest. */
    private static final ConventionTerms SERVICE = ConventionTerms.of(Period.ofYears(2), TERM, RenewalPolicy.none(NO_RENEWAL),
            List.of(TerminationRule.forFault(Period.ofMonths(1), ART10), TerminationRule.generalInterest(ART10)));

    private static final Citation DURATION = Citation.of("x", "art. 2");
    private static final Citation RENEWAL = Citation.of("x", "art. 2bis");
    private static final ConventionTerms EXPRESS = ConventionTerms.of(Period.ofYears(5), DURATION,
            RenewalPolicy.express(1, Period.ofYears(5), RENEWAL), List.of());

    private static final Citation ART4 = Citation.of("x", "art. 4");
    private static final ConventionTerms TACIT = ConventionTerms.of(Period.ofYears(2), ART4,
            RenewalPolicy.tacit(1, Period.ofYears(2), Period.ofMonths(1), ART4), List.of());

    @Test
    void aPlainNoticeSkipsTheFaultClauseWhereverItIsListed() {
        Convention ended = Convention.of(SERVICE, JULY_1_2022).withNotice(LocalDate.of(2023, 5, 2),
                Optional.of("service reorganised"));
        assertEquals(TerminationKind.GENERAL_INTEREST, ended.termination().orElseThrow().kind());
        assertEquals(LocalDate.of(2023, 5, 1), ended.finalEnd());
    }

    @Test
    void reasonsOfBlanksOnlyAreNoReasons() {
        // "dûment motivée": a letter whose reasons are blank states none
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Convention.of(SERVICE, JULY_1_2022)
                .withTermination(TerminationKind.GENERAL_INTEREST, LocalDate.of(2023, 5, 2), Optional.of("   ")));
        assertEquals("invalid termination.reason: a termination GENERAL_INTEREST must state its reasons (x art. 10)",
                e.getMessage());
    }

    @Test
    void aFormalNoticeIsServedWhileTheConventionIsInForce() {
        Convention c = Convention.of(SERVICE, JULY_1_2022);
        ConventionNotInForceException before = assertThrows(ConventionNotInForceException.class,
                () -> c.withFormalNotice(LocalDate.of(2022, 6, 30), "unpaid cotisation"));
        assertEquals("no convention in force for 2022-06-30 (formalNotice.servedOn), before the start of the convention,"
                + " 2022-07-01: the convention runs from 2022-07-01 to 2024-06-30 (x art. 10)", before.getMessage());
        ConventionNotInForceException after = assertThrows(ConventionNotInForceException.class,
                () -> c.withFormalNotice(LocalDate.of(2024, 7, 1), "unpaid cotisation"));
        assertEquals(List.of(ART10), after.rules());
        assertEquals(LocalDate.of(2024, 6, 30), after.end());
    }

    @Test
    void onlyAFormalNoticeServedBeforeTheConfirmingLetterCounts() {
        Convention c = Convention.of(SERVICE, JULY_1_2022).withFormalNotice(LocalDate.of(2023, 3, 10), "unpaid cotisation");
        NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                () -> c.withFaultTerminationConfirmed(LocalDate.of(2023, 3, 1)));
        assertEquals("no rule applies to a termination for fault confirmed on 2023-03-01 (termination.confirmedOn): a"
                + " termination for fault must be preceded by a formal notice (examined: x art. 10)", e.getMessage());
    }

    @Test
    void aTerminationTakingEffectAfterTheNaturalEndLeavesTheConventionExpired() {
        // general interest notified on the last day: effective that day, inside the term
        Convention onLastDay = Convention.of(SERVICE, JULY_1_2022).withTermination(TerminationKind.GENERAL_INTEREST,
                LocalDate.of(2024, 6, 30), Optional.of("service reorganised"));
        assertEquals(ConventionStatus.TERMINATED, onLastDay.stateAt(LocalDate.of(2024, 6, 30)).status());
        // three months' notice given a month before the end: it would take effect after the convention ended
        ConventionTerms withNotice = ConventionTerms.of(Period.ofYears(2), TERM, RenewalPolicy.none(NO_RENEWAL),
                List.of(TerminationRule.atNoticeExpiry(Period.ofMonths(3),
                        fr.cdgrules.core.calendar.MonthEndRule.CLAMP_TO_MONTH_END, ART10)));
        Convention late = Convention.of(withNotice, JULY_1_2022).withTermination(TerminationKind.AT_NOTICE_EXPIRY,
                LocalDate.of(2024, 6, 1), Optional.empty());
        assertEquals(LocalDate.of(2024, 9, 2), late.termination().orElseThrow().effectiveOn());
        ConventionState after = late.stateAt(LocalDate.of(2024, 9, 2));
        assertEquals(ConventionStatus.EXPIRED, after.status());
        assertEquals("expired on 2024-06-30 (end of term, no renewal)", after.reason());
        assertEquals(List.of(NO_RENEWAL), after.citations(), "a convention without renewal ends under its renewal clause");
    }

    @Test
    void theInitialTermCitesTheDurationClauseARenewedTermTheRenewalClause() {
        // CDG62-like: renewed expressly by a decision of 1 June 2030, before the renewal date of 1 January 2031
        Convention c = Convention.of(EXPRESS, LocalDate.of(2026, 1, 1)).withExpressRenewal(LocalDate.of(2030, 6, 1));
        ConventionState first = c.stateAt(LocalDate.of(2030, 12, 31));
        assertEquals("initial term 2026-01-01 to 2030-12-31", first.reason());
        assertEquals(List.of(DURATION), first.citations());
        ConventionState renewed = c.stateAt(LocalDate.of(2031, 1, 1));
        assertEquals("renewal 1, term 2031-01-01 to 2035-12-31", renewed.reason());
        assertEquals(List.of(RENEWAL), renewed.citations());
    }

    @Test
    void deadlinesFromADateAreThoseOnOrAfterIt() {
        Convention c = Convention.of(EXPRESS, LocalDate.of(2026, 1, 1)).withExpressRenewal(LocalDate.of(2030, 6, 1));
        assertEquals(List.of(LocalDate.of(2030, 12, 31), LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1),
                LocalDate.of(2035, 12, 31), LocalDate.of(2035, 12, 31)),
                c.deadlinesFrom(LocalDate.of(2030, 12, 31)).stream().map(Deadline::date).toList());
        assertEquals(List.of(DeadlineKind.END_OF_TERM, DeadlineKind.FINAL_END),
                c.deadlinesFrom(LocalDate.of(2031, 1, 2)).stream().map(Deadline::kind).toList());
        assertEquals(List.of(), c.deadlinesFrom(LocalDate.of(2036, 1, 1)));
    }

    @Test
    void aSecondNoticeAfterOneInTimeChangesNothing() {
        // CDG79-like: notice in time on 15 November 2027 stops the renewal of 1 January 2028; a second one on
        // 15 December 2027 has nothing left to stop and is no "notice without renewal left"
        Convention c = Convention.of(TACIT, LocalDate.of(2026, 1, 1)).withNonRenewalNotice(LocalDate.of(2027, 11, 15))
                .withNonRenewalNotice(LocalDate.of(2027, 12, 15));
        assertEquals(LocalDate.of(2027, 12, 31), c.finalEnd());
        assertEquals(Findings.none(), c.findings());
    }
}
