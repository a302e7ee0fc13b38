package fr.cdgrules.cdg44.partnership;

import fr.cdgrules.core.citation.Citation;
import java.util.Arrays;
import java.util.List;

/**
 * The parties named at the head of the convention (« Entre, … »): four signatories, and France
 * Travail, which takes part without signing.
 *
 * <p>« FRANCE TRAVAIL n'est pas signataire de la présente convention, il est néanmoins partie
 * prenante de la mise en place du dispositif et intégré à l'ensemble des réflexions stratégiques et
 * techniques. » — so France Travail pays the ARE (modalités financières) but neither signs, nor
 * brings the convention into effect, nor can give notice under art. 7.3.
 *
 * <p>A core {@link fr.cdgrules.core.notice.Party}: a notice of termination is a core
 * {@link fr.cdgrules.core.notice.TerminationNotice} given by one of them.
 */
public enum Party implements fr.cdgrules.core.notice.Party {
    /**
     * « Le Centre de gestion de Loire Atlantique, centre de gestion coordonnateur de la coopération
     * régionale Pays de la Loire », signing « pour la coopération des 5 Centres de gestion » (44, 49,
     * 53, 72, 85); « ci-après dénommé “les Centres de Gestion” ».
     */
    CDG_COORDINATION(true, "Centre de gestion de Loire-Atlantique, coordonnateur de la coopération régionale des 5 centres de gestion des Pays de la Loire"),
    /** « La délégation régionale des Pays de la Loire du Centre national de la fonction publique territoriale » (« le CNFPT »). */
    CNFPT(true, "Délégation régionale des Pays de la Loire du CNFPT"),
    /** « La Région des Pays de la Loire » (« la Région »). */
    REGION(true, "Région des Pays de la Loire"),
    /** « La FRAMEL, Fédération Régionale des Associations de Maires et Elus Ligériens ». */
    FRAMEL(true, "FRAMEL (Fédération régionale des associations de maires et élus ligériens)"),
    /** France Travail: « n'est pas signataire de la présente convention, il est néanmoins partie prenante ». */
    FRANCE_TRAVAIL(false, "France Travail");

    /** The head of the convention, listing the parties (it has no article number). */
    public static final Citation PARTIES = Citation.of("002", "parties");

    private final boolean signatory;
    private final String label;

    Party(boolean signatory, String label) {
        this.signatory = signatory;
        this.label = label;
    }

    /** @return true for the four signatories, false for France Travail */
    public boolean isSignatory() {
        return signatory;
    }

    /** @return the party's name, as the text gives it */
    @Override
    public String label() {
        return label;
    }

    /** @return the four signatories, in the order of the text */
    public static List<Party> signatories() {
        return Arrays.stream(values()).filter(Party::isSignatory).toList();
    }
}
