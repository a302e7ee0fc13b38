package fr.cdgrules.cdg44.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.json.CdgJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CohortRulesTest {
    private static final CohortRules RULES = CohortRules.defaults();
    private static final Session LE_MANS_2025 = Session.of(Department.SARTHE, LocalDate.of(2025, 9, 8));
    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private static final Immersion OK = Immersion.of(3, true);

    private static List<Candidate> jobSeekers(int n) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Candidate.jobSeeker(String.format("js%02d", i), APPLIED.plusDays(i), OK));
        }
        return list;
    }

    private static List<Candidate> regionAgents(int n) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Candidate.regionAgent(String.format("ra%02d", i), APPLIED.plusDays(i), OK));
        }
        return list;
    }

    @Test
    void cohortsOf12And18Conform() {
        assertTrue(RULES.checkPlan(LE_MANS_2025, 12).isEmpty());
        assertTrue(RULES.checkPlan(LE_MANS_2025, 18).isEmpty());
    }

    @Test
    void aCohortOf11IsRefusedByDefault() {
        Findings f = RULES.checkPlan(LE_MANS_2025, 11);
        assertTrue(f.isRefused());
        assertTrue(f.has("cohort-below-minimum"));
        assertEquals(Citation.of("002", "art. 1"), f.all().get(0).citation());
    }

    @Test
    void aCohortOf11IsAWarningUnderTheOtherReading() {
        CohortRules warn = CohortRules.of(CohortMinimumReading.WARN_BELOW_MINIMUM, CohortCompletionReading.FILL_TO_MAXIMUM,
                ImmersionScopeReading.ALL_CANDIDATES);
        Findings f = warn.checkPlan(LE_MANS_2025, 11);
        assertFalse(f.isRefused());
        assertTrue(f.has("cohort-below-minimum"));
    }

    @Test
    void aCohortOf19IsAlwaysRefused() {
        assertTrue(RULES.checkPlan(LE_MANS_2025, 19).has("cohort-above-maximum"));
        assertTrue(RULES.checkPlan(LE_MANS_2025, 19).isRefused());
        CohortRules warn = CohortRules.of(CohortMinimumReading.WARN_BELOW_MINIMUM, CohortCompletionReading.FILL_TO_MAXIMUM,
                ImmersionScopeReading.ALL_CANDIDATES);
        assertTrue(warn.checkPlan(LE_MANS_2025, 19).isRefused());
    }

    @Test
    void aNegativeCountIsInvalid() {
        assertEquals("participants", assertThrows(InvalidInputException.class,
                () -> RULES.checkPlan(LE_MANS_2025, -1)).field().orElseThrow());
    }

    @Test
    void the2024PilotIsInSarthe() {
        assertTrue(RULES.checkSession(Session.of(Department.SARTHE, LocalDate.of(2024, 9, 2))).isEmpty());
        Findings nantes2024 = RULES.checkSession(Session.of(Department.LOIRE_ATLANTIQUE, LocalDate.of(2024, 10, 1)));
        assertTrue(nantes2024.has("session-before-sarthe-pilot"));
        assertFalse(nantes2024.isRefused());
        assertTrue(RULES.checkSession(Session.of(Department.LOIRE_ATLANTIQUE, LocalDate.of(2025, 1, 6))).isEmpty());
        Findings june2024 = RULES.checkSession(Session.of(Department.SARTHE, LocalDate.of(2024, 6, 30)));
        assertTrue(june2024.has("session-before-second-half-2024"));
        assertTrue(june2024.isRefused());
    }

    @Test
    void departmentsAreTheFiveOfTheRegion() {
        assertEquals(Department.SARTHE, Department.ofCode("72"));
        assertEquals(5, Department.values().length);
        assertEquals("department", assertThrows(InvalidInputException.class, () -> Department.ofCode("79")).field().orElseThrow());
    }

    @Test
    void jobSeekersFirstThenAgentsCompleteTheSession() {
        List<Candidate> candidates = new ArrayList<>(regionAgents(5));
        candidates.addAll(jobSeekers(15));
        CohortAdmission a = RULES.admit(LE_MANS_2025, candidates);
        assertEquals(18, a.admitted().size());
        assertEquals(15, a.admitted().stream().filter(c -> c.category() == CandidateCategory.JOB_SEEKER).count());
        assertEquals(List.of("ra00", "ra01", "ra02"), a.admitted().subList(15, 18).stream().map(Candidate::id).toList());
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_PLACE, a.decisionFor("ra03").outcome());
        assertEquals(OptionalInt.of(16), a.decisionFor("ra00").rank());
        assertTrue(a.findings().isEmpty());
    }

    @Test
    void noAgentWhenJobSeekersFillTheSession() {
        List<Candidate> candidates = new ArrayList<>(regionAgents(2));
        candidates.addAll(jobSeekers(19));
        CohortAdmission a = RULES.admit(LE_MANS_2025, candidates);
        assertEquals(18, a.admitted().size());
        assertTrue(a.admitted().stream().allMatch(c -> c.category() == CandidateCategory.JOB_SEEKER));
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_PLACE, a.decisionFor("js18").outcome(), "the 19th job seeker");
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_PLACE, a.decisionFor("ra00").outcome());
    }

    @Test
    void underFillToMinimumAgentsOnlyReachTwelve() {
        CohortRules min = CohortRules.of(CohortMinimumReading.REFUSE_BELOW_MINIMUM, CohortCompletionReading.FILL_TO_MINIMUM,
                ImmersionScopeReading.ALL_CANDIDATES);
        List<Candidate> candidates = new ArrayList<>(regionAgents(5));
        candidates.addAll(jobSeekers(10));
        assertEquals(12, min.admit(LE_MANS_2025, candidates).admitted().size());
        assertEquals(15, RULES.admit(LE_MANS_2025, candidates).admitted().size());
        List<Candidate> enough = new ArrayList<>(regionAgents(5));
        enough.addAll(jobSeekers(13));
        assertEquals(13, min.admit(LE_MANS_2025, enough).admitted().size());
    }

    @Test
    void theOrderWithinACategoryIsApplicationDateThenId() {
        List<Candidate> candidates = new ArrayList<>(jobSeekers(17));
        candidates.add(Candidate.regionAgent("b", LocalDate.of(2025, 5, 2), OK));
        candidates.add(Candidate.nonAffiliatedAgent("a", LocalDate.of(2025, 5, 2), Department.SARTHE, OK));
        candidates.add(Candidate.regionAgent("early", LocalDate.of(2025, 5, 1), OK));
        CohortAdmission a = RULES.admit(LE_MANS_2025, candidates);
        assertEquals("early", a.admitted().get(17).id());
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_PLACE, a.decisionFor("a").outcome());
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_PLACE, a.decisionFor("b").outcome());
        candidates.remove(candidates.size() - 1);
        CohortAdmission tie = RULES.admit(LE_MANS_2025, candidates);
        assertEquals("a", tie.admitted().get(17).id(), "same date: id order, Région and non-affiliated agents at the same rank");
    }

    /**
     * Art. 2 § Région: « Les agents retenus dans le dispositif de formation, après une immersion (de 2 ou
     * 3 jours …) » — asked of the Région's agents, not of the job seekers, by default.
     */
    @Test
    void byDefaultOnlyTheRegionsAgentsNeedTheImmersion() {
        assertEquals(ImmersionScopeReading.REGION_AGENTS_ONLY, RULES.immersionScope());
        assertEquals(ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING, RULES.immersionLength());
        List<Candidate> candidates = new ArrayList<>(jobSeekers(11));
        candidates.add(Candidate.jobSeeker("js", APPLIED));
        candidates.add(Candidate.nonAffiliatedAgent("na", APPLIED, Department.SARTHE));
        candidates.add(Candidate.of("ra", CandidateCategory.REGION_AGENT, APPLIED, Optional.empty(), Optional.empty()));
        candidates.add(Candidate.regionAgent("raFailed", APPLIED, Immersion.of(3, false)));
        candidates.add(Candidate.regionAgent("raOk", APPLIED, Immersion.of(2, true)));
        CohortAdmission a = RULES.admit(LE_MANS_2025, candidates);
        assertTrue(a.decisionFor("js").isAdmitted());
        assertTrue(a.decisionFor("na").isAdmitted());
        assertTrue(a.decisionFor("raOk").isAdmitted());
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_VALIDATED_IMMERSION, a.decisionFor("ra").outcome());
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_VALIDATED_IMMERSION, a.decisionFor("raFailed").outcome());
        assertEquals(List.of(Citation.of("002", "art. 2 § Région, Direction des ressources humaines")),
                a.decisionFor("ra").citations());
        assertTrue(a.findings().all().stream().noneMatch(f -> f.code().startsWith("immersion")));
    }

    /** An immersion of another length than « 2 ou 3 jours » gets a finding, never a silent refusal. */
    @Test
    void anImmersionOfAnotherLengthGetsAFinding() {
        List<Candidate> candidates = new ArrayList<>(jobSeekers(11));
        candidates.add(Candidate.regionAgent("fourDays", APPLIED, Immersion.of(4, true)));
        candidates.add(Candidate.regionAgent("oneDay", APPLIED, Immersion.of(1, true)));
        candidates.add(Candidate.jobSeeker("jsFiveDays", APPLIED, Immersion.of(5, true)));
        CohortAdmission a = RULES.admit(LE_MANS_2025, candidates);
        // the outcome decides by default, with a warning naming the candidate and the article
        assertTrue(a.decisionFor("fourDays").isAdmitted());
        assertTrue(a.decisionFor("oneDay").isAdmitted());
        assertTrue(a.decisionFor("jsFiveDays").isAdmitted());
        List<fr.cdgrules.core.finding.Finding> length = a.findings().all().stream()
                .filter(f -> f.code().equals("immersion-length-not-2-or-3-days")).toList();
        assertEquals(3, length.size());
        assertTrue(length.stream().allMatch(f -> f.citation().equals(Citation.of("002", "art. 2 § Région, Direction des ressources humaines"))));
        assertTrue(length.get(0).message().contains("4-day immersion"), length.get(0).message());
        assertFalse(a.findings().isRefused());
        // the strict reading refuses the agents, still with the findings
        CohortRules strict = CohortRules.of(CohortMinimumReading.WARN_BELOW_MINIMUM, CohortCompletionReading.FILL_TO_MAXIMUM,
                ImmersionScopeReading.REGION_AGENTS_ONLY, ImmersionLengthReading.TWO_OR_THREE_DAYS_REQUIRED);
        CohortAdmission s = strict.admit(LE_MANS_2025, candidates);
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_VALIDATED_IMMERSION, s.decisionFor("fourDays").outcome());
        assertTrue(s.decisionFor("fourDays").reason().contains("TWO_OR_THREE_DAYS_REQUIRED"), s.decisionFor("fourDays").reason());
        assertTrue(s.decisionFor("jsFiveDays").isAdmitted(), "no immersion is required of a job seeker");
        assertEquals(3, s.findings().all().stream().filter(f -> f.code().equals("immersion-length-not-2-or-3-days")).count());
        // through the readings of the module
        fr.cdgrules.cdg44.Cdg44Rules rules = fr.cdgrules.cdg44.Cdg44Rules.defaults().withReadings(fr.cdgrules.cdg44.Cdg44Readings.defaults()
                .withImmersionLength(ImmersionLengthReading.TWO_OR_THREE_DAYS_REQUIRED));
        assertFalse(rules.cohorts().admit(LE_MANS_2025, candidates).decisionFor("oneDay").isAdmitted());
    }

    @Test
    void underAllCandidatesAndTheStrictLengthACandidateWithoutAValidatedImmersionOf2Or3DaysIsNotAdmitted() {
        CohortRules all = CohortRules.of(CohortMinimumReading.REFUSE_BELOW_MINIMUM, CohortCompletionReading.FILL_TO_MAXIMUM,
                ImmersionScopeReading.ALL_CANDIDATES, ImmersionLengthReading.TWO_OR_THREE_DAYS_REQUIRED);
        List<Candidate> candidates = new ArrayList<>(jobSeekers(12));
        candidates.add(Candidate.of("none", CandidateCategory.JOB_SEEKER, APPLIED, Optional.empty(), Optional.empty()));
        candidates.add(Candidate.jobSeeker("failed", APPLIED, Immersion.of(2, false)));
        candidates.add(Candidate.jobSeeker("oneDay", APPLIED, Immersion.of(1, true)));
        candidates.add(Candidate.jobSeeker("fourDays", APPLIED, Immersion.of(4, true)));
        candidates.add(Candidate.jobSeeker("twoDays", APPLIED, Immersion.of(2, true)));
        CohortAdmission a = all.admit(LE_MANS_2025, candidates);
        for (String id : List.of("none", "failed", "oneDay", "fourDays")) {
            assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_VALIDATED_IMMERSION, a.decisionFor(id).outcome(), id);
            assertEquals(List.of(Citation.of("002", "art. 2 § Région, Direction des ressources humaines")),
                    a.decisionFor(id).citations());
        }
        assertTrue(a.decisionFor("twoDays").isAdmitted());
        assertEquals(13, a.admitted().size());
        assertTrue(a.findings().has("immersion-length-not-2-or-3-days"));
    }

    @Test
    void underAgentsOnlyAJobSeekerNeedsNoImmersion() {
        CohortRules agentsOnly = CohortRules.of(CohortMinimumReading.REFUSE_BELOW_MINIMUM,
                CohortCompletionReading.FILL_TO_MAXIMUM, ImmersionScopeReading.AGENTS_ONLY);
        List<Candidate> candidates = List.of(
                Candidate.of("js", CandidateCategory.JOB_SEEKER, APPLIED, Optional.empty(), Optional.empty()),
                Candidate.of("ra", CandidateCategory.REGION_AGENT, APPLIED, Optional.empty(), Optional.empty()));
        CohortAdmission a = agentsOnly.admit(LE_MANS_2025, candidates);
        assertTrue(a.decisionFor("js").isAdmitted());
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_VALIDATED_IMMERSION, a.decisionFor("ra").outcome());
        CohortRules all = CohortRules.of(CohortMinimumReading.REFUSE_BELOW_MINIMUM,
                CohortCompletionReading.FILL_TO_MAXIMUM, ImmersionScopeReading.ALL_CANDIDATES);
        assertFalse(all.admit(LE_MANS_2025, candidates).decisionFor("js").isAdmitted());
        assertTrue(RULES.admit(LE_MANS_2025, candidates).decisionFor("js").isAdmitted());
    }

    @Test
    void onlyTheAgentsOfTheRegionAndOfNonAffiliatedCollectivitiesOfTheDepartment() {
        List<Candidate> candidates = new ArrayList<>(jobSeekers(12));
        candidates.add(Candidate.nonAffiliatedAgent("sarthe", APPLIED, Department.SARTHE, OK));
        candidates.add(Candidate.nonAffiliatedAgent("mayenne", APPLIED, Department.MAYENNE, OK));
        candidates.add(Candidate.of("affiliated", CandidateCategory.OTHER_PUBLIC_AGENT, APPLIED, Optional.empty(), Optional.of(OK)));
        CohortAdmission a = RULES.admit(LE_MANS_2025, candidates);
        assertTrue(a.decisionFor("sarthe").isAdmitted());
        assertEquals(AdmissionOutcome.NOT_ADMITTED_OTHER_DEPARTMENT, a.decisionFor("mayenne").outcome());
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NOT_A_PUBLIC_OF_THE_SCHEME, a.decisionFor("affiliated").outcome());
    }

    @Test
    void tooFewEligibleCandidatesGiveARefusedCohort() {
        CohortAdmission a = RULES.admit(LE_MANS_2025, jobSeekers(11));
        assertEquals(11, a.admitted().size());
        assertTrue(a.findings().has("cohort-below-minimum"));
        assertTrue(a.findings().isRefused());
    }

    @Test
    void badCandidatesAreInvalidInput() {
        assertEquals("candidate.employerDepartment", assertThrows(InvalidInputException.class,
                () -> Candidate.of("x", CandidateCategory.NON_AFFILIATED_COLLECTIVITY_AGENT, APPLIED, Optional.empty(),
                        Optional.of(OK))).field().orElseThrow());
        assertEquals("immersion.days", assertThrows(InvalidInputException.class, () -> Immersion.of(0, true)).field().orElseThrow());
        List<Candidate> twice = List.of(Candidate.jobSeeker("x", APPLIED, OK), Candidate.jobSeeker("x", APPLIED, OK));
        assertEquals("candidates.id", assertThrows(InvalidInputException.class,
                () -> RULES.admit(LE_MANS_2025, twice)).field().orElseThrow());
        assertEquals("candidate.id", assertThrows(InvalidInputException.class,
                () -> RULES.admit(LE_MANS_2025, jobSeekers(1)).decisionFor("nobody")).field().orElseThrow());
    }

    @Test
    void explainsAndRoundTripsAsJson() {
        List<Candidate> candidates = new ArrayList<>(jobSeekers(12));
        candidates.add(Candidate.nonAffiliatedAgent("sarthe", APPLIED, Department.SARTHE, OK));
        CohortAdmission a = RULES.admit(LE_MANS_2025, candidates);
        assertTrue(a.explanation().render().contains("12 job seekers admitted"), a.explanation().render());
        assertEquals(a, CdgJson.read(CdgJson.write(a), CohortAdmission.class));
    }
}
