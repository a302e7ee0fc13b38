package fr.cdgrules.core.module;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A source text a rule module implements: its short id (cited as the document of a citation), file and title. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSourceText.class)
@JsonDeserialize(as = ImmutableSourceText.class)
public abstract class SourceText {
    SourceText() {}

    /** @return the short id used in citations, e.g. {@code 000} */
    @JsonProperty("id")
    public abstract String id();

    /** @return the file of the text, e.g. {@code 000_2b251d75239922ee.txt} */
    @JsonProperty("file")
    public abstract String file();

    /** @return the title of the text */
    @JsonProperty("title")
    public abstract String title();

    /**
     * @param id the short id
     * @param file the file
     * @param title the title
     * @return the source text
     */
    public static SourceText of(String id, String file, String title) {
        return ImmutableSourceText.of(id, file, title);
    }

    @Override
    public String toString() {
        return file() + " — " + title();
    }
}
