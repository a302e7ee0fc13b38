package fr.cdgrules.cdg62.convention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceChoice;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The commitments of both parties (art. 3 and art. 4) of a convention at a date, each open, fulfilled
 * or yearly. The yearly assistance minimum (art. 3-3) is accounted for by the assistance report.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCommitmentReport.class)
@JsonDeserialize(as = ImmutableCommitmentReport.class)
public abstract class CommitmentReport {
    CommitmentReport() {}

    /** @return the date of the report */
    @JsonProperty("asOf")
    public abstract LocalDate asOf();

    /** @return the services of the convention */
    @JsonProperty("services")
    public abstract ServiceChoice services();

    /** @return the sending type of the convention when it has one, else IDELIBRE ({@link ServiceChoice#mainType()}) */
    public ServiceType serviceType() {
        return services().mainType();
    }

    /** @return every commitment of the convention, in the text's order */
    @JsonProperty("statuses")
    public abstract List<CommitmentStatus> statuses();

    static CommitmentReport of(LocalDate asOf, ServiceChoice services, List<CommitmentStatus> statuses) {
        return ImmutableCommitmentReport.of(asOf, services, statuses);
    }

    /** @return the one-off commitments still open, both parties */
    public List<Commitment> open() {
        return statuses().stream().filter(s -> s.state() == CommitmentState.OPEN).map(CommitmentStatus::commitment).toList();
    }

    /**
     * @param party a party
     * @return the one-off commitments that party has still to fulfil
     */
    public List<Commitment> open(Party party) {
        java.util.Objects.requireNonNull(party, "party");
        return open().stream().filter(c -> c.party() == party).toList();
    }

    /** @return the commitments fulfilled by the date */
    public List<Commitment> fulfilled() {
        return statuses().stream().filter(s -> s.state() == CommitmentState.FULFILLED).map(CommitmentStatus::commitment).toList();
    }

    /** @return true if no one-off commitment is open */
    public boolean isComplete() {
        return open().isEmpty();
    }
}
