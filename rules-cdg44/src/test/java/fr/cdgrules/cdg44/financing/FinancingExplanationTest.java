package fr.cdgrules.cdg44.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.explain.TraceStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * « Modalités financières »: what an answer's explanation says (the cost in the text's words, the status on
 * the day, the day the ARE rights end), and the words of a silence.
 */
class FinancingExplanationTest {
    private static final Financing DEFAULT = Financing.defaults();

    /** « La Région … s'engage, pour les demandeurs d'emploi ne bénéficiant pas de l'ARE, à : … participer aux frais de déplacement ». */
    @Test
    void theAnswerNamesTheCostInTheTextsWords() {
        CostAllocation travel = DEFAULT.whoPays(Cost.TRAVEL_COSTS, TraineeStatus.JOB_SEEKER_WITHOUT_ARE);
        assertEquals("the payer of « frais de déplacement » for a trainee JOB_SEEKER_WITHOUT_ARE", travel.explanation().subject());
        assertEquals("TRAVEL_COSTS for JOB_SEEKER_WITHOUT_ARE: REGION (CONTRIBUTION) [002 modalités financières § Région]",
                travel.toString());
        assertEquals("couverture sociale (maladie, maternité, accident du travail)", Cost.SOCIAL_COVER.label());
    }

    /** A job seeker whose ARE rights end on 31 March 2026 is « en fin de droit » from 1 April: the step says on what day. */
    @Test
    void theStatusOnTheDayNamesTheLastDayOfRights() {
        TraineeSituation s = TraineeSituation.jobSeekerWithAreEndingOn(LocalDate.of(2026, 3, 31));
        CostAllocation relay = DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION, s, LocalDate.of(2026, 4, 1));
        TraceStep status = relay.explanation().steps().get(0);
        assertEquals(Map.of("status", "JOB_SEEKER_WITH_ARE", "areRightsLastDay", "2026-03-31", "date", "2026-04-01"),
                status.inputs());
        assertEquals("JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS", status.result());
        TraceStep approval = relay.explanation().steps().get(1);
        assertEquals(List.of(Citation.of("002", "art. 2 § Région, Direction Emploi, Formation Professionnelle et Apprentissage")),
                approval.citations());
        assertEquals("approved", approval.result());
        // without a last day of rights, none is listed
        CostAllocation without = DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION,
                TraineeSituation.of(TraineeStatus.JOB_SEEKER_WITHOUT_ARE), LocalDate.of(2026, 4, 1));
        assertEquals(Map.of("status", "JOB_SEEKER_WITHOUT_ARE", "date", "2026-04-01"), without.explanation().steps().get(0).inputs());
    }

    /** The text names nobody for the travel costs of a job seeker who receives the ARE. */
    @Test
    void aSilenceWithoutAParticularReasonSaysTheTextNamesNoPayer() {
        NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                () -> DEFAULT.whoPays(Cost.TRAVEL_COSTS, TraineeStatus.JOB_SEEKER_WITH_ARE));
        assertTrue(e.getMessage().contains("the payer of « frais de déplacement » for a trainee JOB_SEEKER_WITH_ARE: "
                + "the text names no payer for this cost and this trainee"), e.getMessage());
        assertEquals(Financing.EXAMINED, e.rules());
    }

    @Test
    void theFinancingKeepsItsReadings() {
        Financing all = Financing.of(AgentRemunerationReading.ALL_AGENTS_RETAINED, EndOfRightsReading.REMUNERATION_ONLY);
        assertEquals(AgentRemunerationReading.ALL_AGENTS_RETAINED, all.agentRemunerationReading());
        assertEquals(EndOfRightsReading.REMUNERATION_ONLY, all.endOfRightsReading());
        assertEquals(AgentRemunerationReading.REGION_OWN_AGENTS_ONLY, DEFAULT.agentRemunerationReading());
        assertEquals(EndOfRightsReading.AS_JOB_SEEKER_WITHOUT_ARE, DEFAULT.endOfRightsReading());
    }
}
