package fr.cdgrules.cdg79.charter;

/** The position of the person asking for access to the platform, in the commune. */
public enum UserRole {
    /** Secrétaire général de mairie (SGM, "SGDM" in the convention). */
    SGM,
    /** Directeur général des services: the SGM's counterpart "pour les communes de plus de 3.500 habitants" (art. 1.4). */
    DGS,
    /** The mayor, or the mayor's representative ("le Maire (ou son représentant)", art. 1.4). */
    MAYOR,
    /** Any other agent of the commune. */
    OTHER_STAFF
}
