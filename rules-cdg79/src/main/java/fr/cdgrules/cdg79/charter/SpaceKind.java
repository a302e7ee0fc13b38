package fr.cdgrules.cdg79.charter;

/** The two kinds of collaborative space of the platform (art. 1.4: "deux espaces distincts"). */
public enum SpaceKind {
    /** "l'espace collaboratif du réseau départemental des SGDM", one for the Deux-Sèvres. */
    DEPARTMENTAL,
    /** "l'espace collaboratif du réseau des SGDM de la Communauté de communes dont dépend la commune", one per EPCI. */
    COMMUNITY
}
