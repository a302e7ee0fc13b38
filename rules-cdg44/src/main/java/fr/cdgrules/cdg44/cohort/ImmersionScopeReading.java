package fr.cdgrules.cdg44.cohort;

/**
 * Who needs the 2-or-3-day immersion before entry. The only sentence about it sits in the Région's
 * paragraph on its own agents (art. 2, La Région des Pays de la Loire, « La Direction des ressources
 * humaines s'engage à promouvoir auprès de ses agents le métier de secrétaire général de mairie … »):
 * « Les agents retenus dans le dispositif de formation, après une immersion (de 2 ou 3 jours qui
 * validera leur entrée ou pas dans le parcours) et une sélection des prérequis, seront rémunérés par
 * la Région. » The text asks it of « les agents retenus », not of the job seekers, who are the
 * scheme's public (art. 1).
 */
public enum ImmersionScopeReading {
    /**
     * The default: only the Région's own agents in retraining need a validated immersion. « Les agents
     * retenus » are the agents the paragraph speaks of, those of the Région's Direction des ressources
     * humaines — the same reading as who the Région pays ({@code AgentRemunerationReading.REGION_OWN_AGENTS_ONLY}).
     * Job seekers and agents of non-affiliated collectivities are admitted without one.
     */
    REGION_AGENTS_ONLY,
    /**
     * Every agent in retraining (the Région's and the non-affiliated collectivities'), as the sentence
     * speaks of « les agents retenus dans le dispositif de formation »; job seekers are admitted without
     * one.
     */
    AGENTS_ONLY,
    /**
     * Every candidate, job seeker or agent: the immersion « validera leur entrée ou pas dans le
     * parcours », and the parcours is the same for all. The module's default before 0.2.
     */
    ALL_CANDIDATES;

    /**
     * @param category a candidate's category
     * @return true if, under this reading, a candidate of that category needs a validated immersion
     */
    public boolean requiresImmersion(CandidateCategory category) {
        java.util.Objects.requireNonNull(category, "category");
        switch (this) {
            case REGION_AGENTS_ONLY:
                return category == CandidateCategory.REGION_AGENT;
            case AGENTS_ONLY:
                return category.isAgentInRetraining();
            default:
                return true;
        }
    }
}
