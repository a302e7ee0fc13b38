package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.module.SourceText;
import java.util.List;
import java.util.Objects;

/**
 * A source text as a descriptor declares it: short id, file, title and articles. Immutable.
 */
public final class DescribedText {
    private final SourceText text;
    private final List<Article> articles;

    private DescribedText(SourceText text, List<Article> articles) {
        this.text = text;
        this.articles = List.copyOf(articles);
    }

    /**
     * @param text id, file and title
     * @param articles the articles declared
     * @return the text
     * @throws NullPointerException if an argument is null, naming it
     */
    public static DescribedText of(SourceText text, List<Article> articles) {
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(articles, "articles");
        return new DescribedText(text, articles);
    }

    /** @return the id, file and title, as the SPI lists them */
    public SourceText sourceText() {
        return text;
    }

    /** @return the articles declared */
    public List<Article> articles() {
        return articles;
    }

    /** Two texts are equal when their id, file, title and declared articles are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DescribedText other && text.equals(other.text) && articles.equals(other.articles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, articles);
    }

    @Override
    public String toString() {
        return text.id() + " " + articles;
    }
}
