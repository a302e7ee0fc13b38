package fr.cdgrules.cucm.cotisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.cucm.CucmArticles;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One row of the third column of the scale, "Nombre de jour(s) prépayé(s) équivalent(s) (sur la
 * base de 7 heures/jour)": the stratum's wording and the text's number of days.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePrepaidDaysRow.class)
@JsonDeserialize(as = ImmutablePrepaidDaysRow.class)
public abstract class PrepaidDaysRow {
    PrepaidDaysRow() {}

    /** @return the stratum's wording, as in the scale */
    @JsonProperty("wording")
    public abstract String wording();

    /** @return the number of prepaid days the text states */
    @JsonProperty("days")
    public abstract long days();

    /**
     * @param wording the stratum's wording
     * @param days the number of days, ≥ 0
     * @return the row
     */
    public static PrepaidDaysRow of(String wording, long days) {
        return ImmutablePrepaidDaysRow.of(wording, days);
    }

    @Value.Check
    void check() {
        if (days() < 0) {
            throw new InvalidInputException("prepaidDays.days", CucmArticles.ART_5, "a number of days cannot be negative");
        }
    }
}
