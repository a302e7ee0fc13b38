package fr.cdgrules.core.citation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.cdgrules.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A reference to the article of a source text that a rule implements, such as {@code 000 art. 3.1}
 * or {@code 003 annexe 2}.
 *
 * <p>The document is the short identifier of the source text (the three-digit prefix of the seed
 * file, e.g. {@code 000} for the CDG79 convention); the article is written as the text writes it.
 * A citation renders, parses and serialises (as JSON) as {@code "<document> <article>"}.
 */
public final class Citation implements Comparable<Citation>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** @serial the short identifier of the source text, e.g. {@code 000} */
    private final String document;
    /** @serial the article as the text writes it, e.g. {@code art. 3.1} */
    private final String article;

    /**
     * Java serialisation goes through {@link #of(String, String)}, so a deserialised citation is
     * checked like any other.
     *
     * @return the checked citation
     */
    private Object readResolve() {
        return of(document, article);
    }

    private Citation(String document, String article) {
        this.document = document;
        this.article = article;
    }

    /**
     * Obtains a citation of an article of a document.
     *
     * @param document short identifier of the source text, e.g. {@code "000"}; no spaces
     * @param article the article as the text writes it, e.g. {@code "art. 3.1"}
     * @return the citation
     * @throws NullPointerException if an argument is null, naming it
     * @throws InvalidInputException if either part is blank or the document contains a space
     */
    public static Citation of(String document, String article) {
        java.util.Objects.requireNonNull(document, "document");
        java.util.Objects.requireNonNull(article, "article");
        if (document == null || document.isBlank() || document.strip().contains(" ")) {
            throw new InvalidInputException("citation.document", null,
                    "a citation needs a document identifier without spaces, got '" + document + "'");
        }
        if (article == null || article.isBlank()) {
            throw new InvalidInputException("citation.article", null,
                    "a citation of " + document + " needs an article");
        }
        return new Citation(document.strip(), article.strip());
    }

    /**
     * Parses {@code "<document> <article>"}, the form produced by {@link #toString()}.
     *
     * @param text the citation text, e.g. {@code "000 art. 3.1"}
     * @return the citation
     * @throws InvalidInputException if the text is null (a missing citation, named {@code citation}: this is the
     *     JSON creator, so a null here is input read from a document) or has no article part
     */
    @JsonCreator
    public static Citation parse(String text) {
        if (text == null) {
            throw new InvalidInputException("citation", null, "a citation is required");
        }
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space <= 0) {
            throw new InvalidInputException("citation", null,
                    "a citation reads '<document> <article>', e.g. '000 art. 3.1', got '" + text + "'");
        }
        return of(t.substring(0, space), t.substring(space + 1));
    }

    /** @return the short identifier of the source text, e.g. {@code 000} */
    public String document() {
        return document;
    }

    /** @return the article as the text writes it, e.g. {@code art. 3.1} */
    public String article() {
        return article;
    }

    @Override
    public int compareTo(Citation other) {
        java.util.Objects.requireNonNull(other, "other");
        int c = document.compareTo(other.document);
        return c != 0 ? c : article.compareTo(other.article);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && document.equals(c.document) && article.equals(c.article);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, article);
    }

    /** @return {@code "<document> <article>"}, e.g. {@code 000 art. 3.1} */
    @JsonValue
    @Override
    public String toString() {
        return document + " " + article;
    }
}
