package fr.cdgrules.cdg44.financing;

import fr.cdgrules.cdg44.partnership.Party;
import java.util.List;

/**
 * Who bears a cost: a single value, so that every answer names exactly one payer. Where the text
 * gives a cost jointly to two parties (« Le CNFPT et la coordination régionale des Centres de Gestion
 * mettront à disposition … »), the payer is the joint party {@link #CNFPT_AND_CDG_COORDINATION}: the
 * text sets no split between them, and the library invents none.
 */
public enum Payer {
    /** The CNFPT, délégation Pays de la Loire. */
    CNFPT(List.of(Party.CNFPT)),
    /** « La coordination régionale des Centres de gestion » (led by the CDG44). */
    CDG_COORDINATION(List.of(Party.CDG_COORDINATION)),
    /** The CNFPT and the regional coordination of the CDGs together, as one joint payer, without a split. */
    CNFPT_AND_CDG_COORDINATION(List.of(Party.CNFPT, Party.CDG_COORDINATION)),
    /** France Travail, which pays the ARE without being a signatory. */
    FRANCE_TRAVAIL(List.of(Party.FRANCE_TRAVAIL)),
    /**
     * The Région des Pays de la Loire. Its trainee remuneration is paid « pour le compte de la Région et
     * en son nom par la société DOCAPOSTE » (art. 2): the payer is still the Région.
     */
    REGION(List.of(Party.REGION));

    private final List<Party> parties;

    Payer(List<Party> parties) {
        this.parties = parties;
    }

    /** @return the party or parties behind this payer */
    public List<Party> parties() {
        return parties;
    }
}
