package fr.cdgrules.cdg44.steering;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The check of the steering committee's yearly meeting (art. 4) on a date: year by year, with findings. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCommitteeCheck.class)
@JsonDeserialize(as = ImmutableCommitteeCheck.class)
public abstract class CommitteeCheck {
    CommitteeCheck() {}

    /** @return the date of the check */
    @JsonProperty("asOf")
    public abstract LocalDate asOf();

    /** @return the reading of « par an » */
    @JsonProperty("reading")
    public abstract CommitteeYearReading reading();

    /** @return the years, in order */
    @JsonProperty("years")
    public abstract List<CommitteeYear> years();

    /** @return a refusal per whole year missed, a warning per partial year missed or meeting outside the convention */
    @JsonProperty("findings")
    public abstract Findings findings();

    /** @return how the check was made */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    static CommitteeCheck of(LocalDate asOf, CommitteeYearReading reading, List<CommitteeYear> years, Findings findings,
            Explanation explanation) {
        return ImmutableCommitteeCheck.of(asOf, reading, years, findings, explanation);
    }

    /** @return the years over without a meeting */
    public List<CommitteeYear> missed() {
        return years().stream().filter(y -> y.status() == CommitteeYearStatus.MISSED).toList();
    }
}
