package fr.cdgrules.cdg79.intervention;

/** How the convention pays for a service. */
public enum ServiceTreatment {
    /**
     * A compulsory competence of the centre de gestion (the departmental network, art. 1: "au titre
     * de ses compétences obligatoires"; annex: "RESEAU DEPARTEMENTAL (compétence obligatoire)"):
     * never billed, to a member or not. It is also part of what the annual fee pays for (art. 3.1:
     * "En contrepartie des services mentionnés aux articles 1 et 2").
     */
    COMPULSORY_COMPETENCE,
    /** Included in the pack adhésion: no charge for a member; not offered by the hour to others. */
    INCLUDED_IN_PACK,
    /**
     * Included for a member within an allowance (art. 2.3: six months from the first posting, at
     * most two half-days on site), billed by the hour beyond it and to a non-member.
     */
    INCLUDED_WITHIN_ALLOWANCE,
    /** Billed by the hour at the rate of art. 3.2: 35 € for a member, 75 € for a non-member. */
    BILLABLE_HOURLY
}
