package fr.cdgrules.cdg44.cohort;

import fr.cdgrules.cdg44.Cdg44Articles;
import fr.cdgrules.cdg44.Cdg44Descriptor;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The immersion before entry (art. 2, La Région des Pays de la Loire): « Les agents retenus dans le
 * dispositif de formation, après une immersion (de 2 ou 3 jours qui validera leur entrée ou pas dans
 * le parcours) et une sélection des prérequis, seront rémunérés par la Région. »
 *
 * <p>{@link #validatesEntry()} is the strict test: it lasted 2 or 3 days and its outcome was positive.
 * Whether another length can validate entry is {@link ImmersionLengthReading}; {@link CohortRules}
 * applies it and reports any other length as a finding.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableImmersion.class)
@JsonDeserialize(as = ImmutableImmersion.class)
public abstract class Immersion {
    /**
     * Art. 2, paragraph « La Région des Pays de la Loire » (Direction des ressources humaines).
     *
     * @deprecated use {@link Cdg44Articles#ART_2_REGION_HR}
     */
    @Deprecated
    public static final Citation ART_2_REGION = Cdg44Articles.ART_2_REGION_HR;

    Immersion() {}

    /** @return its length in days, at least 1 */
    @JsonProperty("days")
    public abstract int days();

    /** @return true if it validated the candidate's entry (« qui validera leur entrée ou pas ») */
    @JsonProperty("validated")
    public abstract boolean validated();

    /**
     * @param days its length in days
     * @param validated whether it validated entry
     * @return the immersion
     * @throws InvalidInputException if days is below 1
     */
    public static Immersion of(int days, boolean validated) {
        return ImmutableImmersion.of(days, validated);
    }

    /**
     * @return true if it lasted 2 or 3 days (« de 2 ou 3 jours »: the descriptor's {@code immersionMinimumDays}
     *     and {@code immersionMaximumDays})
     */
    public boolean hasTheLengthOfTheText() {
        return days() >= Lengths.MINIMUM_DAYS && days() <= Lengths.MAXIMUM_DAYS;
    }

    /** The lengths the text gives, read from the descriptor once. */
    private static final class Lengths {
        static final int MINIMUM_DAYS = Cdg44Descriptor.number("immersionMinimumDays").intValueExact();
        static final int MAXIMUM_DAYS = Cdg44Descriptor.number("immersionMaximumDays").intValueExact();
    }

    /** @return true if it lasted 2 or 3 days and validated entry */
    public boolean validatesEntry() {
        return validated() && hasTheLengthOfTheText();
    }

    @Value.Check
    void check() {
        if (days() < 1) {
            throw new InvalidInputException("immersion.days", Cdg44Articles.ART_2_REGION_HR, "an immersion lasts at least a day, got " + days());
        }
    }

    @Override
    public String toString() {
        return days() + "-day immersion, " + (validated() ? "validated" : "not validated");
    }
}
