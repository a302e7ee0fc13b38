package fr.cdgrules.cdg62.convention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A registered letter with acknowledgement of receipt ("lettre recommandée avec accusé de
 * réception", art. 6): the day it was posted and the day the acknowledgement shows it was received,
 * either of which may be unknown to the caller. Which of them is the notification date is
 * {@link NotificationDateReading}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRegisteredLetter.class)
@JsonDeserialize(as = ImmutableRegisteredLetter.class)
public abstract class RegisteredLetter {
    RegisteredLetter() {}

    /** @return the day it was posted, if known */
    @JsonProperty("sentOn")
    public abstract Optional<LocalDate> sentOn();

    /** @return the day of receipt shown on the accusé de réception, if known */
    @JsonProperty("receivedOn")
    public abstract Optional<LocalDate> receivedOn();

    /**
     * @param sentOn the day it was posted
     * @param receivedOn the day of receipt on the acknowledgement
     * @return the letter
     * @throws InvalidInputException if it was received before it was sent
     */
    public static RegisteredLetter of(LocalDate sentOn, LocalDate receivedOn) {
        return ImmutableRegisteredLetter.of(Optional.of(sentOn), Optional.of(receivedOn));
    }

    /**
     * @param receivedOn the day of receipt on the acknowledgement
     * @return a letter whose posting day is not known
     */
    public static RegisteredLetter receivedOn(LocalDate receivedOn) {
        return ImmutableRegisteredLetter.of(Optional.empty(), Optional.of(receivedOn));
    }

    /**
     * @param sentOn the day it was posted
     * @return a letter whose acknowledgement has not come back (yet)
     */
    public static RegisteredLetter sentOn(LocalDate sentOn) {
        return ImmutableRegisteredLetter.of(Optional.of(sentOn), Optional.empty());
    }

    /**
     * @param reading which date is the notification
     * @return the notification date under that reading
     * @throws InvalidInputException if the letter lacks the date the reading needs
     */
    public LocalDate notificationDate(NotificationDateReading reading) {
        Optional<LocalDate> date = reading == NotificationDateReading.DATE_OF_RECEIPT ? receivedOn() : sentOn();
        return date.orElseThrow(() -> new InvalidInputException(
                reading == NotificationDateReading.DATE_OF_RECEIPT ? "letter.receivedOn" : "letter.sentOn",
                Cdg62Terms.TERMINATION, "under the reading " + reading + " the notification date is the "
                        + (reading == NotificationDateReading.DATE_OF_RECEIPT
                                ? "date of receipt on the accusé de réception" : "date of posting")
                        + ", which the letter does not give"));
    }

    @Value.Check
    void check() {
        if (sentOn().isEmpty() && receivedOn().isEmpty()) {
            throw new InvalidInputException("letter", Cdg62Terms.TERMINATION, "a registered letter needs a date");
        }
        if (sentOn().isPresent() && receivedOn().isPresent() && receivedOn().get().isBefore(sentOn().get())) {
            throw new InvalidInputException("letter.receivedOn", Cdg62Terms.TERMINATION,
                    "received on " + receivedOn().get() + ", before it was sent on " + sentOn().get());
        }
    }
}
