package fr.cdgrules.core.error;

import java.time.LocalDate;
import java.util.List;

/**
 * Asked for the value of a date-versioned parameter (a tariff, an hourly cost) at a date before its
 * first version took effect: nothing was in force then, and no default is ever assumed.
 */
public class NothingInForceException extends CdgRulesException {
    private static final long serialVersionUID = 1L;

    /** The name of the parameter. */
    private final String parameter;
    /** The date asked for. */
    private final LocalDate date;
    /** The date the first version took effect. */
    private final LocalDate firstEffective;

    /**
     * @param parameter the name of the parameter, e.g. {@code "cdg79.pack-adhesion"}
     * @param date the date asked for
     * @param firstEffective the date the first version took effect
     * @param rules the articles of the parameter's versions
     */
    public NothingInForceException(String parameter, LocalDate date, LocalDate firstEffective,
            List<fr.cdgrules.core.citation.Citation> rules) {
        super("nothing in force for " + parameter + " on " + date + ": its first value takes effect on "
                + firstEffective + (rules.isEmpty() ? "" : " (" + rules.get(0) + ")"), rules);
        this.parameter = parameter;
        this.date = date;
        this.firstEffective = firstEffective;
    }

    /** @return the name of the parameter */
    public String parameter() {
        return parameter;
    }

    /** @return the date asked for */
    public LocalDate date() {
        return date;
    }

    /** @return the date the first version took effect */
    public LocalDate firstEffective() {
        return firstEffective;
    }
}
