package fr.cdgrules.cdg44.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.Cdg44Readings;
import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.cdg44.partnership.Party;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Art. 1 (« Les publics visés par ces dispositifs sont les demandeurs d'emploi. Si la formation ne peut pas
 * être complétée … ») and art. 2 § Région (« une immersion (de 2 ou 3 jours …) »): what the admissions'
 * explanation and findings say, figure by figure, and how the values read.
 */
class AdmissionExplanationTest {
    private static final Citation ART_1 = Citation.of("002", "art. 1");
    private static final Citation ART_2_REGION_HR = Citation.of("002", "art. 2 § Région, Direction des ressources humaines");
    private static final Session LE_MANS_2025 = Session.of(Department.SARTHE, LocalDate.of(2025, 9, 8));
    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private static final Immersion OK = Immersion.of(3, true);

    private static List<Candidate> fifteenJobSeekersAndFiveAgents() {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(Candidate.regionAgent(String.format("ra%02d", i), APPLIED.plusDays(i), OK));
        }
        for (int i = 0; i < 15; i++) {
            list.add(Candidate.jobSeeker(String.format("js%02d", i), APPLIED.plusDays(i), OK));
        }
        return list;
    }

    @Test
    void jobSeekersAreRankedFromOneThenTheAgentsComplete() {
        CohortAdmission a = CohortRules.defaults().admit(LE_MANS_2025, fifteenJobSeekersAndFiveAgents());
        assertEquals(OptionalInt.of(1), a.decisionFor("js00").rank());
        assertEquals(OptionalInt.of(15), a.decisionFor("js14").rank());
        assertEquals(OptionalInt.of(18), a.decisionFor("ra02").rank());
        assertEquals(OptionalInt.empty(), a.decisionFor("ra03").rank());
        assertEquals("agents in retraining only complete the session, up to 18 (FILL_TO_MAXIMUM), and 18 places are taken",
                a.decisionFor("ra03").reason());
    }

    @Test
    void theExplanationCountsEachStep() {
        CohortAdmission a = CohortRules.defaults().admit(LE_MANS_2025, fifteenJobSeekersAndFiveAgents());
        List<TraceStep> steps = a.explanation().steps();
        assertEquals("admissions to the session in Sarthe (72) from 2025-09-08", a.explanation().subject());
        assertEquals(4, steps.size());
        assertEquals(Map.of("session", "session in Sarthe (72) from 2025-09-08", "candidates", "20",
                "immersionScope", "REGION_AGENTS_ONLY", "immersionLength", "OUTCOME_DECIDES_WITH_FINDING"), steps.get(0).inputs());
        assertEquals(List.of(ART_1, ART_2_REGION_HR), steps.get(0).citations());
        assertEquals("0 not eligible", steps.get(0).result());
        assertEquals(Map.of("eligibleJobSeekers", "15", "maximum", "18"), steps.get(1).inputs());
        assertEquals("15 job seekers admitted", steps.get(1).result());
        assertEquals(Map.of("eligibleAgents", "5", "completion", "FILL_TO_MAXIMUM", "placesLeft", "3"), steps.get(2).inputs());
        assertEquals("3 agents admitted", steps.get(2).result());
        assertEquals(Map.of("admitted", "18", "minimumReading", "REFUSE_BELOW_MINIMUM"), steps.get(3).inputs());
        assertEquals(List.of(ART_1), steps.get(3).citations());
    }

    /** Each immersion of another length than « 2 ou 3 jours » is flagged, with what it does under the readings. */
    @Test
    void theLengthFindingSaysWhatTheImmersionDoes() {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(Candidate.jobSeeker("jsFiveDays", APPLIED, Immersion.of(5, true)));
        candidates.add(Candidate.regionAgent("raFourDays", APPLIED, Immersion.of(4, true)));
        assertEquals(List.of(
                "candidate jsFiveDays: a 5-day immersion, where the text says « une immersion (de 2 ou 3 jours qui validera "
                        + "leur entrée ou pas dans le parcours) »; no immersion is required of a JOB_SEEKER (REGION_AGENTS_ONLY)",
                "candidate raFourDays: a 4-day immersion, where the text says « une immersion (de 2 ou 3 jours qui validera "
                        + "leur entrée ou pas dans le parcours) »; its outcome decides (OUTCOME_DECIDES_WITH_FINDING)"),
                lengthMessages(CohortRules.defaults().admit(LE_MANS_2025, candidates)));
        CohortRules strict = CohortRules.of(CohortMinimumReading.WARN_BELOW_MINIMUM, CohortCompletionReading.FILL_TO_MAXIMUM,
                ImmersionScopeReading.REGION_AGENTS_ONLY, ImmersionLengthReading.TWO_OR_THREE_DAYS_REQUIRED);
        assertTrue(lengthMessages(strict.admit(LE_MANS_2025, candidates)).get(1)
                .endsWith("; it cannot validate entry (TWO_OR_THREE_DAYS_REQUIRED)"));
    }

    private static List<String> lengthMessages(CohortAdmission a) {
        return a.findings().all().stream().filter(f -> f.code().equals("immersion-length-not-2-or-3-days"))
                .map(Finding::message).toList();
    }

    /**
     * The 2024 pilot (« Dans l'année de démarrage (2024), une 1ère expérimentation au sein du département de la
     * Sarthe ») may precede the date of effect: a session then is outside the convention (art. 5); after a notice,
     * outside it under art. 7.3. A finding already made on the session is not repeated.
     */
    @Test
    void aSessionOutsideTheConventionNamesTheArticleThatSaysSo() {
        Partnership p = Partnership.of(LocalDate.of(2025, 1, 15));
        Session nantes2024 = Session.of(Department.LOIRE_ATLANTIQUE, LocalDate.of(2024, 10, 7));
        Finding before = outside(CohortRules.defaults().checkSession(nantes2024, p));
        assertEquals(Citation.of("002", "art. 5"), before.citation());
        Partnership ended = p.withNotice(Party.FRAMEL, LocalDate.of(2025, 11, 30));
        Finding after = outside(CohortRules.defaults().checkSession(Session.of(Department.VENDEE, LocalDate.of(2026, 3, 2)), ended));
        assertEquals(Citation.of("002", "art. 7.3"), after.citation());

        CohortAdmission a = CohortRules.defaults().admit(nantes2024, fifteenJobSeekersAndFiveAgents(), p);
        assertEquals(1, a.findings().all().stream().filter(f -> f.code().equals("session-before-sarthe-pilot")).count());
        assertEquals(1, a.findings().all().stream().filter(f -> f.code().equals("session-outside-convention")).count());
    }

    private static Finding outside(fr.cdgrules.core.finding.Findings findings) {
        return findings.all().stream().filter(f -> f.code().equals("session-outside-convention")).findFirst().orElseThrow();
    }

    @Test
    void theDefaultRulesAreTheModulesDefaultReadings() {
        CohortRules d = CohortRules.defaults();
        Cdg44Readings r = Cdg44Readings.defaults();
        assertSame(r.cohortMinimum(), d.minimumReading());
        assertSame(r.cohortCompletion(), d.completionReading());
        assertSame(r.immersionScope(), d.immersionScope());
        assertSame(r.immersionLength(), d.immersionLength());
        assertEquals(CohortCompletionReading.FILL_TO_MAXIMUM, d.completionReading());
    }

    @Test
    void valuesReadAsTheTextNamesThem() {
        assertEquals("Sarthe", Department.SARTHE.label());
        assertEquals("Vendée (85)", Department.VENDEE.toString());
        assertEquals("session in Mayenne (53) from 2026-01-12", Session.of(Department.MAYENNE, LocalDate.of(2026, 1, 12)).toString());
        assertEquals("3-day immersion, validated", OK.toString());
        assertEquals("2-day immersion, not validated", Immersion.of(2, false).toString());
        Candidate js = Candidate.jobSeeker("js00", APPLIED, OK);
        assertEquals("js00 (JOB_SEEKER, applied 2025-06-01)", js.toString());
        CohortAdmission a = CohortRules.defaults().admit(LE_MANS_2025, fifteenJobSeekersAndFiveAgents());
        assertEquals("js00: ADMITTED #1 — job seeker: « Les publics visés par ces dispositifs sont les demandeurs d'emploi »",
                a.decisionFor("js00").toString());
        assertTrue(a.decisionFor("ra03").toString().startsWith("ra03: NOT_ADMITTED_NO_PLACE — agents in retraining"),
                a.decisionFor("ra03").toString());
    }
}
