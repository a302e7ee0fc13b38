package fr.cdgrules.cdg44.financing;

/**
 * What the Région takes over when a job seeker's ARE rights end during the training. The financing
 * section says: « La Région assurera le relai de la rémunération publique de stage pour les
 * demandeurs d'emploi en fin de droit du bénéfice de l'allocation de retour à l'emploi » — the
 * remuneration only, by name — while the Région's three commitments (remuneration, travel costs,
 * social cover) are « pour les demandeurs d'emploi ne bénéficiant pas de l'allocation de retour à
 * l'emploi », which a job seeker whose rights have ended no longer does.
 */
public enum EndOfRightsReading {
    /**
     * The default: after the end of rights, the job seeker is one « ne bénéficiant pas de l'allocation de
     * retour à l'emploi » and the Région's three commitments apply (art. 2 also ties social cover and
     * expenses to the remuneration: « Les stagiaires bénéficient en outre … de la prise en charge de leur
     * couverture sociale … et d'indemnisation de certains de leurs frais »).
     */
    AS_JOB_SEEKER_WITHOUT_ARE,
    /** Only the remuneration is taken over (the relay sentence names nothing else): travel costs and social cover have no payer. */
    REMUNERATION_ONLY
}
