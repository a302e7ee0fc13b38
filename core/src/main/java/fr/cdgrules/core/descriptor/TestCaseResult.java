package fr.cdgrules.core.descriptor;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one descriptor test case: passed, or the differences found. Immutable.
 */
public final class TestCaseResult {
    private final String module;
    private final TestCase testCase;
    private final List<String> failures;

    private TestCaseResult(String module, TestCase testCase, List<String> failures) {
        this.module = module;
        this.testCase = testCase;
        this.failures = List.copyOf(failures);
    }

    /**
     * @param module the module id
     * @param testCase the test case
     * @param failures the differences found, empty when it passed
     * @return the result
     * @throws NullPointerException if an argument is null, naming it
     */
    public static TestCaseResult of(String module, TestCase testCase, List<String> failures) {
        java.util.Objects.requireNonNull(module, "module");
        java.util.Objects.requireNonNull(testCase, "testCase");
        java.util.Objects.requireNonNull(failures, "failures");
        return new TestCaseResult(module, testCase, failures);
    }

    /** @return the module id */
    public String module() {
        return module;
    }

    /** @return the test case */
    public TestCase testCase() {
        return testCase;
    }

    /** @return true if every expected value was found */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** @return the differences found */
    public List<String> failures() {
        return failures;
    }

    @Override
    public String toString() {
        return module + " " + testCase + ": " + (passed() ? "passed" : "FAILED: " + String.join("; ", failures));
    }

    /** Two results are equal when their module, test case and differences found (in order) are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TestCaseResult other && Objects.equals(module, other.module)
                && Objects.equals(testCase, other.testCase) && failures.equals(other.failures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(module, testCase, failures);
    }
}
