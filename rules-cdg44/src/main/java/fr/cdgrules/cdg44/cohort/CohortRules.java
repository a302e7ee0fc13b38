package fr.cdgrules.cdg44.cohort;

import fr.cdgrules.cdg44.Cdg44Articles;
import fr.cdgrules.cdg44.Cdg44Descriptor;
import fr.cdgrules.cdg44.financing.Financing;
import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.cdg44.partnership.PartnershipTerms;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.lifecycle.ConventionState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The cohorts of art. 1: their size, the order of admission, the immersion before entry, and the
 * calendar of deployment. Immutable and thread-safe.
 *
 * <h2>Size (art. 1)</h2>
 * « pour un minimum de 12 et jusqu'à 18 participants ou participantes »: more than 18 is always a
 * refusal ({@code cohort-above-maximum}); fewer than 12 is a refusal or a warning
 * ({@code cohort-below-minimum}) under {@link CohortMinimumReading}.
 *
 * <h2>Order of admission (art. 1)</h2>
 * « Les publics visés par ces dispositifs sont les demandeurs d'emploi. Si la formation ne peut pas
 * être complétée par les candidatures des demandeurs d'emploi, il pourra être fait appel à la Région
 * des Pays de la Loire ainsi qu'aux autres collectivités non affiliées du département concerné, pour
 * proposer le dispositif à leurs agents en reconversion. »
 * <ol>
 *   <li>Candidates who are not a public of the scheme, agents of a non-affiliated collectivity of
 *       another département, and candidates who need an immersion ({@link ImmersionScopeReading}: by
 *       default the Région's agents only, « les agents retenus ») and have none that validated entry
 *       are not admitted. An immersion of a length other than 2 or 3 days gets a warning
 *       {@code immersion-length-not-2-or-3-days} and counts per {@link ImmersionLengthReading}. Job
 *       seekers are tied to no département: the text restricts only the non-affiliated collectivities
 *       (« du département concerné »).
 *   <li>Job seekers are admitted first, up to 18.
 *   <li>Only if places remain, agents in retraining of the Région and of the non-affiliated
 *       collectivities of the département, at the same rank between them, complete the session, up
 *       to 18 ({@link CohortCompletionReading#FILL_TO_MAXIMUM}) or 12
 *       ({@link CohortCompletionReading#FILL_TO_MINIMUM}).
 *   <li>Within a rank, candidates go by date of application, then by id (in {@link String#compareTo}
 *       order): the text gives no order, this one is deterministic and first come, first served.
 * </ol>
 *
 * <h2>Deployment (art. 1)</h2>
 * « à compter du 2nd semestre 2024 »: a session starting before 1 July 2024 is refused
 * ({@code session-before-second-half-2024}). « Dans l'année de démarrage (2024), une 1ère
 * expérimentation au sein du département de la Sarthe sera conduite … avant de pouvoir enclencher les
 * sessions de formation suivantes »: a 2024 session outside the Sarthe is a warning
 * ({@code session-before-sarthe-pilot}) — the text states a plan that the partners may adapt
 * (« déployée progressivement et potentiellement »), not a condition.
 */
public final class CohortRules {
    /** « un minimum de 12 … participants ou participantes »: the descriptor's {@code cohortMinimum}. */
    public static final int MINIMUM = Cdg44Descriptor.number("cohortMinimum").intValueExact();
    /** « jusqu'à 18 participants ou participantes »: the descriptor's {@code cohortMaximum}. */
    public static final int MAXIMUM = Cdg44Descriptor.number("cohortMaximum").intValueExact();
    /** First day of the « 2nd semestre 2024 »: the descriptor's {@code deploymentStart}. */
    public static final LocalDate DEPLOYMENT_START = Cdg44Descriptor.date("deploymentStart");
    /** The year of the Sarthe pilot, « l'année de démarrage (2024) »: the descriptor's {@code pilotYear}. */
    public static final int PILOT_YEAR = Cdg44Descriptor.number("pilotYear").intValueExact();

    private static final Citation ART_1 = Cdg44Articles.ART_1;
    private static final Citation ART_2_REGION = Cdg44Articles.ART_2_REGION_HR;
    private static final Comparator<Candidate> ORDER =
            Comparator.comparing(Candidate::appliedOn).thenComparing(Candidate::id);

    private final CohortMinimumReading minimum;
    private final CohortCompletionReading completion;
    private final ImmersionScopeReading immersionScope;
    private final ImmersionLengthReading immersionLength;

    private CohortRules(CohortMinimumReading minimum, CohortCompletionReading completion,
            ImmersionScopeReading immersionScope, ImmersionLengthReading immersionLength) {
        this.minimum = Objects.requireNonNull(minimum, "minimum");
        this.completion = Objects.requireNonNull(completion, "completion");
        this.immersionScope = Objects.requireNonNull(immersionScope, "immersionScope");
        this.immersionLength = Objects.requireNonNull(immersionLength, "immersionLength");
    }

    /**
     * @param minimum how binding the minimum of 12 is
     * @param completion up to where agents in retraining complete a session
     * @param immersionScope who needs the immersion
     * @param immersionLength what an immersion of another length than 2 or 3 days does
     * @return the rules under these readings
     */
    public static CohortRules of(CohortMinimumReading minimum, CohortCompletionReading completion,
            ImmersionScopeReading immersionScope, ImmersionLengthReading immersionLength) {
        return new CohortRules(minimum, completion, immersionScope, immersionLength);
    }

    /**
     * @param minimum how binding the minimum of 12 is
     * @param completion up to where agents in retraining complete a session
     * @param immersionScope who needs the immersion
     * @return the rules under these readings, an immersion's length read under the default
     *     {@link ImmersionLengthReading#OUTCOME_DECIDES_WITH_FINDING}
     */
    public static CohortRules of(CohortMinimumReading minimum, CohortCompletionReading completion,
            ImmersionScopeReading immersionScope) {
        return of(minimum, completion, immersionScope, ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING);
    }

    /** @return the rules under the default readings */
    public static CohortRules defaults() {
        return of(CohortMinimumReading.REFUSE_BELOW_MINIMUM, CohortCompletionReading.FILL_TO_MAXIMUM,
                ImmersionScopeReading.REGION_AGENTS_ONLY, ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING);
    }

    /** @return the reading of the minimum */
    public CohortMinimumReading minimumReading() {
        return minimum;
    }

    /** @return the reading of « complétée » */
    public CohortCompletionReading completionReading() {
        return completion;
    }

    /** @return the reading of who needs the immersion */
    public ImmersionScopeReading immersionScope() {
        return immersionScope;
    }

    /** @return the reading of an immersion's length */
    public ImmersionLengthReading immersionLength() {
        return immersionLength;
    }

    /**
     * Checks a cohort plan: a session with a number of participants.
     *
     * @param session the session
     * @param participants the number of participants planned
     * @return the findings: size (art. 1) and calendar of deployment (art. 1); empty if the plan conforms
     * @throws InvalidInputException if the number is negative
     */
    public Findings checkPlan(Session session, int participants) {
        java.util.Objects.requireNonNull(session, "session");
        if (participants < 0) {
            throw new InvalidInputException("participants", ART_1, "a number of participants cannot be negative: " + participants);
        }
        return checkSession(session).plus(checkSize(participants));
    }

    /**
     * @param participants the number of participants
     * @return the size findings of art. 1: above 18 a refusal, below 12 per {@link CohortMinimumReading}
     */
    Findings checkSize(int participants) {
        if (participants > MAXIMUM) {
            return Findings.of(Finding.refusal("cohort-above-maximum", participants
                    + " participants: a session takes « jusqu'à 18 participants ou participantes »", ART_1));
        }
        if (participants < MINIMUM) {
            String message = participants + " participants: a session needs « un minimum de 12 »";
            return Findings.of(minimum == CohortMinimumReading.REFUSE_BELOW_MINIMUM
                    ? Finding.refusal("cohort-below-minimum", message, ART_1)
                    : Finding.warning("cohort-below-minimum", message + " (read as a warning: " + minimum + ")", ART_1));
        }
        return Findings.none();
    }

    /**
     * @param session a session
     * @return the findings on its date and département (art. 1)
     */
    public Findings checkSession(Session session) {
        java.util.Objects.requireNonNull(session, "session");
        if (session.startsOn().isBefore(DEPLOYMENT_START)) {
            return Findings.of(Finding.refusal("session-before-second-half-2024", session + ": the scheme is deployed "
                    + "« à compter du 2nd semestre 2024 »", ART_1));
        }
        if (session.startsOn().getYear() == PILOT_YEAR && session.department() != Department.SARTHE) {
            return Findings.of(Finding.warning("session-before-sarthe-pilot", session + ": in 2024 « une 1ère "
                    + "expérimentation au sein du département de la Sarthe sera conduite … avant de pouvoir enclencher "
                    + "les sessions de formation suivantes »", ART_1));
        }
        return Findings.none();
    }

    /**
     * The findings on a session's date under a convention: those of {@link #checkSession(Session)}, plus
     * <ul>
     *   <li>{@code session-outside-convention} (warning) when the session starts on a day the convention is
     *       not in force: the partners' commitments, financing included, bind them only while it is
     *       (art. 5, art. 7.3); the 2024 pilot may precede the date of effect, as the text plans it
     *       « dans l'année de démarrage (2024) »;
     *   <li>{@code session-outside-approval-period} (warning) when it starts after 31 December 2027: the
     *       Région's public trainee remuneration rests on the approval of the trainings « sur la période
     *       2024-2027 » (art. 2 § Région, Direction Emploi).
     * </ul>
     *
     * @param session a session
     * @param partnership the convention, with any notice of termination
     * @return the findings
     * @throws NullPointerException if an argument is null
     */
    public Findings checkSession(Session session, Partnership partnership) {
        java.util.Objects.requireNonNull(session, "session");
        Objects.requireNonNull(partnership, "partnership");
        Findings findings = checkSession(session);
        ConventionState state = partnership.stateAt(session.startsOn());
        if (!state.isInForce()) {
            findings = findings.plus(Finding.warning("session-outside-convention", session + ": the convention is not in "
                    + "force that day (" + state.reason() + "; in force " + partnership.effectiveOn() + " – "
                    + partnership.lastDayInForce() + "): its commitments, financing included, do not cover the session",
                    state.citations().isEmpty() ? Cdg44Articles.ART_5 : state.citations().get(0)));
        }
        if (session.startsOn().isAfter(Financing.APPROVAL_LAST_DAY)) {
            findings = findings.plus(Finding.warning("session-outside-approval-period", session + ": the Région's public "
                    + "trainee remuneration rests on the approval of « les formations de secrétaire général de mairie "
                    + "dispensées par le CNFPT sur la période 2024-2027 »", Cdg44Articles.ART_2_REGION_EMPLOYMENT));
        }
        return findings;
    }

    /**
     * Decides the admissions to a session under a convention: {@link #admit(Session, List)}, with the
     * findings of {@link #checkSession(Session, Partnership)} on the session's date.
     *
     * @param session the session
     * @param candidates the candidates, in any order, with distinct ids
     * @param partnership the convention, with any notice of termination
     * @return the decisions, findings and explanation
     * @throws NullPointerException if an argument is null
     */
    public CohortAdmission admit(Session session, List<Candidate> candidates, Partnership partnership) {
        java.util.Objects.requireNonNull(session, "session");
        java.util.Objects.requireNonNull(candidates, "candidates");
        java.util.Objects.requireNonNull(partnership, "partnership");
        CohortAdmission a = admit(session, candidates);
        Findings extra = Findings.of(checkSession(session, partnership).all().stream()
                .filter(f -> !a.findings().all().contains(f)).toList());
        return CohortAdmission.of(a.session(), a.decisions(), a.findings().plus(extra), a.explanation());
    }

    /**
     * Decides the admissions to a session.
     *
     * @param session the session
     * @param candidates the candidates, in any order, with distinct ids
     * @return one decision per candidate, the findings on the resulting cohort, and the explanation
     * @throws InvalidInputException if two candidates share an id
     */
    public CohortAdmission admit(Session session, List<Candidate> candidates) {
        java.util.Objects.requireNonNull(session, "session");
        java.util.Objects.requireNonNull(candidates, "candidates");
        Set<String> ids = new HashSet<>();
        for (Candidate c : candidates) {
            if (!ids.add(c.id())) {
                throw new InvalidInputException("candidates.id", ART_1, "two candidates have the id '" + c.id() + "'");
            }
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        List<AdmissionDecision> refused = new ArrayList<>();
        List<Candidate> jobSeekers = new ArrayList<>();
        List<Candidate> agents = new ArrayList<>();
        List<Finding> immersionFindings = new ArrayList<>();
        for (Candidate c : sorted) {
            immersionLengthFinding(c).ifPresent(immersionFindings::add);
            Optional<AdmissionDecision> d = ineligibility(session, c);
            if (d.isPresent()) {
                refused.add(d.get());
            } else if (c.category() == CandidateCategory.JOB_SEEKER) {
                jobSeekers.add(c);
            } else {
                agents.add(c);
            }
        }
        List<AdmissionDecision> admitted = new ArrayList<>();
        List<AdmissionDecision> noPlace = new ArrayList<>();
        for (Candidate c : jobSeekers) {
            if (admitted.size() < MAXIMUM) {
                admitted.add(AdmissionDecision.of(c, AdmissionOutcome.ADMITTED, OptionalInt.of(admitted.size() + 1),
                        "job seeker: « Les publics visés par ces dispositifs sont les demandeurs d'emploi »", List.of(ART_1)));
            } else {
                noPlace.add(AdmissionDecision.of(c, AdmissionOutcome.NOT_ADMITTED_NO_PLACE, OptionalInt.empty(),
                        "the session is full: « jusqu'à 18 participants ou participantes »", List.of(ART_1)));
            }
        }
        int jobSeekersAdmitted = admitted.size();
        int target = completion == CohortCompletionReading.FILL_TO_MAXIMUM ? MAXIMUM : MINIMUM;
        for (Candidate c : agents) {
            if (admitted.size() < target) {
                admitted.add(AdmissionDecision.of(c, AdmissionOutcome.ADMITTED, OptionalInt.of(admitted.size() + 1),
                        "agent in retraining completing the session: « Si la formation ne peut pas être complétée par "
                                + "les candidatures des demandeurs d'emploi »", List.of(ART_1)));
            } else {
                noPlace.add(AdmissionDecision.of(c, AdmissionOutcome.NOT_ADMITTED_NO_PLACE, OptionalInt.empty(),
                        "agents in retraining only complete the session, up to " + target + " (" + completion
                                + "), and " + admitted.size() + " places are taken", List.of(ART_1)));
            }
        }
        List<AdmissionDecision> decisions = new ArrayList<>(admitted);
        decisions.addAll(noPlace);
        decisions.addAll(refused);
        Findings findings = checkPlan(session, admitted.size()).plus(Findings.of(immersionFindings));
        Explanation explanation = explain(session, candidates.size(), refused.size(), jobSeekers.size(),
                jobSeekersAdmitted, agents.size(), admitted.size() - jobSeekersAdmitted, target, findings);
        return CohortAdmission.of(session, decisions, findings, explanation);
    }

    private Optional<AdmissionDecision> ineligibility(Session session, Candidate c) {
        if (c.category() == CandidateCategory.OTHER_PUBLIC_AGENT) {
            return Optional.of(AdmissionDecision.of(c, AdmissionOutcome.NOT_ADMITTED_NOT_A_PUBLIC_OF_THE_SCHEME, OptionalInt.empty(),
                    "art. 1 opens the scheme to job seekers, then to agents in retraining of « la Région des Pays de la "
                            + "Loire ainsi qu'aux autres collectivités non affiliées » only", List.of(ART_1)));
        }
        if (c.category() == CandidateCategory.NON_AFFILIATED_COLLECTIVITY_AGENT
                && c.employerDepartment().orElseThrow() != session.department()) {
            return Optional.of(AdmissionDecision.of(c, AdmissionOutcome.NOT_ADMITTED_OTHER_DEPARTMENT, OptionalInt.empty(),
                    "an agent of a non-affiliated collectivity of " + c.employerDepartment().orElseThrow()
                            + " is not of « du département concerné », " + session.department(), List.of(ART_1)));
        }
        boolean needsImmersion = immersionScope.requiresImmersion(c.category());
        if (needsImmersion && c.immersion().filter(this::validatesEntry).isEmpty()) {
            String what = c.immersion().map(i -> "the " + i + " does not validate entry"
                    + (i.validated() ? " (" + immersionLength + ")" : "")).orElse("no immersion took place");
            return Optional.of(AdmissionDecision.of(c, AdmissionOutcome.NOT_ADMITTED_NO_VALIDATED_IMMERSION, OptionalInt.empty(),
                    what + ": entry follows « une immersion (de 2 ou 3 jours qui validera leur entrée ou pas dans le "
                            + "parcours) » (" + immersionScope + ")", List.of(ART_2_REGION)));
        }
        return Optional.empty();
    }

    private boolean validatesEntry(Immersion immersion) {
        return immersionLength == ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING ? immersion.validated()
                : immersion.validatesEntry();
    }

    private Optional<Finding> immersionLengthFinding(Candidate c) {
        return c.immersion().filter(i -> !i.hasTheLengthOfTheText()).map(i -> Finding.warning(
                "immersion-length-not-2-or-3-days", "candidate " + c.id() + ": a " + i.days() + "-day immersion, where the "
                        + "text says « une immersion (de 2 ou 3 jours qui validera leur entrée ou pas dans le parcours) »; "
                        + (!immersionScope.requiresImmersion(c.category())
                                ? "no immersion is required of a " + c.category() + " (" + immersionScope + ")"
                                : immersionLength == ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING
                                        ? "its outcome decides (" + immersionLength + ")"
                                        : "it cannot validate entry (" + immersionLength + ")"),
                ART_2_REGION));
    }

    private Explanation explain(Session session, int candidates, int refused, int jobSeekers, int jobSeekersAdmitted,
            int agents, int agentsAdmitted, int target, Findings findings) {
        Map<String, String> in1 = new LinkedHashMap<>();
        in1.put("session", session.toString());
        in1.put("candidates", String.valueOf(candidates));
        in1.put("immersionScope", immersionScope.name());
        in1.put("immersionLength", immersionLength.name());
        Map<String, String> in2 = new LinkedHashMap<>();
        in2.put("eligibleJobSeekers", String.valueOf(jobSeekers));
        in2.put("maximum", String.valueOf(MAXIMUM));
        Map<String, String> in3 = new LinkedHashMap<>();
        in3.put("eligibleAgents", String.valueOf(agents));
        in3.put("completion", completion.name());
        in3.put("placesLeft", String.valueOf(Math.max(0, target - jobSeekersAdmitted)));
        Map<String, String> in4 = new LinkedHashMap<>();
        in4.put("admitted", String.valueOf(jobSeekersAdmitted + agentsAdmitted));
        in4.put("minimumReading", minimum.name());
        return Explanation.of("admissions to the " + session,
                TraceStep.of("publics of the scheme, département concerned, validated immersion (« de 2 ou 3 jours ») "
                        + "for the candidates who need one",
                        List.of(ART_1, ART_2_REGION), in1, List.of(), refused + " not eligible"),
                TraceStep.of("job seekers first, by date of application then id", ART_1, in2,
                        jobSeekersAdmitted + " job seekers admitted"),
                TraceStep.of("agents in retraining of the Région and of non-affiliated collectivities of the département "
                        + "complete the session, by date of application then id", ART_1, in3,
                        agentsAdmitted + " agents admitted"),
                TraceStep.of("cohort of 12 to 18 participants", ART_1, in4, findings.toString()));
    }
}
