package fr.cdgrules.core.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A formal notice (mise en demeure) served for a breach: the date served, the breach, and the last
 * day of the cure period it gives. A termination for fault can be confirmed only after that day.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFormalNotice.class)
@JsonDeserialize(as = ImmutableFormalNotice.class)
public abstract class FormalNotice {
    FormalNotice() {}

    /** @return the date the notice was notified */
    @JsonProperty("servedOn")
    public abstract LocalDate servedOn();

    /** @return the breach, as the letter states it ("la nature des manquements constatés") */
    @JsonProperty("breach")
    public abstract String breach();

    /** @return the last day of the cure period */
    @JsonProperty("cureDeadline")
    public abstract LocalDate cureDeadline();

    /** @return the article */
    @JsonProperty("citation")
    public abstract Citation citation();

    static FormalNotice of(LocalDate servedOn, String breach, LocalDate cureDeadline, Citation citation) {
        return ImmutableFormalNotice.of(servedOn, breach, cureDeadline, citation);
    }
}
