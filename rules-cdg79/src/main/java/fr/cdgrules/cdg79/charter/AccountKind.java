package fr.cdgrules.cdg79.charter;

/**
 * The kind of login identifier a user has. Charter art. 1.1: access "est réservé aux personnes
 * disposant d'un identifiant et d'un mot de passe personnels et confidentiels"; art. 7.3: "il est
 * fortement déconseillé d'utiliser un identifiant générique ; ce dernier doit être nominatif. ...
 * chaque utilisateur doit disposer de son propre identifiant. Tout partage ou utilisation d'un
 * identifiant par plusieurs personnes est strictement interdit."
 */
public enum AccountKind {
    /** A nominative identifier of the person alone: the only kind allowed. */
    NOMINATIVE,
    /** A generic identifier (e.g. the town hall's address): "ce dernier doit être nominatif". */
    GENERIC,
    /** An identifier used by several persons: "strictement interdit". */
    SHARED
}
