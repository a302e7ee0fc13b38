package fr.cdgrules.core.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The findings of a set of rule checks. Empty means every rule is met; any refusal means the
 * request is refused; warnings alone never refuse.
 */
public final class Findings {
    private static final Findings NONE = new Findings(List.of());

    private final List<Finding> all;

    private Findings(List<Finding> all) {
        this.all = all;
    }

    /** @return no findings */
    public static Findings none() {
        return NONE;
    }

    /**
     * @param findings the findings
     * @return them, in order
     */
    @JsonCreator
    public static Findings of(Collection<Finding> findings) {
        java.util.Objects.requireNonNull(findings, "findings");
        return new Findings(List.copyOf(findings));
    }

    /**
     * @param findings the findings
     * @return them, in order
     */
    public static Findings of(Finding... findings) {
        java.util.Objects.requireNonNull(findings, "findings");
        return of(List.of(findings));
    }

    /**
     * @param finding one more finding
     * @return these findings and that one
     */
    public Findings plus(Finding finding) {
        java.util.Objects.requireNonNull(finding, "finding");
        List<Finding> list = new ArrayList<>(all);
        list.add(finding);
        return new Findings(List.copyOf(list));
    }

    /**
     * @param other more findings
     * @return these findings followed by the others
     */
    public Findings plus(Findings other) {
        java.util.Objects.requireNonNull(other, "other");
        List<Finding> list = new ArrayList<>(all);
        list.addAll(other.all);
        return new Findings(List.copyOf(list));
    }

    /** @return every finding, in order */
    @JsonValue
    public List<Finding> all() {
        return all;
    }

    /** @return the refusals */
    public List<Finding> refusals() {
        return all.stream().filter(Finding::isRefusal).toList();
    }

    /** @return the warnings */
    public List<Finding> warnings() {
        return all.stream().filter(f -> !f.isRefusal()).toList();
    }

    /** @return true if any hard rule refuses */
    public boolean isRefused() {
        return all.stream().anyMatch(Finding::isRefusal);
    }

    /** @return true if there is no finding at all */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * @param code a finding code
     * @return true if a finding has that code
     */
    public boolean has(String code) {
        java.util.Objects.requireNonNull(code, "code");
        return all.stream().anyMatch(f -> f.code().equals(code));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Findings f && all.equals(f.all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        return all.isEmpty() ? "no findings" : all.toString();
    }
}
