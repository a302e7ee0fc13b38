package fr.cdgrules.cdg44.cohort;

/**
 * Who needs the 2-or-3-day immersion before entry. The only sentence about it sits in the Région's
 * paragraph on its own agents (art. 2, Direction des ressources humaines): « Les agents retenus dans le
 * dispositif de formation, après une immersion (de 2 ou 3 jours qui validera leur entrée ou pas dans le
 * parcours) et une sélection des prérequis, seront rémunérés par la Région. » The text does not say
 * whether job seekers go through it too; the scheme is presented as entered « après une immersion ».
 */
public enum ImmersionScopeReading {
    /**
     * The default: every candidate, job seeker or agent, needs a validated immersion of 2 or 3 days;
     * the immersion « validera leur entrée ou pas dans le parcours », and the parcours is the same for
     * all.
     */
    ALL_CANDIDATES,
    /** Only agents in retraining need it, as the sentence speaks of « les agents retenus ». */
    AGENTS_ONLY
}
