package fr.cdgrules.cdg44.partnership;

/**
 * What a notice under art. 7.3 ends in a four-party convention: « La Convention peut être dénoncée
 * avant le terme contractuel par l'une ou l'autre des Parties par notification écrite moyennant le
 * respect d'un préavis de 3 mois. »
 *
 * <p>Not selectable: the subject of « dénoncée » is « la Convention », so the only reading offered is
 * {@link #ENDS_THE_CONVENTION_FOR_ALL_PARTIES}. A withdrawal of one party leaving the three others
 * bound is not what the text says; the parties could agree to it by avenant (art. 7.2).
 */
public enum NoticeScopeReading {
    /** The default and only reading: a notice by any one signatory ends the convention for all parties. */
    ENDS_THE_CONVENTION_FOR_ALL_PARTIES
}
