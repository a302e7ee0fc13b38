package fr.cdgrules.core.timeline;

/**
 * Where a {@link Version} of a parameter comes from: bundled with the library (a rule module's
 * descriptor), or supplied by the caller at run time (a deliberation adopted after the release,
 * given as a parameter fragment). Traces and JSON say which one was used.
 */
public enum VersionOrigin {
    /** Shipped with the rule module (its descriptor or data files). */
    BUNDLED,
    /** Supplied by the caller at run time ({@code withParameters}, {@code --parameters FILE}). */
    SUPPLIED;

    /** @return the origin in words, e.g. "bundled" */
    public String describe() {
        return this == BUNDLED ? "bundled with the library" : "supplied at run time";
    }
}
