package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article of a source text as a descriptor declares it: its citation ({@code 000 art. 3.1}),
 * heading and quoted words, whether it is prose (cited by no rule: a recital, a signature block),
 * and the Java hooks that implement it. Immutable.
 */
public final class Article {
    private final Citation citation;
    private final String heading;
    private final String quote;
    private final boolean prose;
    private final List<String> implementedBy;

    private Article(Citation citation, String heading, String quote, boolean prose, List<String> implementedBy) {
        this.citation = Objects.requireNonNull(citation, "citation");
        this.heading = heading;
        this.quote = quote;
        this.prose = prose;
        this.implementedBy = List.copyOf(implementedBy);
    }

    /**
     * @param citation the article
     * @param heading its heading, or null
     * @param quote the quoted words, or null
     * @param prose true if no rule implements it
     * @param implementedBy the hooks (capability keys) implementing it in Java
     * @return the article
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Article of(Citation citation, String heading, String quote, boolean prose, List<String> implementedBy) {
        java.util.Objects.requireNonNull(citation, "citation");
        java.util.Objects.requireNonNull(implementedBy, "implementedBy");
        return new Article(citation, heading, quote, prose, implementedBy);
    }

    /** @return the citation, e.g. {@code 000 art. 3.1} */
    public Citation citation() {
        return citation;
    }

    /** @return the heading, if declared */
    public Optional<String> heading() {
        return Optional.ofNullable(heading);
    }

    /** @return the quoted words, if declared */
    public Optional<String> quote() {
        return Optional.ofNullable(quote);
    }

    /** @return true if the article is prose: no rule is expected to cite it */
    public boolean prose() {
        return prose;
    }

    /** @return the Java hooks (by capability key) that implement it */
    public List<String> implementedBy() {
        return implementedBy;
    }

    @Override
    public String toString() {
        return citation + heading().map(h -> " — " + h).orElse("");
    }

    /** Two Articles are equal when all their parts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Article other
                && prose == other.prose
                && java.util.Objects.equals(citation, other.citation)
                && java.util.Objects.equals(heading, other.heading)
                && java.util.Objects.equals(quote, other.quote)
                && java.util.Objects.equals(implementedBy, other.implementedBy);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(prose, citation, heading, quote, implementedBy);
    }
}
