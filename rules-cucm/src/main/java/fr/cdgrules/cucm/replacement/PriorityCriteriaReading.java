package fr.cdgrules.cucm.replacement;

/**
 * Which comes first when competing requests are ranked: the reason or the commune's profile.
 *
 * <p>Art. 3 gives both without ordering them: "priorité sera donnée aux communes de plus petite
 * taille (celles de moins de 600 habitants) qui n'emploient qu'un seul agent administratif à temps
 * non complet", then "Outre la taille de la commune, [...] le service de remplacement sera sollicité
 * de façon prioritaire en cas d'événements exceptionnels", and "Si les communes demandeuses ont le
 * même profil et que le remplacement est demandé pour le même motif, un arbitrage sera rendu".
 */
public enum PriorityCriteriaReading {
    /**
     * The default: the reason first, the commune's profile second. It is the only reading that
     * agrees with the rest of art. 3: an urgent request "restera prioritaire et mettra un terme au
     * remplacement pour motifs non urgents en cours" whatever the commune, and summer leave comes
     * only "si aucun remplacement pour événements exceptionnels ou pour mission particulière/surcroît
     * d'activité n'est programmé".
     */
    REASON_THEN_PROFILE,
    /** The profile first (the order in which art. 3 states the criteria), the reason second. */
    PROFILE_THEN_REASON
}
