package fr.cdgrules.cdg44;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.cohort.AdmissionOutcome;
import fr.cdgrules.cdg44.cohort.Candidate;
import fr.cdgrules.cdg44.cohort.CandidateCategory;
import fr.cdgrules.cdg44.cohort.CohortAdmission;
import fr.cdgrules.cdg44.cohort.Department;
import fr.cdgrules.cdg44.cohort.Immersion;
import fr.cdgrules.cdg44.cohort.Session;
import fr.cdgrules.cdg44.financing.Cost;
import fr.cdgrules.cdg44.financing.Payer;
import fr.cdgrules.cdg44.financing.TraineeSituation;
import fr.cdgrules.cdg44.financing.TraineeStatus;
import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.cdg44.partnership.Party;
import fr.cdgrules.cdg44.partnership.Signatures;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Independent cases derived from source text 002 (Convention de partenariat 2024-2027), run through the
 * public API only (the rule module found by {@code ServiceLoader} and {@link Cdg44Rules}): each case
 * quotes the words it checks. Judged against the text.
 */
class TextCasesTest {
    private static final RuleModule MODULE = RuleModules.load().get("cdg44");
    private static final Cdg44Rules RULES = Cdg44Rules.defaults();
    private static final Session LE_MANS = Session.of(Department.SARTHE, LocalDate.of(2025, 9, 8));
    private static final LocalDate APPLIED = LocalDate.of(2025, 5, 2);

    private static Partnership signedOn15January2025() {
        return RULES.partnership(Signatures.none().with(Party.CDG_COORDINATION, LocalDate.of(2024, 12, 20))
                .with(Party.CNFPT, LocalDate.of(2025, 1, 6)).with(Party.FRAMEL, LocalDate.of(2025, 1, 9))
                .with(Party.REGION, LocalDate.of(2025, 1, 15))).orElseThrow();
    }

    private static List<Candidate> jobSeekers(int n) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Candidate.jobSeeker(String.format("js%02d", i), APPLIED));
        }
        return list;
    }

    /** Art. 5: « prend effet à sa date de signature par les parties pour une durée de 3 ans ». */
    @Test
    void threeYearsFromTheLastSignature() {
        Partnership p = signedOn15January2025();
        assertEquals(LocalDate.of(2025, 1, 15), p.effectiveOn());
        assertEquals(LocalDate.of(2028, 1, 14), p.lastDayInForce());
        assertEquals(ConventionStatus.EXPIRED, p.stateAt(LocalDate.of(2028, 1, 15)).status());
        assertEquals(LocalDate.of(2027, 2, 28), MODULE.convention(LocalDate.of(2024, 2, 29)).finalEnd());
    }

    /**
     * Art. 7.3: « dénoncée avant le terme contractuel par l'une ou l'autre des Parties par notification
     * écrite moyennant le respect d'un préavis de 3 mois ».
     */
    @Test
    void aThreeMonthNoticeRunsFromTheNotification() {
        Partnership p = signedOn15January2025().withNotice(Party.FRAMEL, LocalDate.of(2025, 11, 30));
        assertEquals(LocalDate.of(2026, 2, 28), p.lastDayInForce());
        assertEquals(ConventionStatus.IN_FORCE, p.stateAt(LocalDate.of(2026, 2, 28)).status());
        assertEquals(ConventionStatus.TERMINATED, p.stateAt(LocalDate.of(2026, 3, 1)).status());
        Convention spi = MODULE.convention(LocalDate.of(2025, 6, 1)).withNotice(LocalDate.of(2027, 11, 30), Optional.empty());
        assertEquals(LocalDate.of(2028, 2, 29), spi.finalEnd());
        for (int day = 28; day <= 31; day++) {
            assertEquals(LocalDate.of(2026, 1, day),
                    signedOn15January2025().withNotice(Party.CNFPT, LocalDate.of(2025, 10, day)).lastDayInForce());
        }
        // « FRANCE TRAVAIL n'est pas signataire de la présente convention »
        assertThrows(NotEligibleException.class,
                () -> signedOn15January2025().withNotice(Party.FRANCE_TRAVAIL, LocalDate.of(2025, 11, 30)));
    }

    /** Art. 1: « pour un minimum de 12 et jusqu'à 18 participants »; « Les publics visés … sont les demandeurs d'emploi ». */
    @Test
    void cohortsOf12To18JobSeekersFirst() {
        List<Candidate> nineteen = jobSeekers(19);
        nineteen.add(Candidate.nonAffiliatedAgent("agent", LocalDate.of(2025, 4, 1), Department.SARTHE));
        CohortAdmission full = RULES.cohorts().admit(LE_MANS, nineteen);
        assertEquals(18, full.admitted().size());
        assertTrue(full.admitted().stream().allMatch(c -> c.category() == CandidateCategory.JOB_SEEKER));
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_PLACE, full.decisionFor("agent").outcome());
        CohortAdmission eleven = RULES.cohorts().admit(LE_MANS, jobSeekers(11));
        assertTrue(eleven.findings().isRefused());
        // « Si la formation ne peut pas être complétée par les candidatures des demandeurs d'emploi »
        List<Candidate> completed = jobSeekers(11);
        completed.add(Candidate.nonAffiliatedAgent("agent", APPLIED, Department.SARTHE));
        assertEquals(12, RULES.cohorts().admit(LE_MANS, completed).admitted().size());
    }

    /** Art. 2 § Région: « Les agents retenus dans le dispositif de formation, après une immersion (de 2 ou 3 jours …) ». */
    @Test
    void theImmersionIsAskedOfTheRegionsAgents() {
        List<Candidate> candidates = jobSeekers(10);
        candidates.add(Candidate.of("raNone", CandidateCategory.REGION_AGENT, APPLIED, Optional.empty(), Optional.empty()));
        candidates.add(Candidate.regionAgent("raThree", APPLIED, Immersion.of(3, true)));
        candidates.add(Candidate.regionAgent("raFour", APPLIED, Immersion.of(4, true)));
        CohortAdmission a = RULES.cohorts().admit(LE_MANS, candidates);
        assertTrue(a.decisionFor("js00").isAdmitted(), "a job seeker needs no immersion");
        assertEquals(AdmissionOutcome.NOT_ADMITTED_NO_VALIDATED_IMMERSION, a.decisionFor("raNone").outcome());
        assertTrue(a.decisionFor("raThree").isAdmitted());
        assertTrue(a.decisionFor("raFour").isAdmitted());
        assertTrue(a.findings().has("immersion-length-not-2-or-3-days"));
    }

    /** Art. 1: « à compter du 2nd semestre 2024 ». */
    @Test
    void noSessionBeforeTheSecondHalfOf2024() {
        assertTrue(RULES.cohorts().checkSession(Session.of(Department.SARTHE, LocalDate.of(2024, 6, 30))).isRefused());
        assertFalse(RULES.cohorts().checkSession(Session.of(Department.SARTHE, LocalDate.of(2024, 7, 1))).isRefused());
    }

    /** « Modalités financières » and art. 2 § Région, Direction Emploi: « sur la période 2024-2027 ». */
    @Test
    void whoPaysAndUntilWhen() {
        Partnership p = signedOn15January2025();
        TraineeSituation withoutAre = TraineeSituation.of(TraineeStatus.JOB_SEEKER_WITHOUT_ARE);
        assertEquals(Payer.CNFPT, RULES.financing().whoPays(Cost.PEDAGOGICAL_COST, TraineeStatus.JOB_SEEKER_WITH_ARE).payer());
        assertEquals(Payer.FRANCE_TRAVAIL, RULES.financing().whoPays(Cost.RETURN_TO_WORK_ALLOWANCE, TraineeStatus.JOB_SEEKER_WITH_ARE).payer());
        assertEquals(Payer.REGION, RULES.financing().whoPays(Cost.TRAINEE_REMUNERATION, withoutAre, LocalDate.of(2027, 12, 31), p).payer());
        assertThrows(NoRuleAppliesException.class,
                () -> RULES.financing().whoPays(Cost.TRAINEE_REMUNERATION, withoutAre, LocalDate.of(2028, 1, 3), p));
        assertThrows(ConventionNotInForceException.class,
                () -> RULES.financing().whoPays(Cost.TRAINEE_REMUNERATION, withoutAre, LocalDate.of(2025, 1, 14), p));
        // « la Région attribue … une rémunération publique de stage … lorsque ces stagiaires ne sont pas indemnisés par l'assurance chômage »
        assertThrows(NoRuleAppliesException.class,
                () -> RULES.financing().whoPays(Cost.TRAINEE_REMUNERATION, TraineeStatus.JOB_SEEKER_WITH_ARE));
    }

    /** Art. 4: « Il se réunira régulièrement et au moins une fois par an ». */
    @Test
    void theSteeringCommitteeMeetsAtLeastOnceAYear() {
        Partnership p = signedOn15January2025();
        assertTrue(RULES.steeringCommittee().check(p, List.of(LocalDate.of(2025, 6, 10), LocalDate.of(2027, 3, 1)),
                LocalDate.of(2028, 6, 1)).findings().isRefused());
        assertTrue(RULES.steeringCommittee().check(p, List.of(LocalDate.of(2025, 6, 10), LocalDate.of(2026, 1, 15),
                LocalDate.of(2027, 1, 15)), LocalDate.of(2028, 6, 1)).findings().isEmpty());
    }
}
