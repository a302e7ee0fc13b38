package fr.cdgrules.cdg79.charter;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One condition of access examined for a decision: a stable code, the rule in words, whether it is
 * met, the details (what was found, or why it does not apply), and the articles.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAccessCondition.class)
@JsonDeserialize(as = ImmutableAccessCondition.class)
public abstract class AccessCondition {
    AccessCondition() {}

    /** @return a stable, machine-readable code, e.g. {@code charter-signatures} */
    @JsonProperty("code")
    public abstract String code();

    /** @return the rule, in words */
    @JsonProperty("rule")
    public abstract String rule();

    /** @return true if the condition is met (or does not apply to this request) */
    @JsonProperty("met")
    public abstract boolean met();

    /** @return what was found */
    @JsonProperty("detail")
    public abstract String detail();

    /** @return the articles */
    @JsonProperty("citations")
    public abstract List<Citation> citations();

    static AccessCondition of(String code, String rule, boolean met, String detail, List<Citation> citations) {
        return ImmutableAccessCondition.of(code, rule, met, detail, citations);
    }

    @Override
    public String toString() {
        return (met() ? "[met]     " : "[NOT MET] ") + code() + ": " + detail() + " " + citations();
    }
}
