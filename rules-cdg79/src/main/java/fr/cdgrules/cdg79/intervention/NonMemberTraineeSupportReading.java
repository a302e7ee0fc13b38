package fr.cdgrules.cdg79.intervention;

/**
 * Reading of the support of a graduate of a CDG79 training (art. 2.3) posted in a commune that is
 * not a member of the pack. Art. 2.3 says « Au titre des dispositifs de formation qu'il propose, le
 * CDG79 accompagne, de manière prioritaire et privilégiée, les étudiants et stagiaires issus de ces
 * formations sur une période de six mois » without naming membership; but art. 2 offers its services
 * « au titre d'une adhésion facultative », and the annex lists « Accompagnement (6 mois + 2
 * demi-journées sur site) » in the column « PLAN D'ACTIONS SGDM ADHESION ANNUELLE ».
 *
 * <p>Default: {@link #BILLED_FROM_FIRST_HOUR}: the allowance is a service of the pack, so a
 * non-member is billed from the first hour at the non-member rate of art. 3.2.
 */
public enum NonMemberTraineeSupportReading {
    /** The default: no allowance for a non-member; billed from the first hour at the non-member rate. */
    BILLED_FROM_FIRST_HOUR,
    /**
     * The allowance comes with the CDG79's training (« Au titre des dispositifs de formation qu'il
     * propose »): six months and two on-site half-days included for every commune; beyond them, a
     * non-member pays the non-member rate.
     */
    ALLOWANCE_FOR_EVERY_COMMUNE;

    /** @return the default reading, {@link #BILLED_FROM_FIRST_HOUR} */
    public static NonMemberTraineeSupportReading defaultReading() {
        return BILLED_FROM_FIRST_HOUR;
    }
}
