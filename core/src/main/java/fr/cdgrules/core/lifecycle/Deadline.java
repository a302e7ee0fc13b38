package fr.cdgrules.core.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A dated deadline of a convention, with what it is, in words, and the article behind it. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline implements Comparable<Deadline> {
    Deadline() {}

    /** @return the kind of deadline */
    @JsonProperty("kind")
    public abstract DeadlineKind kind();

    /** @return the date */
    @JsonProperty("date")
    public abstract LocalDate date();

    /** @return what it is, in words */
    @JsonProperty("description")
    public abstract String description();

    /** @return the article */
    @JsonProperty("citation")
    public abstract Citation citation();

    /**
     * @param kind the kind
     * @param date the date
     * @param description what it is
     * @param citation the article
     * @return the deadline
     */
    public static Deadline of(DeadlineKind kind, LocalDate date, String description, Citation citation) {
        return ImmutableDeadline.of(kind, date, description, citation);
    }

    /** Orders by date, then by kind. */
    @Override
    public int compareTo(Deadline o) {
        java.util.Objects.requireNonNull(o, "o");
        int c = date().compareTo(o.date());
        return c != 0 ? c : kind().compareTo(o.kind());
    }

    @Override
    public String toString() {
        return date() + " " + kind() + ": " + description() + " (" + citation() + ")";
    }
}
