package fr.cdgrules.cdg62.assistance;

import fr.cdgrules.cdg62.Cdg62Articles;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One logged session of assistance or preventive maintenance by the CDG 62 (art. 3-3, "assistance et
 * maintenance préventive du système de la collectivité"): its date and exact hours.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAssistanceEntry.class)
@JsonDeserialize(as = ImmutableAssistanceEntry.class)
public abstract class AssistanceEntry {
    AssistanceEntry() {}

    /** @return the day the assistance was given */
    @JsonProperty("date")
    public abstract LocalDate date();

    /** @return the exact hours given, positive */
    @JsonProperty("hours")
    public abstract Hours hours();

    /** @return what was done, if stated */
    @JsonProperty("description")
    public abstract Optional<String> description();

    /**
     * @param date the day
     * @param hours the exact hours, positive
     * @return the entry
     * @throws InvalidInputException if the hours are not positive
     */
    public static AssistanceEntry of(LocalDate date, Hours hours) {
        return ImmutableAssistanceEntry.of(date, hours, Optional.empty());
    }

    /**
     * @param date the day
     * @param hours the exact hours, positive
     * @param description what was done
     * @return the entry
     * @throws InvalidInputException if the hours are not positive
     */
    public static AssistanceEntry of(LocalDate date, Hours hours, String description) {
        java.util.Objects.requireNonNull(description, "description");
        return ImmutableAssistanceEntry.of(date, hours, Optional.ofNullable(description).filter(d -> !d.isBlank()));
    }

    @Value.Check
    void check() {
        if (hours().signum() <= 0) {
            throw new InvalidInputException("assistance.hours", Cdg62Articles.ART_3_3,
                    "an assistance session lasts a positive number of hours, got " + hours());
        }
    }
}
