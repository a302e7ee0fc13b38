package fr.cdgrules.core.feerun;

/** Why a commune of the register owes no fee for the year. */
public enum NoFeeReason {
    /** Its membership starts after the year (« à compter de l'exercice N », N later). */
    NOT_YET_JOINED,
    /** Its membership ended before the year (expiry, notice, termination). */
    ENDED,
    /** A member, but the text asks no fee that year (CUCM 2022: « aucune cotisation ne sera demandée »). */
    EXEMPT_YEAR,
    /** A member the fee rule does not price (e.g. its population is outside the scale). */
    NOT_ELIGIBLE
}
