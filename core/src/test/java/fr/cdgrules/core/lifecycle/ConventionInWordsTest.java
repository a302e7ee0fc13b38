package fr.cdgrules.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The deadlines and states of a convention as a lawyer reads them: each with its description and
 * article, in date order; and the refusals naming the clause.
 */
class ConventionInWordsTest {
    private static List<String> deadlines(Convention c) {
        return c.deadlines().stream().map(Deadline::toString).toList();
    }

    private static String state(Convention c, LocalDate date) {
        return c.stateAt(date).toString();
    }

    @Test
    void aTacitRenewalListsTheNoticeDeadlineBeforeTheRenewalAndTheStatesSayWhichTerm() {
        Convention c = Convention.of(ConventionTest.TACIT, ConventionTest.JAN_1_2026);
        assertEquals(List.of(
                "2027-12-01 NOTICE_DEADLINE: last day to give notice of non-renewal before renewal 1 (x art. 4)",
                "2027-12-31 END_OF_TERM: end of the initial term (x art. 4)",
                "2028-01-01 RENEWAL_DATE: renewal 1 takes effect (x art. 4)",
                "2029-12-31 END_OF_TERM: end of renewed term 1 (x art. 4)",
                "2029-12-31 FINAL_END: last day in force (end of the last renewal allowed) (x art. 4)"), deadlines(c));
        assertEquals("2025-12-31: NOT_YET_IN_FORCE — starts on 2026-01-01 [x art. 4]",
                state(c, LocalDate.of(2025, 12, 31)));
        assertEquals("2026-06-01: IN_FORCE (term 0) — initial term 2026-01-01 to 2027-12-31 [x art. 4]",
                state(c, LocalDate.of(2026, 6, 1)));
        assertEquals("2028-06-01: IN_FORCE (term 1) — renewal 1, term 2028-01-01 to 2029-12-31 [x art. 4]",
                state(c, LocalDate.of(2028, 6, 1)));
        assertEquals("2030-01-01: EXPIRED — expired on 2029-12-31 (end of the last renewal allowed) [x art. 4]",
                state(c, LocalDate.of(2030, 1, 1)));
        Convention noticed = c.withNonRenewalNotice(LocalDate.of(2027, 11, 1));
        assertEquals(List.of(
                "2027-12-01 NOTICE_DEADLINE: last day to give notice of non-renewal before renewal 1 (x art. 4)",
                "2027-12-31 END_OF_TERM: end of the initial term (x art. 4)",
                "2027-12-31 FINAL_END: last day in force (notice of non-renewal given on 2027-11-01) (x art. 4)"),
                deadlines(noticed));
        assertEquals("2028-01-01: EXPIRED — expired on 2027-12-31 (notice of non-renewal given on 2027-11-01)"
                + " [x art. 4]", state(noticed, LocalDate.of(2028, 1, 1)));
    }

    @Test
    void anExpressRenewalHasItsDecisionDeadlineAndSilenceEndsTheConvention() {
        Convention silent = Convention.of(ConventionTest.EXPRESS, ConventionTest.JAN_1_2026);
        assertEquals(List.of(
                "2030-12-31 RENEWAL_DECISION_DEADLINE: last day to decide express renewal 1 (x art. 2)",
                "2030-12-31 END_OF_TERM: end of the initial term (x art. 2)",
                "2030-12-31 FINAL_END: last day in force (no express renewal decided) (x art. 2)"), deadlines(silent));
        assertEquals("2031-01-01: EXPIRED — expired on 2030-12-31 (no express renewal decided) [x art. 2]",
                state(silent, LocalDate.of(2031, 1, 1)));
        Convention renewed = silent.withExpressRenewal(LocalDate.of(2030, 6, 1));
        assertEquals(List.of(
                "2030-12-31 RENEWAL_DECISION_DEADLINE: last day to decide express renewal 1 (x art. 2)",
                "2030-12-31 END_OF_TERM: end of the initial term (x art. 2)",
                "2031-01-01 RENEWAL_DATE: renewal 1 takes effect (x art. 2)",
                "2035-12-31 END_OF_TERM: end of renewed term 1 (x art. 2)",
                "2035-12-31 FINAL_END: last day in force (end of the last renewal allowed) (x art. 2)"), deadlines(renewed));
    }

    @Test
    void aTerminationNamesItsClauseInTheDeadlinesAndTheState() {
        Convention c = Convention.of(ConventionTest.EXPRESS, ConventionTest.JAN_1_2026)
                .withNotice(LocalDate.of(2026, 12, 10), Optional.empty());
        assertEquals(List.of(
                "2026-12-31 FINAL_END: last day in force (terminated) (x art. 6)",
                "2027-01-01 TERMINATION_EFFECTIVE: termination (FIRST_DAY_OF_NEXT_MONTH) notified on 2026-12-10 takes"
                        + " effect (x art. 6)"), deadlines(c));
        assertEquals("2027-01-01: TERMINATED — terminated (FIRST_DAY_OF_NEXT_MONTH) notified on 2026-12-10, effective"
                + " 2027-01-01 [x art. 6]", state(c, LocalDate.of(2027, 1, 1)));
        Convention fixed = Convention.of(ConventionTest.FIXED, LocalDate.of(2022, 7, 1));
        assertEquals(List.of(
                "2024-06-30 END_OF_TERM: end of the initial term (x art. 9)",
                "2024-06-30 FINAL_END: last day in force (end of term, no renewal) (x art. 9)"), deadlines(fixed));
        Convention fault = fixed.withFormalNotice(LocalDate.of(2023, 1, 28), "unpaid fees")
                .withFaultTerminationConfirmed(LocalDate.of(2023, 3, 1));
        assertEquals(List.of(
                "2023-02-28 FINAL_END: last day in force (terminated) (x art. 10)",
                "2023-02-28 CURE_PERIOD_END: last day to remedy the breach stated in the formal notice of 2023-01-28"
                        + " (x art. 10)",
                "2023-03-01 TERMINATION_EFFECTIVE: termination (FOR_FAULT) notified on 2023-03-01 takes effect"
                        + " (x art. 10)"), deadlines(fault));
        assertEquals(Optional.of("unpaid fees"), fault.termination().orElseThrow().reason());
    }

    @Test
    void refusalsNameTheFieldAndTheClause() {
        Convention fixed = Convention.of(ConventionTest.FIXED, LocalDate.of(2022, 7, 1));
        Convention tacit = Convention.of(ConventionTest.TACIT, ConventionTest.JAN_1_2026);
        // the rules refuse (exit 3): the field in brackets, the words, the clause's article
        assertRefusal(NoRuleAppliesException.class, "(termination.kind): this convention has no termination clause"
                + " of kind GENERAL_INTEREST", "x art. 4", () -> tacit.withTermination(
                        TerminationKind.GENERAL_INTEREST, LocalDate.of(2026, 5, 1), Optional.of("x")));
        assertRefusal(NoRuleAppliesException.class, "(termination.confirmedOn): a termination for fault must be"
                + " preceded by a formal notice", "x art. 10",
                () -> fixed.withFaultTerminationConfirmed(LocalDate.of(2023, 3, 1)));
        assertRefusal(NoRuleAppliesException.class, "(termination.confirmedOn): the cure period of the formal notice"
                + " of 2023-01-28 runs until 2023-02-28; a confirming letter can follow from 2023-03-01", "x art. 10",
                () -> fixed.withFormalNotice(LocalDate.of(2023, 1, 28), "b")
                        .withFaultTerminationConfirmed(LocalDate.of(2023, 2, 28)));
        assertRefusal(NoRuleAppliesException.class, "(termination.kind): termination for fault needs a formal notice"
                + " then a confirming letter", "x art. 10", () -> fixed.withTermination(
                        TerminationKind.FOR_FAULT, LocalDate.of(2023, 1, 28), Optional.of("x")));
        assertRefusal(ConventionNotInForceException.class, "no convention in force for 2022-06-30 (termination.notifiedOn), before"
                + " the start of the convention, 2022-07-01", "x art. 10", () -> fixed.withTermination(
                        TerminationKind.GENERAL_INTEREST, LocalDate.of(2022, 6, 30), Optional.of("x")));
        // malformed input stays invalid input (exit 2), naming the field
        assertEquals("invalid formalNotice.breach: a formal notice states the nature of the breach (x art. 10)",
                assertThrows(InvalidInputException.class,
                        () -> fixed.withFormalNotice(LocalDate.of(2023, 1, 28), " ")).getMessage());
    }

    private static void assertRefusal(Class<? extends CdgRulesException> type, String words, String article,
            org.junit.jupiter.api.function.Executable call) {
        CdgRulesException e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(words), e::getMessage);
        assertTrue(e.isRefusal(), e::getMessage);
        assertEquals(List.of(article), e.rules().stream().map(Object::toString).toList(), e::getMessage);
    }
}
