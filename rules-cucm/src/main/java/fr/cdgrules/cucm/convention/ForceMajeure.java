package fr.cdgrules.cucm.convention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Circumstances of force majeure « dûment établies » to which the breaches are imputable (art. 10):
 * « A moins que les manquements ne soient imputables à des circonstances de force majeure dûment
 * établies, la communauté urbaine pourra prononcer de plein droit [...] la résiliation ». Recording
 * one says it is established (by whatever evidence the parties hold); the rules do not judge it.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableForceMajeure.class)
@JsonDeserialize(as = ImmutableForceMajeure.class)
public abstract class ForceMajeure {
    ForceMajeure() {}

    /** @return the circumstances, e.g. « inondation de la mairie » */
    @JsonProperty("circumstances")
    public abstract String circumstances();

    /** @return the day they were established */
    @JsonProperty("establishedOn")
    public abstract LocalDate establishedOn();

    /**
     * @param circumstances the circumstances, not blank
     * @param establishedOn the day they were established
     * @return the force majeure
     * @throws NullPointerException if an argument is null
     * @throws InvalidInputException if the circumstances are blank
     */
    public static ForceMajeure established(String circumstances, LocalDate establishedOn) {
        return ImmutableForceMajeure.of(circumstances, establishedOn);
    }

    @Value.Check
    void check() {
        if (circumstances().isBlank()) {
            throw new InvalidInputException("forceMajeure.circumstances", CucmArticles.ART_10,
                    "state the circumstances of force majeure");
        }
    }

    @Override
    public String toString() {
        return "force majeure (" + circumstances() + ", established on " + establishedOn() + ")";
    }
}
