package fr.cdgrules.core.finding;

/** How binding the rule behind a {@link Finding} is. */
public enum Severity {
    /** A hard rule is broken: the request is refused. */
    REFUSAL,
    /** A soft rule ("autant que possible", "il est souhaité") is not met: warn, do not refuse. */
    WARNING
}
