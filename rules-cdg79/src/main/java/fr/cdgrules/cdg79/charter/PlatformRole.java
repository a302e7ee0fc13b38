package fr.cdgrules.cdg79.charter;

/**
 * The rights on a collaborative space. Charter préambule: "Le CDG79 en est seul l'administrateur et
 * accorde, en fonction des espaces collaboratifs créés, les droits d'animateur, contributeur ou
 * visiteur."
 */
public enum PlatformRole {
    /** "animateur": leads the space. */
    ANIMATEUR,
    /** "contributeur": posts and shares. */
    CONTRIBUTEUR,
    /** "visiteur": reads. */
    VISITEUR,
    /** The administrator: the CDG79 alone; never granted to a commune user. */
    ADMINISTRATEUR;

    /** @return true if the CDG79 can grant this role to a user of a commune */
    public boolean isGrantable() {
        return this != ADMINISTRATEUR;
    }
}
