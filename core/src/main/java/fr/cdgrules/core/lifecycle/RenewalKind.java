package fr.cdgrules.core.lifecycle;

/** How a convention renews at the end of a term (reconduction). */
public enum RenewalKind {
    /** It does not renew: it ends at the end of its term. */
    NONE,
    /** Tacit renewal (reconduction tacite): it renews by silence unless a party gives notice in time. */
    TACIT,
    /** Express renewal (reconduction expresse): it renews only by a recorded decision; silence ends it. */
    EXPRESS
}
