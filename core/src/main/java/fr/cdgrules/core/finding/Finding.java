package fr.cdgrules.core.finding;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The outcome of one rule check: a refusal (hard rule) or a warning (soft rule), with a stable
 * code for programs, a message for people, and the article.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {
    Finding() {}

    /** @return refusal or warning */
    @JsonProperty("severity")
    public abstract Severity severity();

    /** @return a stable, machine-readable code, e.g. {@code "notice-shorter-than-one-week"} */
    @JsonProperty("code")
    public abstract String code();

    /** @return the message for people */
    @JsonProperty("message")
    public abstract String message();

    /** @return the article of the rule */
    @JsonProperty("citation")
    public abstract Citation citation();

    /**
     * @param code a stable code
     * @param message the message
     * @param citation the article
     * @return a refusal
     */
    public static Finding refusal(String code, String message, Citation citation) {
        return ImmutableFinding.of(Severity.REFUSAL, code, message, citation);
    }

    /**
     * @param code a stable code
     * @param message the message
     * @param citation the article
     * @return a warning
     */
    public static Finding warning(String code, String message, Citation citation) {
        return ImmutableFinding.of(Severity.WARNING, code, message, citation);
    }

    /** @return true for a refusal */
    public boolean isRefusal() {
        return severity() == Severity.REFUSAL;
    }

    @Override
    public String toString() {
        return severity().name().toLowerCase() + " [" + code() + "] " + message() + " (" + citation() + ")";
    }
}
