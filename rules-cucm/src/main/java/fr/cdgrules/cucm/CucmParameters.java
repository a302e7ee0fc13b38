package fr.cdgrules.cucm;

import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fixed figures of the convention (durations, thresholds, the exempt year, the payment term), read
 * from the bundled descriptor ({@code cucm.yaml}, {@code parameters:} and {@code terms:}): the version
 * in force on the day the framework convention takes effect (art. 9, « à compter de la date du 1er
 * juillet 2022 »). The annual figures that a deliberation revises (scale, hourly unit cost) are not
 * read here: the rules look them up by date ({@code CucmRules#withDescriptor}). Thread-safe.
 */
public final class CucmParameters {
    private CucmParameters() {}

    /** @return the bundled descriptor's convention terms: duration, renewal, terminations (art. 9, 10) */
    public static ConventionTerms terms() {
        return CucmDescriptor.bundled().terms().orElseThrow(() -> new IllegalStateException("cucm.yaml declares no terms"));
    }

    /** @return the day the framework convention takes effect for every commune ({@code terms.start}, art. 9) */
    public static LocalDate conventionStart() {
        return CucmDescriptor.bundled().conventionStart()
                .orElseThrow(() -> new IllegalStateException("cucm.yaml declares no terms.start"));
    }

    /**
     * @param key a parameter of kind number of {@code cucm.yaml}, e.g. {@code annualObligationHours}
     * @return its value in force on {@link #conventionStart()}
     * @throws IllegalArgumentException if the descriptor declares no such parameter (a bug)
     */
    public static BigDecimal number(String key) {
        return number(CucmDescriptor.bundled(), key);
    }

    /**
     * @param descriptor a CUCM descriptor (the bundled one, or one with versions supplied at run time)
     * @param key a parameter of kind number
     * @return its value in force on {@link #conventionStart()}
     */
    public static BigDecimal number(Descriptor descriptor, String key) {
        java.util.Objects.requireNonNull(descriptor, "descriptor");
        return descriptor.parameter(key).numbers().at(conventionStart()).value();
    }

    /**
     * @param key a parameter of kind number whose value is whole, e.g. {@code paymentTermDays}
     * @return its value in force on {@link #conventionStart()}
     * @throws ArithmeticException if the value is not a whole number that fits an int
     */
    public static int whole(String key) {
        return number(key).intValueExact();
    }

    /**
     * @param key a parameter of kind population, e.g. {@code priorityPopulationBelow}
     * @return its value in force on {@link #conventionStart()}
     */
    public static long population(String key) {
        return CucmDescriptor.bundled().parameter(key).populations().at(conventionStart()).value();
    }
}
