package fr.cdgrules.core.citation;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a parameter value comes from: the decision that set it (a délibération of a board or
 * council) and the article of the text that states it.
 *
 * <p>Example: the CDG79 2025 tariff has the source "délibération du conseil d'administration du
 * CDG79 du 9 décembre 2024", citing {@code 000 art. 3.1}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {
    Source() {}

    /** @return the decision that set the value, in the text's words (e.g. the délibération) */
    @JsonProperty("decision")
    public abstract String decision();

    /** @return the article of the source text that states the value */
    @JsonProperty("citation")
    public abstract Citation citation();

    /**
     * Obtains a source.
     *
     * @param decision the decision that set the value, non-blank
     * @param citation the article stating it
     * @return the source
     */
    public static Source of(String decision, Citation citation) {
        return ImmutableSource.of(decision, citation);
    }

    @Value.Check
    void check() {
        if (decision().isBlank()) {
            throw new fr.cdgrules.core.error.InvalidInputException("source.decision", citation(),
                    "a parameter source names the decision that set it");
        }
    }

    @Override
    public String toString() {
        return decision() + " (" + citation() + ")";
    }
}
