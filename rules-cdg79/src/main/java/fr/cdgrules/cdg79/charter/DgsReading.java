package fr.cdgrules.cdg79.charter;

/**
 * Reading of the place of a DGS (directeur général des services) in a community space. Art. 1.4
 * makes the DGS the SGM's counterpart for the larger communes ("le secrétaire général de mairie (ou
 * le DGS pour les communes de plus de 3.500 habitants)"), but asks approvals "pour des utilisateurs
 * non SGDM", and a DGS is not, by title, a secrétaire général de mairie.
 *
 * <p>Default: {@link #STANDS_IN_FOR_SGM_ABOVE_CEILING}: art. 1.3 opens community spaces to the
 * communes above 3 500 "à leur demande"; their DGS is who they would send, and art. 1.4 already puts
 * the DGS in the SGM's place for them. Below the ceiling a DGS is a non-SGM user.
 */
public enum DgsReading {
    /** The default: the DGS of a commune above the ceiling counts as its SGM; elsewhere as a non-SGM user. */
    STANDS_IN_FOR_SGM_ABOVE_CEILING,
    /** A DGS is always a non-SGM user, needing both approvals to enter a community space. */
    NON_SGM_USER;

    /** @return the default reading, {@link #STANDS_IN_FOR_SGM_ABOVE_CEILING} */
    public static DgsReading defaultReading() {
        return STANDS_IN_FOR_SGM_ABOVE_CEILING;
    }
}
