package fr.cdgrules.cucm.replacement;

/**
 * Whether an accident ranks with illness and maternity or after them.
 *
 * <p>Art. 3 lists the exceptional events as two bullets, "Maladie et congés maternité" then
 * "Accident", without saying whether the order of the bullets is an order of priority.
 */
public enum AccidentRankReading {
    /**
     * The default: equal rank. Both bullets define one class, "événements exceptionnels qui génèrent
     * un arrêt de travail relativement long", and the pre-emption clause names them together: "toute
     * demande de remplacement pour congés de maladie, de maternité ou absence suite à un accident,
     * restera prioritaire". Ties are broken like any tie (request date, then commune code, ...).
     */
    EQUAL_TO_ILLNESS_AND_MATERNITY,
    /** The order of the bullets is an order of priority: an accident ranks just after illness and maternity. */
    AFTER_ILLNESS_AND_MATERNITY
}
