package fr.cdgrules.cdg44.cohort;

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
    /** Art. 2, paragraph « La Région des Pays de la Loire » (Direction des ressources humaines). */
    public static final Citation ART_2_REGION = Citation.of("002", "art. 2 § Région, Direction des ressources humaines");

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

    /** @return true if it lasted 2 or 3 days */
    public boolean hasTheLengthOfTheText() {
        return days() == 2 || days() == 3;
    }

    /** @return true if it lasted 2 or 3 days and validated entry */
    public boolean validatesEntry() {
        return validated() && hasTheLengthOfTheText();
    }

    @Value.Check
    void check() {
        if (days() < 1) {
            throw new InvalidInputException("immersion.days", ART_2_REGION, "an immersion lasts at least a day, got " + days());
        }
    }

    @Override
    public String toString() {
        return days() + "-day immersion, " + (validated() ? "validated" : "not validated");
    }
}
