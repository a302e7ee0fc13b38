package fr.cdgrules.cucm.replacement;

/**
 * Why a commune asks for the replacement agent (art. 3, "Les cas de recours et les priorités"), in
 * the text's order of priority.
 */
public enum ReplacementReason {
    /** "Maladie et congés maternité": an exceptional event causing a long absence; urgent. */
    ILLNESS_OR_MATERNITY("Maladie et congés maternité", true),
    /** "Accident": an exceptional event causing a long absence; urgent. */
    ACCIDENT("Accident", true),
    /**
     * "D'autres motifs d'absence pourront être pris en compte sous réserve de la durée du remplacement
     * afférent (départ en retraite sans remplacement immédiat, congés exceptionnels, enfant ou nourrice
     * malade..etc)".
     */
    OTHER_ABSENCE("Autre motif d'absence (sous réserve de la durée du remplacement)", false),
    /** "Durant les périodes de disponibilité de l'agent [...] pour une mission particulière". */
    PARTICULAR_MISSION("Mission particulière", false),
    /** "Durant les périodes de disponibilité de l'agent [...] pour un surcroît d'activité". */
    EXTRA_WORKLOAD("Surcroît d'activité", false),
    /**
     * "Enfin, si aucun remplacement pour événements exceptionnels ou pour mission particulière/surcroît
     * d'activité n'est programmé, l'agent remplaçant pourra être sollicité au titre des congés d'été"
     * — in rotation ("tour de rôle") and within the agent's own summer leave.
     */
    SUMMER_LEAVE("Congés d'été (tour de rôle)", false);

    private final String wording;
    private final boolean urgent;

    ReplacementReason(String wording, boolean urgent) {
        this.wording = wording;
        this.urgent = urgent;
    }

    /** @return the text's wording */
    public String wording() {
        return wording;
    }

    /**
     * @return true for illness, maternity and accident: "toute demande de remplacement pour congés de
     *     maladie, de maternité ou absence suite à un accident, restera prioritaire et mettra un terme au
     *     remplacement pour motifs non urgents en cours"
     */
    public boolean isUrgent() {
        return urgent;
    }
}
