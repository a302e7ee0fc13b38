package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A test case of a descriptor, in the manner of OpenFisca's YAML tests: a name, a kind
 * ({@code quote} or {@code deadlines}), the input, the expected output and the articles it
 * exercises. {@link DescriptorTestCases} runs them. Immutable.
 */
public final class TestCase {
    private final String name;
    private final String kind;
    private final Map<String, String> input;
    private final Map<String, List<String>> expected;
    private final List<Citation> articles;

    private TestCase(String name, String kind, Map<String, String> input, Map<String, List<String>> expected,
            List<Citation> articles) {
        this.name = name;
        this.kind = kind;
        this.input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
        Map<String, List<String>> e = new LinkedHashMap<>();
        expected.forEach((k, v) -> e.put(k, List.copyOf(v)));
        this.expected = Collections.unmodifiableMap(e);
        this.articles = List.copyOf(articles);
    }

    /**
     * @param name the name
     * @param kind {@code quote} or {@code deadlines}
     * @param input the input, by name
     * @param expected the expected values by name (a list for a list of dates)
     * @param articles the articles exercised
     * @return the test case
     */
    public static TestCase of(String name, String kind, Map<String, String> input, Map<String, List<String>> expected,
            List<Citation> articles) {
        return new TestCase(name, kind, input, expected, articles);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return {@code quote} or {@code deadlines} */
    public String kind() {
        return kind;
    }

    /** @return the input, by name */
    public Map<String, String> input() {
        return input;
    }

    /** @return the expected output, by name */
    public Map<String, List<String>> expected() {
        return expected;
    }

    /** @return the articles exercised */
    public List<Citation> articles() {
        return articles;
    }

    @Override
    public String toString() {
        return kind + " test '" + name + "'";
    }

    /** Two test cases are equal when their name, kind, input, expected output and articles are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TestCase other && Objects.equals(name, other.name) && Objects.equals(kind, other.kind)
                && input.equals(other.input) && expected.equals(other.expected) && articles.equals(other.articles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, input, expected, articles);
    }
}
