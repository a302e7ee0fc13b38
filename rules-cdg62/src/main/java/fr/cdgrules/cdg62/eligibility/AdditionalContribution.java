package fr.cdgrules.cdg62.eligibility;

/**
 * Whether the collectivity pays the CDG 62's cotisation additionnelle (the additional contribution
 * that funds the optional services). The caller states it: the library does not know who pays.
 * 004 art. 5: "La prestation est comprise dans la cotisation additionnelle."
 */
public enum AdditionalContribution {
    /** The collectivity pays the cotisation additionnelle: the service is included in it. */
    PAYING,
    /** The collectivity does not pay it: the service, included in it, is not available. */
    NOT_PAYING
}
