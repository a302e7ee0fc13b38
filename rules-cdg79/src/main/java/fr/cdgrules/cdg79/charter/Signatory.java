package fr.cdgrules.cdg79.charter;

/**
 * The signatories of the charter of use named by art. 1.4: "la signature d'une charte d'utilisation
 * par le Maire (ou son representant) de la Collectivité, le secrétaire général de mairie (ou le DGS
 * pour les communes de plus de 3.500 habitants) ainsi que par le Président de l'EPCI et le référent
 * communautaire désigné (ou le DGS)".
 */
public enum Signatory {
    /** "le Maire (ou son representant) de la Collectivité" — on the charter form, "L'autorité territoriale". */
    MAYOR,
    /** "le secrétaire général de mairie (ou le DGS pour les communes de plus de 3.500 habitants)". */
    SGM_OR_DGS,
    /** "le Président de l'EPCI". */
    EPCI_PRESIDENT,
    /** "le référent communautaire désigné (ou le DGS)" of the EPCI. */
    COMMUNITY_REFERENT
}
