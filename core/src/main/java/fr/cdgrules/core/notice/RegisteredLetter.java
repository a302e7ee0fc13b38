package fr.cdgrules.core.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A registered letter with acknowledgement of receipt (« lettre recommandée avec accusé de
 * réception », LRAR): the day it was posted and the day the acknowledgement shows it was received,
 * either of which may be unknown to the caller (but not both).
 *
 * <p>Which of the two dates is "the notification" is not a fact of the letter but a reading of the
 * body's text: each module that relies on a registered letter names that reading (for example
 * the CDG 62's {@code NotificationDateReading}) and takes {@link #sentOn()} or {@link #receivedOn()}.
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
     * @throws NullPointerException if an argument is null
     * @throws InvalidInputException if it was received before it was sent
     */
    public static RegisteredLetter of(LocalDate sentOn, LocalDate receivedOn) {
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(receivedOn, "receivedOn");
        return ImmutableRegisteredLetter.of(Optional.of(sentOn), Optional.of(receivedOn));
    }

    /**
     * @param receivedOn the day of receipt on the acknowledgement
     * @return a letter whose posting day is not known
     * @throws NullPointerException if {@code receivedOn} is null
     */
    public static RegisteredLetter receivedOn(LocalDate receivedOn) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        return ImmutableRegisteredLetter.of(Optional.empty(), Optional.of(receivedOn));
    }

    /**
     * @param sentOn the day it was posted
     * @return a letter whose acknowledgement has not come back (yet)
     * @throws NullPointerException if {@code sentOn} is null
     */
    public static RegisteredLetter sentOn(LocalDate sentOn) {
        Objects.requireNonNull(sentOn, "sentOn");
        return ImmutableRegisteredLetter.of(Optional.of(sentOn), Optional.empty());
    }

    @Value.Check
    void check() {
        if (sentOn().isEmpty() && receivedOn().isEmpty()) {
            throw new InvalidInputException("letter", null, "a registered letter needs a date");
        }
        if (sentOn().isPresent() && receivedOn().isPresent() && receivedOn().get().isBefore(sentOn().get())) {
            throw new InvalidInputException("letter.receivedOn", null,
                    "received on " + receivedOn().get() + ", before it was sent on " + sentOn().get());
        }
    }
}
