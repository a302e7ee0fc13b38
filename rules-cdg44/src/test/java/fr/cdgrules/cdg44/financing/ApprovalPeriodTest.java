package fr.cdgrules.cdg44.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.Cdg44Rules;
import fr.cdgrules.cdg44.cohort.Candidate;
import fr.cdgrules.cdg44.cohort.CohortAdmission;
import fr.cdgrules.cdg44.cohort.Department;
import fr.cdgrules.cdg44.cohort.Session;
import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.cdg44.partnership.Party;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.finding.Findings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Art. 2 § Région, Direction Emploi: « les formations de secrétaire général de mairie dispensées par le
 * CNFPT sur la période 2024-2027 feront l'objet d'un agrément permettant aux personnes en recherche
 * d'emploi … de bénéficier de la rémunération publique des stagiaires ».
 */
class ApprovalPeriodTest {
    private static final Citation EMPLOYMENT = Citation.of("002",
            "art. 2 § Région, Direction Emploi, Formation Professionnelle et Apprentissage");
    private static final Financing FINANCING = Financing.defaults();
    private static final TraineeSituation WITHOUT_ARE = TraineeSituation.of(TraineeStatus.JOB_SEEKER_WITHOUT_ARE);
    /** Signed by the last party on 15 January 2025: in force to 14 January 2028, past the approval period. */
    private static final Partnership PARTNERSHIP = Partnership.of(LocalDate.of(2025, 1, 15));

    @Test
    void theRegionPaysOnTheLastDayOfThePeriodAndNoOneTheDayAfter() {
        CostAllocation last = FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2027, 12, 31));
        assertEquals(Payer.REGION, last.payer());
        assertTrue(last.explanation().render().contains("sur la période 2024-2027"), last.explanation().render());
        NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                () -> FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2028, 1, 1)));
        assertEquals(EMPLOYMENT, e.rules().get(0));
        assertTrue(e.getMessage().contains("sur la période 2024-2027"), e.getMessage());
        // the social cover and the travel contribution come with the approval (« en outre »)
        assertThrows(NoRuleAppliesException.class,
                () -> FINANCING.whoPays(Cost.SOCIAL_COVER, WITHOUT_ARE, LocalDate.of(2028, 1, 1)));
        assertThrows(NoRuleAppliesException.class,
                () -> FINANCING.whoPays(Cost.TRAVEL_COSTS, WITHOUT_ARE, LocalDate.of(2028, 1, 1)));
        // and before it
        assertEquals(Payer.REGION, FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2024, 1, 1)).payer());
        assertThrows(NoRuleAppliesException.class,
                () -> FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2023, 12, 31)));
    }

    @Test
    void theRelayAtTheEndOfRightsRestsOnTheApprovalToo() {
        TraineeSituation ending = TraineeSituation.jobSeekerWithAreEndingOn(LocalDate.of(2027, 12, 15));
        assertEquals(Payer.FRANCE_TRAVAIL, FINANCING.whoPays(Cost.RETURN_TO_WORK_ALLOWANCE, ending, LocalDate.of(2027, 12, 15)).payer());
        assertEquals(Payer.REGION, FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, ending, LocalDate.of(2027, 12, 16)).payer());
        assertThrows(NoRuleAppliesException.class,
                () -> FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, ending, LocalDate.of(2028, 1, 3)));
    }

    @Test
    void costsNotUnderTheApprovalKeepTheirPayer() {
        // the CNFPT's pedagogical cost and the Région's own agents do not rest on the approval
        assertEquals(Payer.CNFPT, FINANCING.whoPays(Cost.PEDAGOGICAL_COST, WITHOUT_ARE, LocalDate.of(2028, 1, 3)).payer());
        assertEquals(Payer.REGION, FINANCING.whoPays(Cost.TRAINEE_REMUNERATION,
                TraineeSituation.of(TraineeStatus.REGION_AGENT_IN_RETRAINING), LocalDate.of(2028, 1, 3)).payer());
        assertEquals(Payer.FRANCE_TRAVAIL, FINANCING.whoPays(Cost.RETURN_TO_WORK_ALLOWANCE,
                TraineeSituation.of(TraineeStatus.JOB_SEEKER_WITH_ARE), LocalDate.of(2028, 1, 3)).payer());
    }

    /** A training day outside the convention's days in force has no payer at all. */
    @Test
    void aTrainingDayOutsideTheConventionHasNoPayer() {
        assertEquals(Payer.REGION, FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2025, 1, 15), PARTNERSHIP).payer());
        ConventionNotInForceException before = assertThrows(ConventionNotInForceException.class,
                () -> FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2025, 1, 14), PARTNERSHIP));
        assertEquals(Citation.of("002", "art. 5"), before.rules().get(0));
        assertThrows(ConventionNotInForceException.class,
                () -> FINANCING.whoPays(Cost.PEDAGOGICAL_COST, WITHOUT_ARE, LocalDate.of(2025, 1, 14), PARTNERSHIP));
        // in force to 14 January 2028, but the approval ends on 31 December 2027
        assertThrows(NoRuleAppliesException.class,
                () -> FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2028, 1, 14), PARTNERSHIP));
        assertEquals(Payer.CNFPT, FINANCING.whoPays(Cost.PEDAGOGICAL_COST, WITHOUT_ARE, LocalDate.of(2028, 1, 14), PARTNERSHIP).payer());
        assertThrows(ConventionNotInForceException.class,
                () -> FINANCING.whoPays(Cost.PEDAGOGICAL_COST, WITHOUT_ARE, LocalDate.of(2028, 1, 15), PARTNERSHIP));
        // after a notice (30 November 2025 → in force through 28 February 2026): art. 7.3
        Partnership noticed = PARTNERSHIP.withNotice(Party.REGION, LocalDate.of(2025, 11, 30));
        assertEquals(Payer.REGION, FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2026, 2, 28), noticed).payer());
        ConventionNotInForceException after = assertThrows(ConventionNotInForceException.class,
                () -> FINANCING.whoPays(Cost.TRAINEE_REMUNERATION, WITHOUT_ARE, LocalDate.of(2026, 3, 1), noticed));
        assertEquals(Citation.of("002", "art. 7.3"), after.rules().get(0));
    }

    @Test
    void sessionsOutsideTheConventionOrTheApprovalPeriodGetAFinding() {
        Cdg44Rules rules = Cdg44Rules.defaults();
        Findings pilot = rules.cohorts().checkSession(Session.of(Department.SARTHE, LocalDate.of(2024, 9, 9)), PARTNERSHIP);
        assertTrue(pilot.has("session-outside-convention"), pilot.toString());
        assertTrue(rules.cohorts().checkSession(Session.of(Department.SARTHE, LocalDate.of(2025, 1, 15)), PARTNERSHIP).isEmpty());
        Findings late = rules.cohorts().checkSession(Session.of(Department.VENDEE, LocalDate.of(2028, 1, 10)), PARTNERSHIP);
        assertTrue(late.has("session-outside-approval-period"), late.toString());
        assertTrue(!late.has("session-outside-convention"), late.toString());
        assertTrue(rules.cohorts().checkSession(Session.of(Department.VENDEE, LocalDate.of(2028, 1, 15)), PARTNERSHIP)
                .has("session-outside-convention"));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            candidates.add(Candidate.jobSeeker("js" + i, LocalDate.of(2027, 11, 2)));
        }
        CohortAdmission a = rules.cohorts().admit(Session.of(Department.VENDEE, LocalDate.of(2028, 1, 10)), candidates, PARTNERSHIP);
        assertEquals(12, a.admitted().size());
        assertTrue(a.findings().has("session-outside-approval-period"));
    }
}
