package fr.cdgrules.cucm.membership;

/**
 * Which date is "la date d'adhésion de la commune" from which the three-year non-recruitment
 * commitment runs (art. 4).
 *
 * <p>Art. 4: "Chaque commune adhère librement au service commun après délibération de son conseil
 * municipal [...]. L'adhésion sera à la suite formalisée par la signature, par le maire, de l'annexe
 * n°1"; "Cet engagement moral sera pris pour une période de 3 ans à compter de la date d'adhésion de
 * la commune".
 */
public enum AdhesionDateReading {
    /** The default: the day the mayor signs the membership form (annex 1), which "formalise" the adhesion. */
    FORM_SIGNATURE,
    /** The day of the municipal council's deliberation deciding to join. */
    COUNCIL_DELIBERATION
}
