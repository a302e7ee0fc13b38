package fr.cdgrules.core.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One option of a reading: its id, what it means, and its declared effect as parameter overrides
 * (parameter key → value), so that a trace says "parameter X set by reading R". Immutable.
 */
public final class ReadingOption {
    private final String id;
    private final String meaning;
    private final Map<String, Object> sets;

    private ReadingOption(String id, String meaning, Map<String, Object> sets) {
        this.id = id;
        this.meaning = meaning;
        this.sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
    }

    /**
     * @param id the option id, e.g. {@code EXCLUDED_PER_TITLE}
     * @param meaning what it means, in words
     * @param sets the parameters it sets, by key
     * @return the option
     */
    public static ReadingOption of(String id, String meaning, Map<String, Object> sets) {
        return new ReadingOption(id, meaning, sets);
    }

    /** @return the option id */
    public String id() {
        return id;
    }

    /** @return what it means */
    public String meaning() {
        return meaning;
    }

    /** @return the parameter overrides, by parameter key */
    public Map<String, Object> sets() {
        return sets;
    }

    @Override
    public String toString() {
        return id + ": " + meaning;
    }
}
