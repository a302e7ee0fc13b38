package fr.cdgrules.cdg44.cohort;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CohortPropertiesTest {
    private static final Session SESSION = Session.of(Department.SARTHE, LocalDate.of(2025, 9, 8));
    private static final CohortRules RULES = CohortRules.defaults();

    private static final CandidateCategory[] CATEGORIES = {CandidateCategory.JOB_SEEKER, CandidateCategory.JOB_SEEKER,
        CandidateCategory.JOB_SEEKER, CandidateCategory.JOB_SEEKER, CandidateCategory.REGION_AGENT,
        CandidateCategory.NON_AFFILIATED_COLLECTIVITY_AGENT, CandidateCategory.NON_AFFILIATED_COLLECTIVITY_AGENT,
        CandidateCategory.OTHER_PUBLIC_AGENT};
    private static final int[] IMMERSION_DAYS = {2, 3, 2, 3, 2, 3, 1, 0};

    /**
     * Builds candidate i from the bits of a seed: category (half job seekers), date of application (20 days, so
     * ties are frequent), département, immersion (mostly 2 or 3 days, mostly validated), so that cohorts around
     * the maximum of 18 are common.
     */
    private static List<Candidate> candidates(List<Integer> seeds) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            int s = seeds.get(i);
            CandidateCategory category = CATEGORIES[s % 8];
            LocalDate applied = LocalDate.of(2025, 5, 1).plusDays((s / 8) % 20);
            Department dept = Department.values()[(s / 160) % 5];
            int days = IMMERSION_DAYS[(s / 800) % 8];
            boolean validated = (s / 6400) % 8 != 0;
            Optional<Immersion> immersion = days == 0 ? Optional.empty() : Optional.of(Immersion.of(days, validated));
            Optional<Department> employer = category == CandidateCategory.NON_AFFILIATED_COLLECTIVITY_AGENT
                    ? Optional.of(dept) : Optional.empty();
            list.add(Candidate.of("c" + i, category, applied, employer, immersion));
        }
        return list;
    }

    /** Under the defaults: only the Région's agents need an immersion, and its outcome decides (« les agents retenus »). */
    private static boolean eligible(Candidate c) {
        boolean immersion = c.category() != CandidateCategory.REGION_AGENT || c.immersion().filter(Immersion::validated).isPresent();
        return c.category().isAgentInRetraining() || c.category() == CandidateCategory.JOB_SEEKER
                ? immersion && c.employerDepartment().map(d -> d == SESSION.department()).orElse(true)
                : false;
    }

    @Test
    void neverMoreThan18AndEveryAdmittedIsEligible() {
        qt().forAll(lists().of(integers().between(0, 51199)).ofSizeBetween(0, 60)).check(seeds -> {
            CohortAdmission a = RULES.admit(SESSION, candidates(seeds));
            long otherLength = candidates(seeds).stream()
                    .filter(c -> c.immersion().filter(i -> !i.hasTheLengthOfTheText()).isPresent()).count();
            long lengthFindings = a.findings().all().stream()
                    .filter(f -> f.code().equals("immersion-length-not-2-or-3-days")).count();
            return a.admitted().size() <= CohortRules.MAXIMUM
                    && a.admitted().stream().allMatch(CohortPropertiesTest::eligible)
                    && a.decisions().size() == seeds.size()
                    && otherLength == lengthFindings;
        });
    }

    @Test
    void noAgentIsAdmittedWhileAnEligibleJobSeekerIsLeftOut() {
        qt().forAll(lists().of(integers().between(0, 51199)).ofSizeBetween(0, 60)).check(seeds -> {
            CohortAdmission a = RULES.admit(SESSION, candidates(seeds));
            boolean jobSeekerLeftOut = a.decisions().stream().anyMatch(d -> !d.isAdmitted()
                    && d.candidate().category() == CandidateCategory.JOB_SEEKER && eligible(d.candidate()));
            boolean agentAdmitted = a.admitted().stream().anyMatch(c -> c.category().isAgentInRetraining());
            long eligibleCount = seeds.isEmpty() ? 0 : candidates(seeds).stream().filter(CohortPropertiesTest::eligible).count();
            return !(jobSeekerLeftOut && agentAdmitted)
                    && a.admitted().size() == Math.min(CohortRules.MAXIMUM, eligibleCount);
        });
    }

    @Test
    void theDecisionsDoNotDependOnTheOrderOfTheInput() {
        qt().forAll(lists().of(integers().between(0, 51199)).ofSizeBetween(0, 60), integers().all()).check((seeds, shuffle) -> {
            List<Candidate> list = candidates(seeds);
            List<Candidate> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, new Random(shuffle));
            return RULES.admit(SESSION, list).equals(RULES.admit(SESSION, shuffled));
        });
    }
}
