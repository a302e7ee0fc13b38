package fr.cdgrules.cdg79.intervention;

/**
 * The ground of a specific intervention of the CDG79 (art. 2.6: « En cas d'urgence ou de force
 * majeure, le CDG79 peut accompagner les collectivités intéressées, sur une mission ponctuelle »).
 * A specific intervention recorded without a ground is billed as recorded, with a finding.
 */
public enum InterventionGround {
    /** « urgence »: an urgent situation. */
    URGENCY,
    /** « force majeure ». */
    FORCE_MAJEURE;

    /** @return the text's word */
    public String text() {
        return this == URGENCY ? "urgence" : "force majeure";
    }
}
