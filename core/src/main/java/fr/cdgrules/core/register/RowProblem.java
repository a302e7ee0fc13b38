package fr.cdgrules.core.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.finding.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in one row of a membership register: its line, the commune (when the row names
 * one), the field at fault, the message, and the articles of the rule. A {@link Severity#REFUSAL}
 * sets the row aside; a {@link Severity#WARNING} keeps it (e.g. a notice given too late to stop a
 * renewal, under {@link LateNoticeReading#KEEP_ROW}).
 */
public final class RowProblem {
    private final int line;
    private final Optional<String> code;
    private final String field;
    private final String message;
    private final List<Citation> citations;
    private final Severity severity;

    private RowProblem(int line, Optional<String> code, String field, String message, List<Citation> citations,
            Severity severity) {
        this.line = line;
        this.code = code;
        this.field = field;
        this.message = message;
        this.citations = citations;
        this.severity = severity;
    }

    /**
     * @param line the line of the file
     * @param code the commune, if the row names one
     * @param field the field at fault
     * @param message what is wrong, for people
     * @param citations the articles of the rule, possibly none (a malformed value)
     * @param severity refusal (row set aside) or warning (row kept)
     * @return the problem
     * @throws NullPointerException if an argument is null, naming it
     */
    public static RowProblem of(int line, Optional<String> code, String field, String message, List<Citation> citations,
            Severity severity) {
        java.util.Objects.requireNonNull(citations, "citations");
        return new RowProblem(line, Objects.requireNonNull(code, "code"), Objects.requireNonNull(field, "field"),
                Objects.requireNonNull(message, "message"), List.copyOf(citations), Objects.requireNonNull(severity,
                        "severity"));
    }

    /** @return the line of the file */
    @JsonProperty("line")
    public int line() {
        return line;
    }

    /** @return the commune's INSEE code, when the row names one */
    @JsonProperty("code")
    public Optional<String> code() {
        return code;
    }

    /** @return the field at fault */
    @JsonProperty("field")
    public String field() {
        return field;
    }

    /** @return the message */
    @JsonProperty("message")
    public String message() {
        return message;
    }

    /** @return the articles of the rule */
    @JsonProperty("citations")
    public List<Citation> citations() {
        return citations;
    }

    /** @return refusal (row set aside) or warning (row kept) */
    @JsonProperty("severity")
    public Severity severity() {
        return severity;
    }

    /** @return true if the row is set aside */
    public boolean isRefusal() {
        return severity == Severity.REFUSAL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowProblem p && line == p.line && code.equals(p.code) && field.equals(p.field)
                && message.equals(p.message) && citations.equals(p.citations) && severity == p.severity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, code, field, message, citations, severity);
    }

    @Override
    public String toString() {
        return "line " + line + code.map(c -> " (" + c + ")").orElse("") + ", " + field + ": " + message
                + (citations.isEmpty() ? "" : " [" + String.join(", ", citations.stream().map(Citation::toString).toList())
                        + "]");
    }
}
