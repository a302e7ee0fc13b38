package fr.cdgrules.cdg44.financing;

/**
 * The costs of the training scheme that the section « Modalités financières » shares out (« Le
 * financement de ce dispositif de formation au métier de secrétaire général de mairie se répartit
 * comme suit »).
 */
public enum Cost {
    /** « le financement du coût pédagogique de la formation » (teaching cost). */
    PEDAGOGICAL_COST("coût pédagogique de la formation"),
    /** « les coûts de réalisation des actions de promotion de la formation ». */
    PROMOTION("coûts de réalisation des actions de promotion de la formation"),
    /**
     * « les ressources humaines pour la coordination et le suivi administratif de la formation ainsi que
     * les moyens logistiques » (coordination staff and logistics).
     */
    COORDINATION_STAFF_AND_LOGISTICS("ressources humaines pour la coordination et le suivi administratif, moyens logistiques"),
    /** « l'allocation de retour à l'emploi » (ARE, return-to-work allowance). */
    RETURN_TO_WORK_ALLOWANCE("allocation de retour à l'emploi (ARE)"),
    /**
     * The trainee's income during the training: « la rémunération publique de stage » for a job seeker;
     * for an agent in retraining, their pay (« seront rémunérés par la Région »).
     */
    TRAINEE_REMUNERATION("rémunération publique de stage / rémunération de l'agent"),
    /** « frais de déplacement » (travel costs). */
    TRAVEL_COSTS("frais de déplacement"),
    /** « couverture sociale (maladie, maternité, accident du travail) » (social cover). */
    SOCIAL_COVER("couverture sociale (maladie, maternité, accident du travail)");

    private final String label;

    Cost(String label) {
        this.label = label;
    }

    /** @return the text's words for the cost */
    public String label() {
        return label;
    }
}
