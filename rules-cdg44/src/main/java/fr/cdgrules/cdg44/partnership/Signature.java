package fr.cdgrules.cdg44.partnership;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One party's signature of the convention, with its date (« Fait à Nantes, le … »). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSignature.class)
@JsonDeserialize(as = ImmutableSignature.class)
public abstract class Signature {
    Signature() {}

    /** @return the party that signed */
    @JsonProperty("party")
    public abstract Party party();

    /** @return the date of the signature */
    @JsonProperty("signedOn")
    public abstract LocalDate signedOn();

    /**
     * @param party the party that signed
     * @param signedOn the date
     * @return the signature
     */
    public static Signature of(Party party, LocalDate signedOn) {
        return ImmutableSignature.of(party, signedOn);
    }

    @Override
    public String toString() {
        return party() + " on " + signedOn();
    }
}
