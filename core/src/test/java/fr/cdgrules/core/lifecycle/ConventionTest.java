package fr.cdgrules.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Example tests of the lifecycle machinery, on clauses shaped like the four texts (no body named). */
class ConventionTest {
    static final Citation ART4 = Citation.of("x", "art. 4");
    static final LocalDate JAN_1_2026 = LocalDate.of(2026, 1, 1);

    /** Two years, tacitly renewable once, one month's notice before the renewal date. */
    static final ConventionTerms TACIT = ConventionTerms.of(Period.ofYears(2), ART4,
            RenewalPolicy.tacit(1, Period.ofYears(2), Period.ofMonths(1), ART4), List.of());
    /** Five years, expressly renewable once, termination the first day of the next month. */
    static final ConventionTerms EXPRESS = ConventionTerms.of(Period.ofYears(5), Citation.of("x", "art. 2"),
            RenewalPolicy.express(1, Period.ofYears(5), Citation.of("x", "art. 2")),
            List.of(TerminationRule.firstDayOfNextMonth(Citation.of("x", "art. 6"))));
    /** Two fixed years, no renewal, general interest and fault. */
    static final ConventionTerms FIXED = ConventionTerms.of(Period.ofYears(2), Citation.of("x", "art. 9"),
            RenewalPolicy.none(Citation.of("x", "art. 9")),
            List.of(TerminationRule.generalInterest(Citation.of("x", "art. 10")),
                    TerminationRule.forFault(Period.ofMonths(1), Citation.of("x", "art. 10"))));

    private static LocalDate date(List<Deadline> ds, DeadlineKind kind) {
        return ds.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow().date();
    }

    @Test
    void tacitRenewalDeadlines() {
        Convention c = Convention.of(TACIT, JAN_1_2026);
        List<Deadline> ds = c.deadlines();
        assertEquals(LocalDate.of(2027, 12, 31), date(ds, DeadlineKind.END_OF_TERM));
        assertEquals(LocalDate.of(2027, 12, 1), date(ds, DeadlineKind.NOTICE_DEADLINE));
        assertEquals(LocalDate.of(2028, 1, 1), date(ds, DeadlineKind.RENEWAL_DATE));
        assertEquals(LocalDate.of(2029, 12, 31), date(ds, DeadlineKind.FINAL_END));
        assertEquals(ART4, ds.get(0).citation());
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2028, 6, 1)).status());
        assertEquals(1, c.stateAt(LocalDate.of(2028, 6, 1)).term().getAsInt());
        assertEquals(ConventionStatus.EXPIRED, c.stateAt(LocalDate.of(2030, 1, 1)).status());
        assertEquals(ConventionStatus.NOT_YET_IN_FORCE, c.stateAt(LocalDate.of(2025, 12, 31)).status());
    }

    @Test
    void renewedTermsAreCountedFromTheStartSoALeapDayStartKeepsItsLength() {
        // the anniversary of 29 February in a common year is 1 March: the term keeps its full length
        Convention c = Convention.of(TACIT, LocalDate.of(2024, 2, 29));
        assertEquals(LocalDate.of(2026, 2, 28), c.runningTerms().get(0).getEndInclusive());
        assertEquals(LocalDate.of(2026, 3, 1), c.runningTerms().get(1).getStart());
        assertEquals(LocalDate.of(2026, 2, 1), date(c.deadlines(), DeadlineKind.NOTICE_DEADLINE));
        assertEquals(LocalDate.of(2028, 2, 28), c.finalEnd());
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2026, 2, 28)).status());
        assertEquals(1, c.stateAt(LocalDate.of(2026, 3, 1)).term().getAsInt());
        Convention oneYear = Convention.of(ConventionTerms.of(Period.ofYears(1), ART4, RenewalPolicy.none(ART4), List.of()),
                LocalDate.of(2028, 2, 29));
        assertEquals(LocalDate.of(2029, 2, 28), oneYear.finalEnd());
    }

    @Test
    void noticeOnTheDeadlineStopsTheRenewalButADayLateDoesNot() {
        Convention inTime = Convention.of(TACIT, JAN_1_2026).withNonRenewalNotice(LocalDate.of(2027, 12, 1));
        assertEquals(LocalDate.of(2027, 12, 31), inTime.finalEnd());
        assertEquals(ConventionStatus.EXPIRED, inTime.stateAt(LocalDate.of(2028, 1, 1)).status());
        Convention late = Convention.of(TACIT, JAN_1_2026).withNonRenewalNotice(LocalDate.of(2027, 12, 2));
        assertEquals(LocalDate.of(2029, 12, 31), late.finalEnd());
        assertTrue(late.findings().has("late-notice-of-non-renewal"));
        // a plain notice under tacit terms without termination clauses is a notice of non-renewal
        assertEquals(LocalDate.of(2027, 12, 31), Convention.of(TACIT, JAN_1_2026)
                .withNotice(LocalDate.of(2026, 5, 1), Optional.empty()).finalEnd());
    }

    @Test
    void aLateNoticeSaysWhenNoRenewalIsLeftAndANoticeDuringTheLastTermIsExplained() {
        // renewable once: a notice a day late lets the only renewal happen, and nothing is left after it
        Convention late = Convention.of(TACIT, JAN_1_2026).withNonRenewalNotice(LocalDate.of(2027, 12, 2));
        String message = late.findings().all().get(0).message();
        assertTrue(message.contains("no renewal is left"), message);
        assertTrue(!message.contains("applies to the next renewal"), message);
        // during the renewed term: no renewal to stop, the convention runs to its end, with a warning
        Convention during = Convention.of(TACIT, JAN_1_2026).withNonRenewalNotice(LocalDate.of(2028, 3, 1));
        assertEquals(LocalDate.of(2029, 12, 31), during.finalEnd());
        assertTrue(during.findings().has("notice-without-renewal-left"), during.findings().toString());
        assertTrue(during.findings().all().get(0).message().contains("ends on 2029-12-31"));
        // a notice during the initial term stays silent: it stops the renewal
        assertTrue(Convention.of(TACIT, JAN_1_2026).withNonRenewalNotice(LocalDate.of(2027, 1, 5)).findings().isEmpty());
    }

    @Test
    void expressRenewalNeedsADecision() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        Convention silent = Convention.of(EXPRESS, start);
        assertEquals(LocalDate.of(2029, 12, 31), silent.finalEnd());
        assertEquals(LocalDate.of(2029, 12, 31), date(silent.deadlines(), DeadlineKind.RENEWAL_DECISION_DEADLINE));
        Convention renewed = silent.withExpressRenewal(LocalDate.of(2029, 11, 15));
        assertEquals(LocalDate.of(2030, 1, 1), date(renewed.deadlines(), DeadlineKind.RENEWAL_DATE));
        assertEquals(LocalDate.of(2034, 12, 31), renewed.finalEnd());
        // a decision on or after the renewal date comes too late, and a second one has nothing to renew
        // refusals by the renewal clause, not invalid input (issue 14: exit 3, naming the article)
        ConventionNotInForceException late = assertThrows(ConventionNotInForceException.class,
                () -> silent.withExpressRenewal(LocalDate.of(2030, 1, 1)));
        assertTrue(late.getMessage().contains("(expressRenewal)"), late.getMessage());
        assertTrue(late.getMessage().contains("it must be decided on or before that day"), late.getMessage());
        assertEquals(List.of(Citation.of("x", "art. 2")), late.rules());
        assertEquals(LocalDate.of(2029, 12, 31), late.end());
        assertTrue(late.isRefusal());
        assertEquals(LocalDate.of(2034, 12, 31), silent.withExpressRenewal(LocalDate.of(2029, 12, 31)).finalEnd());
        NoRuleAppliesException twice = assertThrows(NoRuleAppliesException.class,
                () -> renewed.withExpressRenewal(LocalDate.of(2031, 1, 1)));
        assertTrue(twice.getMessage().contains("the most its renewal clause allows"), twice.getMessage());
        assertEquals(List.of(Citation.of("x", "art. 2")), twice.rules());
        NoRuleAppliesException notTacit = assertThrows(NoRuleAppliesException.class,
                () -> silent.withNonRenewalNotice(LocalDate.of(2026, 1, 1)));
        assertTrue(notTacit.getMessage().contains("only a tacitly renewed convention"), notTacit.getMessage());
        // before the start: not in force either
        assertThrows(ConventionNotInForceException.class, () -> silent.withExpressRenewal(LocalDate.of(2024, 12, 31)));
        // a date outside the supported range stays invalid input, naming the field
        InvalidInputException range = assertThrows(InvalidInputException.class,
                () -> silent.withExpressRenewal(LocalDate.of(2500, 1, 1)));
        assertEquals("expressRenewal", range.field().orElseThrow());
    }

    @Test
    void anExpressRenewalOfATacitlyRenewedConventionIsARefusalOfTheRenewalClause() {
        // issue 14: well-formed, but the clause gives it no effect: a refusal naming the article (exit 3)
        NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                () -> Convention.of(TACIT, JAN_1_2026).withExpressRenewal(LocalDate.of(2027, 6, 1)));
        assertTrue(e.getMessage().contains("(expressRenewal)"), e.getMessage());
        assertTrue(e.getMessage().contains("this convention's renewal is TACIT, not express"), e.getMessage());
        assertEquals(List.of(ART4), e.rules());
        assertTrue(e.isRefusal());
        // after the end, a notice of non-renewal has nothing left to stop
        ConventionNotInForceException over = assertThrows(ConventionNotInForceException.class,
                () -> Convention.of(TACIT, JAN_1_2026).withNonRenewalNotice(LocalDate.of(2030, 1, 1)));
        assertTrue(over.getMessage().contains("(nonRenewalNotice)"), over.getMessage());
        assertEquals(LocalDate.of(2029, 12, 31), over.end());
    }

    @Test
    void terminationFirstDayOfNextMonth() {
        Convention c = Convention.of(EXPRESS, LocalDate.of(2025, 1, 1))
                .withTermination(TerminationKind.FIRST_DAY_OF_NEXT_MONTH, LocalDate.of(2026, 12, 15), Optional.empty());
        assertEquals(LocalDate.of(2027, 1, 1), c.termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2026, 12, 31), c.finalEnd());
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2026, 12, 31)).status());
        assertEquals(ConventionStatus.TERMINATED, c.stateAt(LocalDate.of(2027, 1, 1)).status());
        assertEquals(LocalDate.of(2027, 1, 1), date(c.deadlines(), DeadlineKind.TERMINATION_EFFECTIVE));
        assertTrue(c.deadlines().stream().noneMatch(d -> d.kind() == DeadlineKind.RENEWAL_DECISION_DEADLINE));
    }

    @Test
    void terminationWithThreeMonthsNotice() {
        ConventionTerms threeYears = ConventionTerms.of(Period.ofYears(3), Citation.of("x", "art. 5"),
                RenewalPolicy.none(Citation.of("x", "art. 5")),
                List.of(TerminationRule.atNoticeExpiry(Period.ofMonths(3), MonthEndRule.CLAMP_TO_MONTH_END, Citation.of("x", "art. 7.3"))));
        Convention c = Convention.of(threeYears, LocalDate.of(2025, 1, 15));
        assertEquals(LocalDate.of(2028, 1, 14), c.finalEnd());
        // CPC art. 641-642 by analogy: in force through the day bearing the same number, 3 months later
        Convention noticed = c.withNotice(LocalDate.of(2025, 11, 30), Optional.empty());
        assertEquals(LocalDate.of(2026, 3, 1), noticed.termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2026, 2, 28), noticed.finalEnd());
        assertEquals(ConventionStatus.IN_FORCE, noticed.stateAt(LocalDate.of(2026, 2, 28)).status());
        assertEquals(ConventionStatus.TERMINATED, noticed.stateAt(LocalDate.of(2026, 3, 1)).status());
        assertEquals(LocalDate.of(2026, 3, 1), c.withNotice(LocalDate.of(2025, 11, 29), Optional.empty())
                .termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2026, 2, 28), c.withNotice(LocalDate.of(2025, 11, 27), Optional.empty())
                .termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2027, 3, 1), c.withNotice(LocalDate.of(2026, 11, 30), Optional.empty())
                .termination().orElseThrow().effectiveOn());
        // today's reading stays selectable: the same-number day is the first day no longer in force
        ConventionTerms excluded = ConventionTerms.of(Period.ofYears(3), Citation.of("x", "art. 5"),
                RenewalPolicy.none(Citation.of("x", "art. 5")),
                List.of(threeYears.terminations().get(0).withPeriodCounting(PeriodCounting.EXPIRY_DAY_EXCLUDED)));
        Convention old = Convention.of(excluded, LocalDate.of(2025, 1, 15));
        assertEquals(LocalDate.of(2026, 2, 28), old.withNotice(LocalDate.of(2025, 11, 30), Optional.empty())
                .termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2028, 2, 29), old.withNotice(LocalDate.of(2027, 11, 30), Optional.empty())
                .termination().orElseThrow().effectiveOn());
        // no notice once the convention has ended
        ConventionNotInForceException over = assertThrows(ConventionNotInForceException.class,
                () -> c.withNotice(LocalDate.of(2028, 1, 15), Optional.empty()));
        assertTrue(over.getMessage().contains("(termination.notifiedOn)"), over.getMessage());
        assertTrue(over.getMessage().contains("there is nothing left to give notice of"), over.getMessage());
        assertEquals(List.of(Citation.of("x", "art. 7.3")), over.rules());
        assertEquals(LocalDate.of(2028, 1, 14), over.end());
        // a termination effective after the natural end changes nothing
        Convention late = c.withNotice(LocalDate.of(2027, 12, 1), Optional.empty());
        assertEquals(LocalDate.of(2028, 1, 14), late.finalEnd());
        assertEquals(ConventionStatus.EXPIRED, late.stateAt(LocalDate.of(2028, 2, 1)).status());
    }

    @Test
    void terminationForFaultNeedsFormalNoticeAndCurePeriod() {
        Convention c = Convention.of(FIXED, LocalDate.of(2022, 7, 1)).withFormalNotice(LocalDate.of(2023, 1, 31), "unpaid cotisation");
        assertEquals(LocalDate.of(2023, 2, 28), c.formalNotices().get(0).cureDeadline());
        NoRuleAppliesException early = assertThrows(NoRuleAppliesException.class,
                () -> c.withFaultTerminationConfirmed(LocalDate.of(2023, 2, 28)));
        assertTrue(early.getMessage().contains("(termination.confirmedOn)"), early.getMessage());
        assertTrue(early.getMessage().contains("a confirming letter can follow from 2023-03-01"), early.getMessage());
        assertEquals(FIXED.termination(TerminationKind.FOR_FAULT).orElseThrow().citation(), early.rules().get(0));
        Convention ended = c.withFaultTerminationConfirmed(LocalDate.of(2023, 3, 1));
        assertEquals(LocalDate.of(2023, 3, 1), ended.termination().orElseThrow().effectiveOn());
        assertEquals(ConventionStatus.TERMINATED, ended.stateAt(LocalDate.of(2023, 3, 1)).status());
        NoRuleAppliesException noNotice = assertThrows(NoRuleAppliesException.class,
                () -> Convention.of(FIXED, LocalDate.of(2022, 7, 1)).withFaultTerminationConfirmed(LocalDate.of(2023, 3, 1)));
        assertTrue(noNotice.getMessage().contains("must be preceded by a formal notice"), noNotice.getMessage());
        NoRuleAppliesException direct = assertThrows(NoRuleAppliesException.class, () -> Convention.of(FIXED,
                LocalDate.of(2022, 7, 1)).withTermination(TerminationKind.FOR_FAULT, LocalDate.of(2023, 3, 1), Optional.of("x")));
        assertTrue(direct.getMessage().contains("needs a formal notice then a confirming letter"), direct.getMessage());
        assertThrows(InvalidInputException.class, () -> Convention.of(FIXED, LocalDate.of(2022, 7, 1))
                .withFormalNotice(LocalDate.of(2023, 1, 1), " "));
    }

    @Test
    void generalInterestNeedsReasonsAndIsThePlainNotice() {
        Convention c = Convention.of(FIXED, LocalDate.of(2022, 7, 1));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> c.withTermination(TerminationKind.GENERAL_INTEREST, LocalDate.of(2023, 5, 2), Optional.empty()));
        assertEquals("termination.reason", e.field().orElseThrow());
        Convention ended = c.withNotice(LocalDate.of(2023, 5, 2), Optional.of("service reorganised"));
        assertEquals(TerminationKind.GENERAL_INTEREST, ended.termination().orElseThrow().kind());
        assertEquals(LocalDate.of(2023, 5, 1), ended.finalEnd());
        assertEquals(false, ended.termination().orElseThrow().indemnityDue());
    }

    @Test
    void noRuleAppliesToAPlainNoticeWithoutAClause() {
        ConventionTerms bare = ConventionTerms.of(Period.ofYears(1), ART4, RenewalPolicy.none(ART4), List.of());
        assertThrows(NoRuleAppliesException.class,
                () -> Convention.of(bare, JAN_1_2026).withNotice(LocalDate.of(2026, 2, 1), Optional.empty()));
        NoRuleAppliesException noClause = assertThrows(NoRuleAppliesException.class, () -> Convention.of(bare, JAN_1_2026)
                .withTermination(TerminationKind.GENERAL_INTEREST, JAN_1_2026, Optional.of("x")));
        assertTrue(noClause.getMessage().contains("no termination clause of kind GENERAL_INTEREST"), noClause.getMessage());
        assertEquals(List.of(ART4), noClause.rules());
        assertThrows(InvalidInputException.class, () -> RenewalPolicy.tacit(0, Period.ofYears(1), Period.ofMonths(1), ART4));
    }
}
