package fr.cdgrules.cdg44.cohort;

/**
 * Who a candidate is, for the order of admission (art. 1): « Les publics visés par ces dispositifs
 * sont les demandeurs d'emploi. Si la formation ne peut pas être complétée par les candidatures des
 * demandeurs d'emploi, il pourra être fait appel à la Région des Pays de la Loire ainsi qu'aux autres
 * collectivités non affiliées du département concerné, pour proposer le dispositif à leurs agents en
 * reconversion. »
 */
public enum CandidateCategory {
    /** A job seeker (demandeur d'emploi): the public aimed at, admitted first. */
    JOB_SEEKER,
    /** An agent of the Région des Pays de la Loire in retraining (agent en reconversion): only to complete the session. */
    REGION_AGENT,
    /**
     * An agent in retraining of a collectivity not affiliated to the centre de gestion, in the
     * département of the session (« autres collectivités non affiliées du département concerné »):
     * only to complete the session.
     */
    NON_AFFILIATED_COLLECTIVITY_AGENT,
    /**
     * Any other public agent, e.g. of a collectivity affiliated to a centre de gestion: art. 1 opens the
     * scheme to the agents of the Région and of the non-affiliated collectivities only, so such a
     * candidate is not admitted. The preamble's « ouverts, dans certaines conditions, aux agents
     * publics » is read through the conditions of art. 1.
     */
    OTHER_PUBLIC_AGENT;

    /** @return true for the agents in retraining who may complete a session */
    public boolean isAgentInRetraining() {
        return this == REGION_AGENT || this == NON_AFFILIATED_COLLECTIVITY_AGENT;
    }
}
