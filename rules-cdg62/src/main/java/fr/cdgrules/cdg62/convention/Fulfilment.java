package fr.cdgrules.cdg62.convention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A commitment recorded as fulfilled on a date (e.g. the prefecture convention signed on 3 March 2025). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFulfilment.class)
@JsonDeserialize(as = ImmutableFulfilment.class)
public abstract class Fulfilment {
    Fulfilment() {}

    /** @return the commitment */
    @JsonProperty("commitment")
    public abstract Commitment commitment();

    /** @return the day it was fulfilled */
    @JsonProperty("fulfilledOn")
    public abstract LocalDate fulfilledOn();

    /** @return a note (reference of the document, ...), if any */
    @JsonProperty("note")
    public abstract Optional<String> note();

    /**
     * @param commitment the commitment
     * @param fulfilledOn the day it was fulfilled
     * @return the fulfilment
     */
    public static Fulfilment of(Commitment commitment, LocalDate fulfilledOn) {
        return ImmutableFulfilment.of(commitment, fulfilledOn, Optional.empty());
    }

    /**
     * @param commitment the commitment
     * @param fulfilledOn the day it was fulfilled
     * @param note a note
     * @return the fulfilment
     */
    public static Fulfilment of(Commitment commitment, LocalDate fulfilledOn, String note) {
        java.util.Objects.requireNonNull(note, "note");
        return ImmutableFulfilment.of(commitment, fulfilledOn, Optional.ofNullable(note).filter(n -> !n.isBlank()));
    }
}
