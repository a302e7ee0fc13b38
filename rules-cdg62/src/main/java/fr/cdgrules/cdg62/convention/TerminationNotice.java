package fr.cdgrules.cdg62.convention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A termination for breach of commitments as a party gave it (art. 6, résiliation): who terminates,
 * the registered letter, the breach stated, the notification date read from the letter, and the
 * reading used for it.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTerminationNotice.class)
@JsonDeserialize(as = ImmutableTerminationNotice.class)
public abstract class TerminationNotice {
    TerminationNotice() {}

    /** @return the party that terminates ("l'une ou l'autre des parties") */
    @JsonProperty("terminatedBy")
    public abstract Party terminatedBy();

    /** @return the registered letter */
    @JsonProperty("letter")
    public abstract RegisteredLetter letter();

    /** @return the breach of commitments stated ("non-respect des engagements") */
    @JsonProperty("breach")
    public abstract String breach();

    /** @return the notification date read from the letter */
    @JsonProperty("notifiedOn")
    public abstract LocalDate notifiedOn();

    /** @return which date of the letter is the notification */
    @JsonProperty("notificationReading")
    public abstract NotificationDateReading notificationReading();

    @Value.Check
    void check() {
        if (breach().isBlank()) {
            throw new InvalidInputException("termination.breach", Cdg62Terms.TERMINATION,
                    "the convention may be terminated only \"en cas de non-respect des engagements prévus par la convention\": state the breach");
        }
    }

    static TerminationNotice of(Party by, RegisteredLetter letter, String breach, NotificationDateReading reading) {
        return ImmutableTerminationNotice.of(by, letter, breach, letter.notificationDate(reading), reading);
    }
}
