package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Optional;

/**
 * A reading of an ambiguity of the texts: its id, the articles it is about, the quoted words, its
 * default option and its options. Immutable.
 */
public final class Reading {
    private final String id;
    private final List<Citation> about;
    private final String quote;
    private final String defaultOption;
    private final List<ReadingOption> options;

    private Reading(String id, List<Citation> about, String quote, String defaultOption, List<ReadingOption> options) {
        this.id = id;
        this.about = List.copyOf(about);
        this.quote = quote;
        this.defaultOption = defaultOption;
        this.options = List.copyOf(options);
    }

    /**
     * @param id the reading id, e.g. {@code ceiling3500}
     * @param about the articles it reads
     * @param quote the quoted words that are ambiguous
     * @param defaultOption the id of the default option
     * @param options the options
     * @return the reading
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Reading of(String id, List<Citation> about, String quote, String defaultOption,
            List<ReadingOption> options) {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(about, "about");
        java.util.Objects.requireNonNull(quote, "quote");
        java.util.Objects.requireNonNull(defaultOption, "defaultOption");
        java.util.Objects.requireNonNull(options, "options");
        return new Reading(id, about, quote, defaultOption, options);
    }

    /** @return the reading id */
    public String id() {
        return id;
    }

    /** @return the articles it reads */
    public List<Citation> about() {
        return about;
    }

    /** @return the quoted words */
    public String quote() {
        return quote;
    }

    /** @return the id of the default option */
    public String defaultOption() {
        return defaultOption;
    }

    /** @return the options */
    public List<ReadingOption> options() {
        return options;
    }

    /**
     * @param optionId an option id
     * @return the option, if declared
     * @throws NullPointerException if an argument is null, naming it
     */
    public Optional<ReadingOption> option(String optionId) {
        java.util.Objects.requireNonNull(optionId, "optionId");
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    @Override
    public String toString() {
        return id + " (default " + defaultOption + ")";
    }
}
