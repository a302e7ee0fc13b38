package fr.cdgrules.cdg44.financing;

import static fr.cdgrules.cdg44.financing.TraineeStatus.JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS;
import static fr.cdgrules.cdg44.financing.TraineeStatus.JOB_SEEKER_WITHOUT_ARE;
import static fr.cdgrules.cdg44.financing.TraineeStatus.JOB_SEEKER_WITH_ARE;
import static fr.cdgrules.cdg44.financing.TraineeStatus.NON_AFFILIATED_COLLECTIVITY_AGENT_IN_RETRAINING;
import static fr.cdgrules.cdg44.financing.TraineeStatus.REGION_AGENT_IN_RETRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.partnership.Party;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.json.CdgJson;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinancingTest {
    private static final Financing DEFAULT = Financing.defaults();
    private static final TraineeStatus[] STATUSES = {JOB_SEEKER_WITH_ARE, JOB_SEEKER_WITHOUT_ARE,
        JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS, REGION_AGENT_IN_RETRAINING, NON_AFFILIATED_COLLECTIVITY_AGENT_IN_RETRAINING};

    /** The expected payer of each cost, in the order of {@link #STATUSES}; null = no rule applies. */
    private static Map<Cost, Payer[]> expectedDefault() {
        Map<Cost, Payer[]> m = new EnumMap<>(Cost.class);
        m.put(Cost.PEDAGOGICAL_COST, all(Payer.CNFPT));
        m.put(Cost.PROMOTION, all(Payer.CDG_COORDINATION));
        m.put(Cost.COORDINATION_STAFF_AND_LOGISTICS, all(Payer.CNFPT_AND_CDG_COORDINATION));
        m.put(Cost.RETURN_TO_WORK_ALLOWANCE, new Payer[] {Payer.FRANCE_TRAVAIL, null, null, null, null});
        m.put(Cost.TRAINEE_REMUNERATION, new Payer[] {null, Payer.REGION, Payer.REGION, Payer.REGION, null});
        m.put(Cost.TRAVEL_COSTS, new Payer[] {null, Payer.REGION, Payer.REGION, null, null});
        m.put(Cost.SOCIAL_COVER, new Payer[] {null, Payer.REGION, Payer.REGION, null, null});
        return m;
    }

    private static Payer[] all(Payer p) {
        return new Payer[] {p, p, p, p, p};
    }

    @Test
    void thePayerOfEachCostForEachTraineeStatus() {
        expectedDefault().forEach((cost, payers) -> {
            for (int i = 0; i < STATUSES.length; i++) {
                TraineeStatus status = STATUSES[i];
                if (payers[i] == null) {
                    NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                            () -> DEFAULT.whoPays(cost, status), cost + " / " + status);
                    assertEquals(Financing.EXAMINED, e.rules());
                } else {
                    assertEquals(payers[i], DEFAULT.whoPays(cost, status).payer(), cost + " / " + status);
                }
            }
        });
    }

    @Test
    void eachAnswerCitesItsParagraph() {
        assertEquals(List.of(Citation.of("002", "modalités financières § CNFPT")),
                DEFAULT.whoPays(Cost.PEDAGOGICAL_COST, JOB_SEEKER_WITH_ARE).citations());
        assertEquals(List.of(Citation.of("002", "modalités financières § coordination régionale des Centres de gestion")),
                DEFAULT.whoPays(Cost.PROMOTION, REGION_AGENT_IN_RETRAINING).citations());
        assertEquals(List.of(Financing.JOINT_COORDINATION),
                DEFAULT.whoPays(Cost.COORDINATION_STAFF_AND_LOGISTICS, JOB_SEEKER_WITHOUT_ARE).citations());
        assertEquals(List.of(Citation.of("002", "modalités financières § France Travail")),
                DEFAULT.whoPays(Cost.RETURN_TO_WORK_ALLOWANCE, JOB_SEEKER_WITH_ARE).citations());
        assertTrue(DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION, JOB_SEEKER_WITHOUT_ARE).citations()
                .contains(Citation.of("002", "modalités financières § Région")));
        assertEquals(List.of(Citation.of("002", "modalités financières § Région, relai")),
                DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION, JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS).citations());
        assertEquals(List.of(Citation.of("002", "art. 2 § Région, Direction des ressources humaines")),
                DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION, REGION_AGENT_IN_RETRAINING).citations());
    }

    @Test
    void coordinationStaffAndLogisticsHaveOneJointPayerInKind() {
        CostAllocation a = DEFAULT.whoPays(Cost.COORDINATION_STAFF_AND_LOGISTICS, JOB_SEEKER_WITH_ARE);
        assertEquals(Payer.CNFPT_AND_CDG_COORDINATION, a.payer());
        assertEquals(Extent.IN_KIND, a.extent());
        assertEquals(List.of(Party.CNFPT, Party.CDG_COORDINATION), a.payer().parties());
    }

    @Test
    void theRegionParticipatesInTravelCosts() {
        CostAllocation a = DEFAULT.whoPays(Cost.TRAVEL_COSTS, JOB_SEEKER_WITHOUT_ARE);
        assertEquals(Payer.REGION, a.payer());
        assertEquals(Extent.CONTRIBUTION, a.extent());
        assertTrue(a.quote().contains("participer aux frais de déplacement"));
        assertEquals(Extent.IN_FULL, DEFAULT.whoPays(Cost.SOCIAL_COVER, JOB_SEEKER_WITHOUT_ARE).extent());
    }

    @Test
    void areEndingDuringTrainingBeforeAndAfterTheEndOfRights() {
        TraineeSituation s = TraineeSituation.jobSeekerWithAreEndingOn(LocalDate.of(2026, 3, 31));
        LocalDate lastDay = LocalDate.of(2026, 3, 31);
        LocalDate after = LocalDate.of(2026, 4, 1);
        assertEquals(JOB_SEEKER_WITH_ARE, s.statusOn(lastDay));
        assertEquals(JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS, s.statusOn(after));
        assertEquals(Payer.FRANCE_TRAVAIL, DEFAULT.whoPays(Cost.RETURN_TO_WORK_ALLOWANCE, s, lastDay).payer());
        assertThrows(NoRuleAppliesException.class, () -> DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION, s, lastDay));
        assertThrows(NoRuleAppliesException.class, () -> DEFAULT.whoPays(Cost.RETURN_TO_WORK_ALLOWANCE, s, after));
        CostAllocation relay = DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION, s, after);
        assertEquals(Payer.REGION, relay.payer());
        assertTrue(relay.explanation().render().contains("2026-04-01"), relay.explanation().render());
        assertEquals(Payer.REGION, DEFAULT.whoPays(Cost.TRAVEL_COSTS, s, after).payer());
        assertEquals(Payer.REGION, DEFAULT.whoPays(Cost.SOCIAL_COVER, s, after).payer());
        assertThrows(NoRuleAppliesException.class, () -> DEFAULT.whoPays(Cost.SOCIAL_COVER, s, lastDay));
    }

    @Test
    void underRemunerationOnlyTheRelayCoversNothingElse() {
        Financing strict = Financing.of(AgentRemunerationReading.REGION_OWN_AGENTS_ONLY, EndOfRightsReading.REMUNERATION_ONLY);
        assertEquals(Payer.REGION, strict.whoPays(Cost.TRAINEE_REMUNERATION, JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS).payer());
        NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                () -> strict.whoPays(Cost.TRAVEL_COSTS, JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS));
        assertTrue(e.getMessage().contains("REMUNERATION_ONLY"), e.getMessage());
        assertThrows(NoRuleAppliesException.class, () -> strict.whoPays(Cost.SOCIAL_COVER, JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS));
    }

    @Test
    void agentsInRetrainingRemuneration() {
        NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                () -> DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION, NON_AFFILIATED_COLLECTIVITY_AGENT_IN_RETRAINING));
        assertTrue(e.getMessage().contains("REGION_OWN_AGENTS_ONLY"), e.getMessage());
        Financing all = Financing.of(AgentRemunerationReading.ALL_AGENTS_RETAINED, EndOfRightsReading.AS_JOB_SEEKER_WITHOUT_ARE);
        assertEquals(Payer.REGION, all.whoPays(Cost.TRAINEE_REMUNERATION, NON_AFFILIATED_COLLECTIVITY_AGENT_IN_RETRAINING).payer());
        assertThrows(NoRuleAppliesException.class, () -> all.whoPays(Cost.TRAVEL_COSTS, REGION_AGENT_IN_RETRAINING));
    }

    @Test
    void theSilenceIsExplained() {
        NoRuleAppliesException are = assertThrows(NoRuleAppliesException.class,
                () -> DEFAULT.whoPays(Cost.RETURN_TO_WORK_ALLOWANCE, JOB_SEEKER_WITHOUT_ARE));
        assertTrue(are.getMessage().contains("pour les demandeurs d'emploi bénéficiaires"), are.getMessage());
        NoRuleAppliesException remuneration = assertThrows(NoRuleAppliesException.class,
                () -> DEFAULT.whoPays(Cost.TRAINEE_REMUNERATION, JOB_SEEKER_WITH_ARE));
        assertTrue(remuneration.getMessage().contains("ne sont pas indemnisés par l'assurance chômage"), remuneration.getMessage());
    }

    @Test
    void paidCostsListsTheAnsweredCosts() {
        assertEquals(List.of(Cost.PEDAGOGICAL_COST, Cost.PROMOTION, Cost.COORDINATION_STAFF_AND_LOGISTICS,
                Cost.RETURN_TO_WORK_ALLOWANCE), DEFAULT.paidCosts(JOB_SEEKER_WITH_ARE).stream().map(CostAllocation::cost).toList());
        assertEquals(6, DEFAULT.paidCosts(JOB_SEEKER_WITHOUT_ARE).size());
    }

    @Test
    void aSituationIsValidated() {
        assertEquals("situation.status", assertThrows(InvalidInputException.class,
                () -> TraineeSituation.of(JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS)).field().orElseThrow());
        assertEquals(Optional.empty(), TraineeSituation.of(JOB_SEEKER_WITHOUT_ARE).areRightsLastDay());
    }

    @Test
    void roundTripsAsJson() {
        CostAllocation a = DEFAULT.whoPays(Cost.TRAVEL_COSTS, JOB_SEEKER_WITHOUT_ARE);
        assertEquals(a, CdgJson.read(CdgJson.write(a), CostAllocation.class));
        TraineeSituation s = TraineeSituation.jobSeekerWithAreEndingOn(LocalDate.of(2026, 3, 31));
        assertEquals(s, CdgJson.read(CdgJson.write(s), TraineeSituation.class));
    }
}
