package fr.cdgrules.core.error;

import fr.cdgrules.core.citation.Citation;
import java.time.LocalDate;
import java.util.List;

/**
 * Asked for something (a fee, a mission) in a period when the convention itself is not in force:
 * before it starts or after it ends. Different from a collectivity that is not eligible: here no
 * collectivity could be.
 */
public class ConventionNotInForceException extends CdgRulesException {
    private static final long serialVersionUID = 1L;

    /** The first day of the convention. */
    private final LocalDate start;
    /** The last day of the convention. */
    private final LocalDate end;

    /**
     * @param what what was asked, e.g. "a cotisation for 2026"
     * @param start the first day of the convention
     * @param end the last day of the convention
     * @param rule the article fixing its duration
     */
    public ConventionNotInForceException(String what, LocalDate start, LocalDate end, Citation rule) {
        super("no convention in force for " + what + ": the convention runs from " + start + " to " + end
                + " (" + rule + ")", List.of(rule));
        this.start = start;
        this.end = end;
    }

    /** @return the first day of the convention */
    public LocalDate start() {
        return start;
    }

    /** @return the last day of the convention */
    public LocalDate end() {
        return end;
    }
}
