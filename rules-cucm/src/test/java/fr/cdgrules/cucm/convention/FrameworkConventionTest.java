package fr.cdgrules.cucm.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.DeadlineKind;
import fr.cdgrules.core.lifecycle.RenewalKind;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmModule;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameworkConventionTest {
    static final CucmRules RULES = CucmRules.defaults();

    @Test
    void twoYearsNoRenewalGeneralInterestFirst() {
        ConventionTerms t = RULES.conventionTerms();
        assertEquals(Period.ofYears(2), t.initialTerm());
        assertEquals(RenewalKind.NONE, t.renewal().kind());
        assertEquals(CucmText.ART_9, t.renewal().citation());
        assertEquals(TerminationKind.GENERAL_INTEREST, t.terminations().get(0).kind());
        assertEquals(TerminationKind.FOR_FAULT, t.terminations().get(1).kind());
        assertEquals(Optional.of(Period.ofMonths(1)), t.terminations().get(1).period());
        assertTrue(t.terminations().stream().noneMatch(r -> r.indemnityDue()));
        assertTrue(t.terminations().stream().allMatch(r -> r.citation().equals(CucmText.ART_10)));
    }

    @Test
    void theConventionRunsFromJuly2022ToJune2024WhateverTheStartAsked() {
        CucmModule module = new CucmModule();
        for (LocalDate asked : List.of(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 2, 15), LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1))) {
            Convention c = module.convention(asked);
            assertEquals(LocalDate.of(2022, 7, 1), c.start());
            assertEquals(LocalDate.of(2024, 6, 30), c.finalEnd());
        }
        Convention c = RULES.convention();
        assertEquals(ConventionStatus.NOT_YET_IN_FORCE, c.stateAt(LocalDate.of(2022, 6, 30)).status());
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2024, 6, 30)).status());
        assertEquals(ConventionStatus.EXPIRED, c.stateAt(LocalDate.of(2024, 7, 1)).status(), "« non reconductible de façon tacite »");
        assertTrue(c.deadlines().stream().noneMatch(d -> d.kind() == DeadlineKind.RENEWAL_DATE));
        // the clause refuses (art. 9): a refusal naming the article, not invalid input
        NoRuleAppliesException express = assertThrows(NoRuleAppliesException.class,
                () -> c.withExpressRenewal(LocalDate.of(2024, 5, 1)));
        assertTrue(express.getMessage().contains("not express"), express.getMessage());
        assertEquals(List.of(c.terms().renewal().citation()), express.rules());
        assertThrows(NoRuleAppliesException.class, () -> c.withNonRenewalNotice(LocalDate.of(2024, 5, 1)));
    }

    @Test
    void aPlainNoticeIsATerminationInTheGeneralInterestAndNeedsReasons() {
        Convention c = RULES.convention();
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> c.withNotice(LocalDate.of(2023, 9, 15), Optional.empty()));
        assertEquals("termination.reason", noReason.field().orElseThrow());
        Convention t = c.withNotice(LocalDate.of(2023, 9, 15), Optional.of("réorganisation des services communaux"));
        assertEquals(TerminationKind.GENERAL_INTEREST, t.termination().orElseThrow().kind());
        assertEquals(LocalDate.of(2023, 9, 15), t.termination().orElseThrow().effectiveOn());
        assertFalse(t.termination().orElseThrow().indemnityDue());
        assertEquals(LocalDate.of(2023, 9, 14), t.finalEnd());
        assertEquals(ConventionStatus.TERMINATED, t.stateAt(LocalDate.of(2023, 9, 15)).status());
    }

    @Test
    void terminationForFaultNeedsAFormalNoticeAndOneMonthToComply() {
        Convention c = RULES.convention();
        NoRuleAppliesException noNotice = assertThrows(NoRuleAppliesException.class,
                () -> c.withFaultTerminationConfirmed(LocalDate.of(2023, 4, 20)));
        assertEquals(List.of(CucmText.ART_10), noNotice.rules());
        assertTrue(noNotice.getMessage().contains("must be preceded by a formal notice"), noNotice.getMessage());
        Convention noticed = c.withFormalNotice(LocalDate.of(2023, 3, 10), "cotisation 2023 non réglée");
        assertEquals(LocalDate.of(2023, 4, 10), noticed.formalNotices().get(0).cureDeadline());
        assertTrue(noticed.deadlines().stream().anyMatch(d -> d.kind() == DeadlineKind.CURE_PERIOD_END
                && d.date().equals(LocalDate.of(2023, 4, 10))));
        NoRuleAppliesException tooEarly = assertThrows(NoRuleAppliesException.class,
                () -> noticed.withFaultTerminationConfirmed(LocalDate.of(2023, 4, 10)));
        assertTrue(tooEarly.getMessage().contains("(termination.confirmedOn)"), tooEarly.getMessage());
        assertEquals(List.of(CucmText.ART_10), tooEarly.rules());
        Convention terminated = noticed.withFaultTerminationConfirmed(LocalDate.of(2023, 4, 11));
        assertEquals(TerminationKind.FOR_FAULT, terminated.termination().orElseThrow().kind());
        assertEquals(LocalDate.of(2023, 4, 11), terminated.termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2023, 4, 10), terminated.finalEnd());
        // month end: a notice served on 31 January gives until 28 February
        assertEquals(LocalDate.of(2023, 2, 28),
                c.withFormalNotice(LocalDate.of(2023, 1, 31), "x").formalNotices().get(0).cureDeadline());
    }

    static MissionSheet unpaidMarch2023() {
        List<TimesheetEntry> entries = List.of(
                TimesheetEntry.of(LocalDate.of(2023, 3, 6), Hours.of(7), Activity.WORK),
                TimesheetEntry.of(LocalDate.of(2023, 3, 7), Hours.of(7), Activity.WORK),
                TimesheetEntry.of(LocalDate.of(2023, 3, 8), Hours.of(7), Activity.WORK));
        return MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 8), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)
                .withTimesheet(entries);
    }

    @Test
    void whatStaysDueAfterATerminationForFault() {
        Convention terminated = RULES.convention().withFormalNotice(LocalDate.of(2023, 3, 10), "manquement")
                .withFaultTerminationConfirmed(LocalDate.of(2023, 4, 11));
        TerminationDues dues = RULES.dueAtTermination(terminated, Fixtures.marigny(), false, List.of(unpaidMarch2023()));
        assertEquals(Year.of(2023), dues.year());
        assertEquals(Money.ofEuros(210), dues.cotisationDue());
        assertEquals(Hours.of(14), dues.replacementHoursDue(), "21 h done − 7 h prepaid");
        assertEquals(Money.ofEuros(420), dues.replacementsDue());
        assertEquals(Money.ofEuros(630), dues.total());
        assertEquals(Money.ZERO, dues.indemnity());
        assertTrue(dues.citations().containsAll(List.of(CucmText.ART_10, CucmText.ART_5)));
        TerminationDues paid = RULES.dueAtTermination(terminated, Fixtures.marigny(), true, List.of(unpaidMarch2023()));
        assertEquals(Money.ZERO, paid.cotisationDue());
        assertEquals(Money.ofEuros(420), paid.total());
    }

    @Test
    void whatStaysDueAfterATerminationInTheGeneralInterest() {
        Convention terminated = RULES.convention().withTermination(TerminationKind.GENERAL_INTEREST,
                LocalDate.of(2023, 9, 15), Optional.of("mutualisation avec le centre de gestion"));
        TerminationDues dues = RULES.dueAtTermination(terminated, Fixtures.ecuisses(), false, List.of());
        assertEquals(Money.ofEuros(420), dues.total(), "the whole 2023 cotisation, never prorated");
        assertTrue(dues.explanation().render().contains("mutualisation avec le centre de gestion"));
        // 2022: no cotisation
        Convention in2022 = RULES.convention().withTermination(TerminationKind.GENERAL_INTEREST,
                LocalDate.of(2022, 11, 2), Optional.of("motif"));
        assertEquals(Money.ZERO, RULES.dueAtTermination(in2022, Fixtures.ecuisses(), false, List.of()).total());
    }

    @Test
    void duesRefuseBadInput() {
        // no termination recorded: the rules of art. 10 have nothing to settle (a refusal, exit 3)
        NoRuleAppliesException none = assertThrows(NoRuleAppliesException.class,
                () -> RULES.dueAtTermination(RULES.convention(), Fixtures.marigny(), false, List.of()));
        assertEquals(List.of(CucmText.ART_10), none.rules());
        assertTrue(none.getMessage().contains("no termination is recorded on this convention"), none.getMessage());
        Convention terminated = RULES.convention().withTermination(TerminationKind.GENERAL_INTEREST,
                LocalDate.of(2023, 3, 7), Optional.of("motif"));
        InvalidInputException after = assertThrows(InvalidInputException.class,
                () -> RULES.dueAtTermination(terminated, Fixtures.marigny(), false, List.of(unpaidMarch2023())));
        assertEquals("unpaidReplacements[0].timesheet", after.field().orElseThrow());
        InvalidInputException other = assertThrows(InvalidInputException.class,
                () -> RULES.dueAtTermination(terminated, Fixtures.ecuisses(), false, List.of(unpaidMarch2023())));
        assertEquals("unpaidReplacements[0].commune", other.field().orElseThrow());
    }
}
