package fr.cdgrules.cdg44.financing;

/**
 * Whose remuneration the Région pays among the agents in retraining. The only sentence is in the
 * paragraph of the Région's « Direction des ressources humaines », which « s'engage à promouvoir auprès
 * de ses agents le métier de secrétaire général de mairie »: « Les agents retenus dans le dispositif de
 * formation, après une immersion (…) et une sélection des prérequis, seront rémunérés par la Région. »
 * For the agents of the non-affiliated collectivities (art. 1), the financing section says nothing.
 */
public enum AgentRemunerationReading {
    /**
     * The default: « les agents retenus » are the Région's own agents, of whom the paragraph speaks; the
     * Région pays them. For an agent of a non-affiliated collectivity the text names no payer: no rule
     * applies (in practice the employer, but the text does not say so).
     */
    REGION_OWN_AGENTS_ONLY,
    /** « Les agents retenus » are all the agents admitted, including those of non-affiliated collectivities: the Région pays them all. */
    ALL_AGENTS_RETAINED
}
