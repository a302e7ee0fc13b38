package fr.cdgrules.cdg44.financing;

/** How far the payer bears the cost, in the text's own verbs. */
public enum Extent {
    /** « prendra en charge », « assurera », « seront rémunérés par »: the payer bears the cost. */
    IN_FULL,
    /**
     * « participer aux frais de déplacement »: the payer contributes; the text sets no amount or share
     * (the Région's « règlement d'intervention » does, outside this convention), and names nobody for
     * the rest. The payer answer is the only party the text names for that cost.
     */
    CONTRIBUTION,
    /** « mettront à disposition »: the payer provides staff and means in kind, no money changes hands. */
    IN_KIND
}
