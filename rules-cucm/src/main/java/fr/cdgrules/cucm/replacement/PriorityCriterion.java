package fr.cdgrules.cucm.replacement;

/**
 * The criteria that rank competing requests (art. 3), in the words of the text where it has them.
 * {@link PriorityOrder} applies them in order; the first that tells two requests apart decides.
 *
 * <p>The text ends its priorities with "un arbitrage sera rendu par la CUCM" when communes "ont le
 * même profil et que le remplacement est demandé pour le même motif"; the tie-breaks after
 * {@link #DURATION_OF_OTHER_ABSENCE} are the library's deterministic stand-in for that arbitration,
 * so that the order is total: an earlier request first, then the commune code, and so on down to
 * every field of the request.
 */
public enum PriorityCriterion {
    /** The reason's rank: illness/maternity and accident, other absences, particular mission or extra workload, summer leave. */
    REASON("reason of the request, in the order of art. 3"),
    /** "priorité sera donnée aux communes de plus petite taille (celles de moins de 600 habitants) qui n'emploient qu'un seul agent administratif à temps non complet". */
    COMMUNE_PROFILE("commune under 600 inhabitants with a single part-time secretary first"),
    /** "D'autres motifs d'absence pourront être pris en compte sous réserve de la durée du remplacement afférent": the longer first. */
    DURATION_OF_OTHER_ABSENCE("for other absences, the longer forecast replacement first"),
    /** Tie-break: the earlier request first. */
    REQUEST_DATE("tie-break: the earlier request first"),
    /** Tie-break: the INSEE code of the commune, in string order. */
    COMMUNE_CODE("tie-break: INSEE code of the commune"),
    /** Tie-break: the earlier first day. */
    START_DATE("tie-break: the earlier wished start first"),
    /** Tie-break between reasons of equal rank: the text's order (illness before accident, mission before extra workload). */
    REASON_ORDER("tie-break: the order in which art. 3 lists reasons of equal rank"),
    /** Tie-break: the longer forecast duration first. */
    FORECAST_DURATION("tie-break: the longer forecast duration first"),
    /** Tie-break on every remaining field, so that only equal requests compare equal. */
    OTHER_FIELDS("tie-break: the remaining fields of the request");

    private final String description;

    PriorityCriterion(String description) {
        this.description = description;
    }

    /** @return the criterion in words */
    public String description() {
        return description;
    }
}
