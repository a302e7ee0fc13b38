package fr.cdgrules.core.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A notice of termination (dénonciation, résiliation) as a party gave it: who gave notice, the day it
 * was notified, the registered letter that carried it when there was one, and the reasons it states
 * (« motifs », e.g. the breach of commitments). This is an input: the date the termination takes
 * effect is computed by the module's rule from it (see {@link fr.cdgrules.core.lifecycle.Termination}).
 *
 * <p>{@link #notifiedOn()} is the notification date as established: given by the caller for a
 * written notification, or read from the {@link #letter()} under the module's reading of which
 * date of the letter is the notification.
 *
 * <p><b>JSON.</b> A notice is written with its party by name ({@code "givenBy" : "CDG62"}), with no type
 * information: the JSON form of a notice is the same whichever module gave it. It is therefore read back
 * with its full type, the module's parties named, as a {@link fr.cdgrules.core.timeline.Timeline} is:
 * <pre>{@code
 * TerminationNotice<fr.cdgrules.cdg62.service.Party> n = CdgJson.read(json,
 *         new TypeReference<TerminationNotice<fr.cdgrules.cdg62.service.Party>>() {});
 * }</pre>
 * A notice held by a module's value (a cdg62 {@code EAdministrationConvention}, a cdg44
 * {@code Partnership}) is read back plainly with that value: its field names the parties. Read alone with
 * {@code TerminationNotice.class}, it is refused with an {@link fr.cdgrules.core.error.InvalidInputException}
 * on the field {@code givenBy}, which says that the parties must be named.
 *
 * @param <P> the module's parties
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTerminationNotice.class)
@JsonDeserialize(as = ImmutableTerminationNotice.class)
public abstract class TerminationNotice<P extends Party> {
    TerminationNotice() {}

    /** @return the party that gave notice */
    @JsonProperty("givenBy")
    public abstract P givenBy();

    /** @return the day the notice was notified */
    @JsonProperty("notifiedOn")
    public abstract LocalDate notifiedOn();

    /** @return the registered letter that carried the notice, if any */
    @JsonProperty("letter")
    public abstract Optional<RegisteredLetter> letter();

    /** @return the reasons the notice states, if any (« dûment motivée », the breach alleged) */
    @JsonProperty("reasons")
    public abstract Optional<String> reasons();

    /**
     * A written notice notified on a day, with no letter and no reasons recorded.
     *
     * @param <P> the module's parties
     * @param givenBy the party that gave notice
     * @param notifiedOn the day it was notified
     * @return the notice
     * @throws NullPointerException if an argument is null
     */
    public static <P extends Party> TerminationNotice<P> of(P givenBy, LocalDate notifiedOn) {
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        return ImmutableTerminationNotice.of(givenBy, notifiedOn, Optional.empty(), Optional.empty());
    }

    /**
     * A notice carried by a registered letter, notified on the day read from it.
     *
     * @param <P> the module's parties
     * @param givenBy the party that gave notice
     * @param letter the registered letter
     * @param notifiedOn the notification date read from the letter
     * @return the notice
     * @throws NullPointerException if an argument is null
     */
    public static <P extends Party> TerminationNotice<P> byLetter(P givenBy, RegisteredLetter letter, LocalDate notifiedOn) {
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        return ImmutableTerminationNotice.of(givenBy, notifiedOn, Optional.of(letter), Optional.empty());
    }

    /**
     * @param reasons the reasons stated, e.g. the breach of commitments
     * @return this notice stating them
     * @throws NullPointerException if {@code reasons} is null
     */
    public TerminationNotice<P> withReasons(String reasons) {
        Objects.requireNonNull(reasons, "reasons");
        return ((ImmutableTerminationNotice<P>) this).withReasons(Optional.of(reasons));
    }
}
