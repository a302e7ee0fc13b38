package fr.cdgrules.cdg44.financing;

import fr.cdgrules.cdg44.Cdg44Articles;
import fr.cdgrules.cdg44.Cdg44Descriptor;

import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.cdg44.partnership.PartnershipTerms;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.error.RuleConflictException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.lifecycle.ConventionState;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who pays what (section « Modalités financières », which has no article number, read with art. 2):
 * « Le financement de ce dispositif de formation au métier de secrétaire général de mairie se répartit
 * comme suit ». Immutable and thread-safe.
 *
 * <p>Each answer names exactly one {@link Payer}, with the paragraph; where the text names nobody for a
 * cost and a trainee status, {@link #whoPays} throws core's {@link NoRuleAppliesException} naming the
 * paragraphs examined — never a guess. Under the default readings:
 *
 * <table>
 *   <caption>Payer by cost and trainee status (default readings); "—" = no rule applies</caption>
 *   <tr><th>cost</th><th>job seeker with ARE</th><th>without ARE</th><th>after end of ARE rights</th>
 *       <th>Région agent</th><th>non-affiliated collectivity agent</th></tr>
 *   <tr><td>pedagogical cost</td><td colspan="5">CNFPT, in full (§ CNFPT)</td></tr>
 *   <tr><td>promotion</td><td colspan="5">CDG coordination, in full (§ coordination régionale des Centres de gestion)</td></tr>
 *   <tr><td>coordination staff, logistics</td><td colspan="5">CNFPT and CDG coordination jointly, in kind</td></tr>
 *   <tr><td>ARE</td><td>France Travail</td><td>— (none due)</td><td>— (none due)</td><td>—</td><td>—</td></tr>
 *   <tr><td>trainee remuneration</td><td>— (ARE instead)</td><td>Région</td><td>Région (relai)</td><td>Région (art. 2)</td><td>—</td></tr>
 *   <tr><td>travel costs</td><td>—</td><td>Région, contribution</td><td>Région, contribution</td><td>—</td><td>—</td></tr>
 *   <tr><td>social cover</td><td>—</td><td>Région</td><td>Région</td><td>—</td><td>—</td></tr>
 * </table>
 *
 * <h2>Dates</h2>
 * The dated queries add two conditions the text sets, and never answer with a silent payer:
 * <ul>
 *   <li>The Région's public trainee remuneration rests on an approval (agrément) of « les formations de
 *       secrétaire général de mairie dispensées par le CNFPT sur la période 2024-2027 » (art. 2 § Région,
 *       Direction Emploi, Formation Professionnelle et Apprentissage); the social cover and the costs
 *       come with it (« Les stagiaires bénéficient en outre, pendant la période de formation, de la prise
 *       en charge de leur couverture sociale … et d'indemnisation de certains de leurs frais »). Reading:
 *       « la période 2024-2027 » is the civil years 2024 to 2027, 1 January 2024 to 31 December 2027
 *       ({@link #APPROVAL_FIRST_DAY}, {@link #APPROVAL_LAST_DAY}), judged per training day. On a training
 *       day outside it, the Région's remuneration, travel contribution and social cover of a job seeker
 *       have no payer: {@link NoRuleAppliesException} naming that paragraph. The Région's own agents are
 *       paid as its agents, not under the approval.
 *   <li>With the {@link Partnership}, a training day on which the convention is not in force (before its
 *       date of effect, after its term or a termination) has no payer for any cost:
 *       {@link ConventionNotInForceException} naming art. 5 (or art. 7.3 after a termination).
 * </ul>
 *
 * <p>The three scheme-wide costs (pedagogy, promotion, coordination and logistics) do not depend on
 * the trainee: the answer is the same for every status. « Participer aux frais de déplacement » makes
 * the Région the only payer the text names for travel costs, with {@link Extent#CONTRIBUTION}: it
 * contributes, per its own rules, and nobody is named for the rest.
 */
public final class Financing {
    /**
     * « Le CNFPT prendra en charge le financement du coût pédagogique de la formation. »
     *
     * @deprecated use {@link Cdg44Articles#FINANCING_CNFPT}
     */
    @Deprecated
    public static final Citation CNFPT_PEDAGOGY = Cdg44Articles.FINANCING_CNFPT;
    /**
     * « La coordination régionale des Centres de gestion prendra en charge les coûts de réalisation des actions de promotion de la formation. »
     *
     * @deprecated use {@link Cdg44Articles#FINANCING_CDG_COORDINATION}
     */
    @Deprecated
    public static final Citation CDG_PROMOTION = Cdg44Articles.FINANCING_CDG_COORDINATION;
    /**
     * « Le CNFPT et la coordination régionale des Centres de Gestion mettront à disposition … »
     *
     * @deprecated use {@link Cdg44Articles#FINANCING_JOINT_COORDINATION}
     */
    @Deprecated
    public static final Citation JOINT_COORDINATION = Cdg44Articles.FINANCING_JOINT_COORDINATION;
    /**
     * « France Travail assurera le versement de l'allocation de retour à l'emploi pour les demandeurs d'emploi bénéficiaires. »
     *
     * @deprecated use {@link Cdg44Articles#FINANCING_FRANCE_TRAVAIL}
     */
    @Deprecated
    public static final Citation FRANCE_TRAVAIL_ARE = Cdg44Articles.FINANCING_FRANCE_TRAVAIL;
    /**
     * « La Région des Pays de la Loire s'engage, pour les demandeurs d'emploi ne bénéficiant pas de l'allocation de retour à l'emploi, à : … »
     *
     * @deprecated use {@link Cdg44Articles#FINANCING_REGION}
     */
    @Deprecated
    public static final Citation REGION_COMMITMENTS = Cdg44Articles.FINANCING_REGION;
    /**
     * « La Région assurera le relai de la rémunération publique de stage pour les demandeurs d'emploi en fin de droit … »
     *
     * @deprecated use {@link Cdg44Articles#FINANCING_REGION_RELAY}
     */
    @Deprecated
    public static final Citation REGION_RELAY = Cdg44Articles.FINANCING_REGION_RELAY;
    /**
     * Art. 2, « La Région des Pays de la Loire », Direction des ressources humaines: « seront rémunérés par la Région ».
     *
     * @deprecated use {@link Cdg44Articles#ART_2_REGION_HR}
     */
    @Deprecated
    public static final Citation ART_2_REGION_HR = Cdg44Articles.ART_2_REGION_HR;
    /**
     * Art. 2, « La Direction Emploi, Formation Professionnelle et Apprentissage »: the public trainee remuneration.
     *
     * @deprecated use {@link Cdg44Articles#ART_2_REGION_EMPLOYMENT}
     */
    @Deprecated
    public static final Citation ART_2_REGION_EMPLOYMENT = Cdg44Articles.ART_2_REGION_EMPLOYMENT;

    /** First day of « la période 2024-2027 » of the approval of the trainings (art. 2 § Région, Direction Emploi). */
    public static final LocalDate APPROVAL_FIRST_DAY = Cdg44Descriptor.date("approvalFirstDay");
    /** Last day of « la période 2024-2027 » of the approval of the trainings (art. 2 § Région, Direction Emploi). */
    public static final LocalDate APPROVAL_LAST_DAY = Cdg44Descriptor.date("approvalLastDay");

    /** Every paragraph examined for a payer, in the order of the text. */
    public static final List<Citation> EXAMINED = List.of(Cdg44Articles.ART_2_REGION_HR, Cdg44Articles.ART_2_REGION_EMPLOYMENT, Cdg44Articles.FINANCING_CNFPT,
            Cdg44Articles.FINANCING_CDG_COORDINATION, Cdg44Articles.FINANCING_JOINT_COORDINATION, Cdg44Articles.FINANCING_FRANCE_TRAVAIL, Cdg44Articles.FINANCING_REGION, Cdg44Articles.FINANCING_REGION_RELAY);

    private static final Set<TraineeStatus> EVERYONE = EnumSet.allOf(TraineeStatus.class);
    private static final String WITHOUT_ARE = "La Région des Pays de la Loire s'engage, pour les demandeurs d'emploi ne "
            + "bénéficiant pas de l'allocation de retour à l'emploi, à : ";

    private final AgentRemunerationReading agentRemuneration;
    private final EndOfRightsReading endOfRights;
    private final List<PayerRule> rules;

    private Financing(AgentRemunerationReading agentRemuneration, EndOfRightsReading endOfRights) {
        this.agentRemuneration = Objects.requireNonNull(agentRemuneration, "agentRemuneration");
        this.endOfRights = Objects.requireNonNull(endOfRights, "endOfRights");
        this.rules = List.copyOf(rules(agentRemuneration, endOfRights));
    }

    /**
     * @param agentRemuneration whose remuneration the Région pays among agents in retraining
     * @param endOfRights what the Région takes over after the end of ARE rights
     * @return the financing rules under these readings
     */
    public static Financing of(AgentRemunerationReading agentRemuneration, EndOfRightsReading endOfRights) {
        return new Financing(agentRemuneration, endOfRights);
    }

    /** @return the financing rules under the default readings */
    public static Financing defaults() {
        return of(AgentRemunerationReading.REGION_OWN_AGENTS_ONLY, EndOfRightsReading.AS_JOB_SEEKER_WITHOUT_ARE);
    }

    /** @return the reading of « Les agents retenus … seront rémunérés par la Région » */
    public AgentRemunerationReading agentRemunerationReading() {
        return agentRemuneration;
    }

    /** @return the reading of the relay after the end of ARE rights */
    public EndOfRightsReading endOfRightsReading() {
        return endOfRights;
    }

    private static List<PayerRule> rules(AgentRemunerationReading agentRemuneration, EndOfRightsReading endOfRights) {
        List<PayerRule> list = new ArrayList<>();
        list.add(new PayerRule(EnumSet.of(Cost.PEDAGOGICAL_COST), EVERYONE, Payer.CNFPT, Extent.IN_FULL,
                List.of(Cdg44Articles.FINANCING_CNFPT), "Le CNFPT prendra en charge le financement du coût pédagogique de la formation."));
        list.add(new PayerRule(EnumSet.of(Cost.PROMOTION), EVERYONE, Payer.CDG_COORDINATION, Extent.IN_FULL,
                List.of(Cdg44Articles.FINANCING_CDG_COORDINATION), "La coordination régionale des Centres de gestion prendra en charge les coûts de "
                        + "réalisation des actions de promotion de la formation."));
        list.add(new PayerRule(EnumSet.of(Cost.COORDINATION_STAFF_AND_LOGISTICS), EVERYONE,
                Payer.CNFPT_AND_CDG_COORDINATION, Extent.IN_KIND, List.of(Cdg44Articles.FINANCING_JOINT_COORDINATION),
                "Le CNFPT et la coordination régionale des Centres de Gestion mettront à disposition les ressources "
                        + "humaines pour la coordination et le suivi administratif de la formation ainsi que les moyens "
                        + "logistiques."));
        list.add(new PayerRule(EnumSet.of(Cost.RETURN_TO_WORK_ALLOWANCE), EnumSet.of(TraineeStatus.JOB_SEEKER_WITH_ARE),
                Payer.FRANCE_TRAVAIL, Extent.IN_FULL, List.of(Cdg44Articles.FINANCING_FRANCE_TRAVAIL), "France Travail assurera le versement "
                        + "de l'allocation de retour à l'emploi pour les demandeurs d'emploi bénéficiaires."));
        Set<TraineeStatus> withoutAre = EnumSet.of(TraineeStatus.JOB_SEEKER_WITHOUT_ARE);
        list.add(new PayerRule(EnumSet.of(Cost.TRAINEE_REMUNERATION), withoutAre, Payer.REGION, Extent.IN_FULL,
                List.of(Cdg44Articles.FINANCING_REGION, Cdg44Articles.ART_2_REGION_EMPLOYMENT),
                WITHOUT_ARE + "assurer la rémunération publique de stage sur toute la durée"));
        list.add(new PayerRule(EnumSet.of(Cost.TRAVEL_COSTS), withoutAre, Payer.REGION, Extent.CONTRIBUTION,
                List.of(Cdg44Articles.FINANCING_REGION), WITHOUT_ARE + "participer aux frais de déplacement"));
        list.add(new PayerRule(EnumSet.of(Cost.SOCIAL_COVER), withoutAre, Payer.REGION, Extent.IN_FULL,
                List.of(Cdg44Articles.FINANCING_REGION), WITHOUT_ARE + "prendre en charge leur couverture sociale (maladie, "
                        + "maternité, accident du travail)"));
        Set<TraineeStatus> afterEnd = EnumSet.of(TraineeStatus.JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS);
        list.add(new PayerRule(EnumSet.of(Cost.TRAINEE_REMUNERATION), afterEnd, Payer.REGION, Extent.IN_FULL,
                List.of(Cdg44Articles.FINANCING_REGION_RELAY), "La Région assurera le relai de la rémunération publique de stage pour les "
                        + "demandeurs d'emploi en fin de droit du bénéfice de l'allocation de retour à l'emploi."));
        if (endOfRights == EndOfRightsReading.AS_JOB_SEEKER_WITHOUT_ARE) {
            list.add(new PayerRule(EnumSet.of(Cost.TRAVEL_COSTS), afterEnd, Payer.REGION, Extent.CONTRIBUTION,
                    List.of(Cdg44Articles.FINANCING_REGION, Cdg44Articles.FINANCING_REGION_RELAY, Cdg44Articles.ART_2_REGION_EMPLOYMENT), WITHOUT_ARE
                            + "participer aux frais de déplacement (after the end of rights the job seeker no longer "
                            + "benefits from the ARE: " + endOfRights + ")"));
            list.add(new PayerRule(EnumSet.of(Cost.SOCIAL_COVER), afterEnd, Payer.REGION, Extent.IN_FULL,
                    List.of(Cdg44Articles.FINANCING_REGION, Cdg44Articles.FINANCING_REGION_RELAY, Cdg44Articles.ART_2_REGION_EMPLOYMENT), WITHOUT_ARE
                            + "prendre en charge leur couverture sociale (after the end of rights the job seeker no "
                            + "longer benefits from the ARE: " + endOfRights + ")"));
        }
        Set<TraineeStatus> agents = agentRemuneration == AgentRemunerationReading.ALL_AGENTS_RETAINED
                ? EnumSet.of(TraineeStatus.REGION_AGENT_IN_RETRAINING,
                        TraineeStatus.NON_AFFILIATED_COLLECTIVITY_AGENT_IN_RETRAINING)
                : EnumSet.of(TraineeStatus.REGION_AGENT_IN_RETRAINING);
        list.add(new PayerRule(EnumSet.of(Cost.TRAINEE_REMUNERATION), agents, Payer.REGION, Extent.IN_FULL,
                List.of(Cdg44Articles.ART_2_REGION_HR), "Les agents retenus dans le dispositif de formation, après une immersion (de 2 "
                        + "ou 3 jours qui validera leur entrée ou pas dans le parcours) et une sélection des prérequis, "
                        + "seront rémunérés par la Région. (" + agentRemuneration + ")"));
        return list;
    }

    /**
     * Who bears a cost for a trainee with a status.
     *
     * @param cost the cost
     * @param status the trainee's status
     * @return the one payer, its extent, the paragraph and the words
     * @throws NoRuleAppliesException if the text names no payer for that cost and status (the message says
     *     why, and the exception lists {@link #EXAMINED})
     * @throws RuleConflictException if two sentences named payers (never under the rules of this class: the
     *     property tests check it)
     */
    public CostAllocation whoPays(Cost cost, TraineeStatus status) {
        java.util.Objects.requireNonNull(cost, "cost");
        java.util.Objects.requireNonNull(status, "status");
        List<PayerRule> matches = rules.stream().filter(r -> r.covers(cost, status)).toList();
        String subject = "the payer of « " + cost.label() + " » for a trainee " + status;
        if (matches.isEmpty()) {
            throw new NoRuleAppliesException(subject + ": " + silence(cost, status), EXAMINED);
        }
        if (matches.size() > 1) {
            throw new RuleConflictException(subject, matches.stream().flatMap(r -> r.citations().stream()).distinct().toList());
        }
        PayerRule rule = matches.get(0);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("cost", cost.name());
        inputs.put("status", status.name());
        inputs.put("agentRemunerationReading", agentRemuneration.name());
        inputs.put("endOfRightsReading", endOfRights.name());
        Explanation explanation = Explanation.of(subject, TraceStep.of("« " + rule.quote() + " »", rule.citations(),
                inputs, List.of(), rule.payer() + " (" + rule.extent() + ")"));
        return CostAllocation.of(cost, status, rule.payer(), rule.extent(), rule.citations(), rule.quote(), explanation);
    }

    /**
     * Who bears a cost for a trainee on a day of the training: the status on that day decides
     * (before or after the end of ARE rights).
     *
     * @param cost the cost
     * @param situation the trainee's situation
     * @param date a day of the training
     * @return the one payer
     * @throws NoRuleAppliesException if the text names no payer for that cost and the status on that day
     */
    public CostAllocation whoPays(Cost cost, TraineeSituation situation, LocalDate date) {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(date, "date");
        TraineeStatus status = situation.statusOn(date);
        CostAllocation a = whoPays(cost, status);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("status", situation.status().name());
        situation.areRightsLastDay().ifPresent(d -> inputs.put("areRightsLastDay", d.toString()));
        inputs.put("date", date.toString());
        List<TraceStep> steps = new ArrayList<>();
        steps.add(TraceStep.of("status on the day: with ARE up to the last day of rights, « en fin de droit » after",
                List.of(Cdg44Articles.FINANCING_FRANCE_TRAVAIL, Cdg44Articles.FINANCING_REGION_RELAY), inputs, List.of(), status.name()));
        if (restsOnTheApproval(a)) {
            Map<String, String> approval = new LinkedHashMap<>();
            approval.put("date", date.toString());
            approval.put("approvalPeriod", APPROVAL_FIRST_DAY + " – " + APPROVAL_LAST_DAY);
            if (date.isBefore(APPROVAL_FIRST_DAY) || date.isAfter(APPROVAL_LAST_DAY)) {
                throw new NoRuleAppliesException("the payer of « " + cost.label() + " » for a trainee " + status + " on "
                        + date + ": the Région's public trainee remuneration rests on the approval of « les formations de "
                        + "secrétaire général de mairie dispensées par le CNFPT sur la période 2024-2027 », and " + date
                        + " is outside that period (" + APPROVAL_FIRST_DAY + " – " + APPROVAL_LAST_DAY + ")",
                        List.of(Cdg44Articles.ART_2_REGION_EMPLOYMENT, Cdg44Articles.FINANCING_REGION, Cdg44Articles.FINANCING_REGION_RELAY));
            }
            steps.add(TraceStep.of("the training day is within the approval of the trainings « sur la période 2024-2027 »",
                    List.of(Cdg44Articles.ART_2_REGION_EMPLOYMENT), approval, List.of(), "approved"));
        }
        steps.addAll(a.explanation().steps());
        return CostAllocation.of(cost, status, a.payer(), a.extent(), a.citations(), a.quote(),
                Explanation.of(a.explanation().subject() + " on " + date, steps));
    }

    /**
     * Who bears a cost for a trainee on a day of the training, under a convention: the convention must
     * be in force that day (art. 5, art. 7.3), then {@link #whoPays(Cost, TraineeSituation, LocalDate)}
     * decides (status on the day, approval period 2024-2027).
     *
     * @param cost the cost
     * @param situation the trainee's situation
     * @param date a day of the training
     * @param partnership the convention, with any notice of termination
     * @return the one payer
     * @throws ConventionNotInForceException if the convention is not in force on that day (before its date
     *     of effect, after its term or a termination)
     * @throws NoRuleAppliesException if the text names no payer for that cost and the status on that day,
     *     or the day is outside the approval period for the Région's remuneration of a job seeker
     * @throws NullPointerException if an argument is null
     */
    public CostAllocation whoPays(Cost cost, TraineeSituation situation, LocalDate date, Partnership partnership) {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(date, "date");
        ConventionState state = partnership.stateAt(date);
        if (!state.isInForce()) {
            Citation rule = state.status() == ConventionStatus.TERMINATED ? Cdg44Articles.ART_7_3 : Cdg44Articles.ART_5;
            throw new ConventionNotInForceException("the payer of « " + Objects.requireNonNull(cost, "cost").label()
                    + " » on " + date + " (" + state.reason() + ")", partnership.effectiveOn(), partnership.lastDayInForce(), rule);
        }
        CostAllocation a = whoPays(cost, situation, date);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("date", date.toString());
        inputs.put("inForce", partnership.effectiveOn() + " – " + partnership.lastDayInForce());
        List<TraceStep> steps = new ArrayList<>();
        steps.add(TraceStep.of("the convention is in force on the training day", state.citations(), inputs, List.of(),
                state.reason()));
        steps.addAll(a.explanation().steps());
        return CostAllocation.of(cost, a.status(), a.payer(), a.extent(), a.citations(), a.quote(),
                Explanation.of(a.explanation().subject(), steps));
    }

    private static boolean restsOnTheApproval(CostAllocation a) {
        return a.payer() == Payer.REGION && (a.status() == TraineeStatus.JOB_SEEKER_WITHOUT_ARE
                || a.status() == TraineeStatus.JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS);
    }

    /**
     * @param status a trainee status
     * @return the costs with a payer for that status, in the order of {@link Cost}
     */
    public List<CostAllocation> paidCosts(TraineeStatus status) {
        java.util.Objects.requireNonNull(status, "status");
        List<CostAllocation> list = new ArrayList<>();
        for (Cost c : Cost.values()) {
            if (rules.stream().anyMatch(r -> r.covers(c, status))) {
                list.add(whoPays(c, status));
            }
        }
        return List.copyOf(list);
    }

    private String silence(Cost cost, TraineeStatus status) {
        if (cost == Cost.RETURN_TO_WORK_ALLOWANCE) {
            return "the ARE is paid only « pour les demandeurs d'emploi bénéficiaires »; this trainee is not one, so no "
                    + "ARE is due";
        }
        if (cost == Cost.TRAINEE_REMUNERATION && status == TraineeStatus.JOB_SEEKER_WITH_ARE) {
            return "the public trainee remuneration is for trainees who « ne sont pas indemnisés par l'assurance "
                    + "chômage » (art. 2); this trainee receives the ARE instead";
        }
        if (cost == Cost.TRAINEE_REMUNERATION) {
            return "« seront rémunérés par la Région » is read as the Région's own agents (" + agentRemuneration
                    + "); the text names no payer for an agent of a non-affiliated collectivity";
        }
        if (status == TraineeStatus.JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS) {
            return "the relay after the end of rights names the remuneration only (" + endOfRights + ")";
        }
        return "the text names no payer for this cost and this trainee";
    }
}
