package fr.cdgrules.cdg79.charter;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The end of a user's access: the reason and the first day without access (the day the user left
 * the post, or the day of the breach's sanction, "immédiate").
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRevocation.class)
@JsonDeserialize(as = ImmutableRevocation.class)
public abstract class Revocation {
    Revocation() {}

    /** @return why access ends */
    @JsonProperty("reason")
    public abstract RevocationReason reason();

    /** @return the first day without access */
    @JsonProperty("effectiveOn")
    public abstract LocalDate effectiveOn();

    /**
     * @param reason why
     * @param effectiveOn the first day without access
     * @return the revocation
     */
    public static Revocation of(RevocationReason reason, LocalDate effectiveOn) {
        return ImmutableRevocation.of(reason, effectiveOn);
    }

    /**
     * @param date a date
     * @return true if access is revoked on that date
     */
    public boolean appliesOn(LocalDate date) {
        java.util.Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveOn());
    }

    @Override
    public String toString() {
        return reason() + " from " + effectiveOn() + " (" + reason().citation() + ")";
    }
}
