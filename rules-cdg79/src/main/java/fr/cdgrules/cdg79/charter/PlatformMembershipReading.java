package fr.cdgrules.cdg79.charter;

/**
 * Reading of whether a commune under the ceiling must be a member of the pack for its users to enter
 * the platform.
 *
 * <p>For: art. 1.4, "L'accès à la plateforme collaborative est compris dans le tarif d'adhésion au
 * pack proposé par le CDG79, avec deux espaces distincts"; the annex lists "Mise à disposition
 * d'une plateforme logicielle collaborative […]" under "PLAN D'ACTIONS SGDM ADHESION
 * ANNUELLE", not under "RESEAU DEPARTEMENTAL (compétence obligatoire)"; the Clessé council (001)
 * deliberates on its "Adhésion à la plateforme collaboratrice Interstis du CDG79".
 *
 * <p>Against: the same art. 1.4 calls the departmental space one "dont l'accès est libre pour tous
 * les SGDM des communes de moins de 3 500 habitants".
 *
 * <p>Default: {@link #PACK_MEMBERSHIP_REQUIRED}: "libre" is read as "without further approval"
 * (as against the community space, where non-SGMs need two approvals), within the access the pack
 * pays for. Communes above the ceiling, which cannot join the pack, enter their community space on
 * request (art. 1.3) without it, under both readings.
 */
public enum PlatformMembershipReading {
    /** The default: a commune under the ceiling must be a member of the pack on the day of the request. */
    PACK_MEMBERSHIP_REQUIRED,
    /** No membership condition: "l'accès est libre pour tous les SGDM des communes de moins de 3 500 habitants". */
    NO_MEMBERSHIP_CONDITION;

    /** @return the default reading, {@link #PACK_MEMBERSHIP_REQUIRED} */
    public static PlatformMembershipReading defaultReading() {
        return PACK_MEMBERSHIP_REQUIRED;
    }
}
