package fr.cdgrules.core.descriptor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of value a dated parameter of a descriptor holds. */
public enum ParameterKind {
    /** A fee scale by population stratum ({@link fr.cdgrules.core.strata.StrataScale}): {@code strata:}. */
    SCALE("scale"),
    /** An amount in euros ({@link fr.cdgrules.core.money.Money}): an hourly rate, a unit cost; {@code amount:}. */
    AMOUNT("amount"),
    /** An exact decimal ({@link java.math.BigDecimal}): a rate in percent, hours per day; {@code number:}. */
    NUMBER("number"),
    /** A number of inhabitants ({@code Long}): a threshold, an eligibility ceiling; {@code population:}. */
    POPULATION("population"),
    /** A calendar date ({@link java.time.LocalDate}): the first or last day of a period the text sets; {@code date:}. */
    DATE("date");

    private final String key;

    ParameterKind(String key) {
        this.key = key;
    }

    /** @return the key in a descriptor, also the name of the value field of a version */
    public String key() {
        return key;
    }

    /**
     * @param key a key
     * @return the kind, if any
     */
    public static Optional<ParameterKind> fromKey(String key) {
        java.util.Objects.requireNonNull(key, "key");
        return Arrays.stream(values()).filter(k -> k.key.equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }
}
