package fr.cdgrules.core.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of a membership register: a commune (INSEE code), the date of the act by which it joined
 * (its council's deliberation), the budget year it joined (« à compter de l'exercice N »), and,
 * optionally, the date a notice was given, the reasons the notice states, the day its membership
 * ended, and a legal population to use instead of the bundled one. {@link #line()} is the line of
 * the file it was read from (1 is the CSV header), for reports.
 *
 * <p>Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class RegisterRow {
    private final int line;
    private final String code;
    private final LocalDate decisionDate;
    private final Year joiningYear;
    private final Optional<LocalDate> noticeOn;
    private final Optional<String> noticeReason;
    private final Optional<LocalDate> terminatedOn;
    private final OptionalLong population;

    private RegisterRow(int line, String code, LocalDate decisionDate, Year joiningYear, Optional<LocalDate> noticeOn,
            Optional<String> noticeReason, Optional<LocalDate> terminatedOn, OptionalLong population) {
        this.line = line;
        this.code = code;
        this.decisionDate = decisionDate;
        this.joiningYear = joiningYear;
        this.noticeOn = noticeOn;
        this.noticeReason = noticeReason;
        this.terminatedOn = terminatedOn;
        this.population = population;
    }

    /**
     * @param line the line of the file (≥ 1)
     * @param code the commune's INSEE code
     * @param decisionDate the date of the act by which it joined
     * @param joiningYear the budget year it joined
     * @return the row, with no notice, termination or population
     * @throws NullPointerException naming the parameter if one is null
     * @throws InvalidInputException if the line is not positive or the code blank
     */
    public static RegisterRow of(int line, String code, LocalDate decisionDate, Year joiningYear) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(joiningYear, "joiningYear");
        if (line < 1) {
            throw new InvalidInputException("line", null, "a line number is at least 1, got " + line);
        }
        if (code.isBlank()) {
            throw new InvalidInputException("code", null, "an INSEE code is required");
        }
        return new RegisterRow(line, code, decisionDate, joiningYear, Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalLong.empty());
    }

    /** @return the line of the file the row was read from */
    @JsonProperty("line")
    public int line() {
        return line;
    }

    /** @return the commune's INSEE code */
    @JsonProperty("code")
    public String code() {
        return code;
    }

    /** @return the date of the act (deliberation) by which the commune joined */
    @JsonProperty("decisionDate")
    public LocalDate decisionDate() {
        return decisionDate;
    }

    /** @return the budget year joined (« à compter de l'exercice budgétaire N ») */
    @JsonProperty("joiningYear")
    public Year joiningYear() {
        return joiningYear;
    }

    /** @return the day a notice (dénonciation, résiliation) was notified, if any */
    @JsonProperty("noticeOn")
    public Optional<LocalDate> noticeOn() {
        return noticeOn;
    }

    /** @return the reasons the notice states, if any (a clause may require them: « motivée ») */
    @JsonProperty("noticeReason")
    public Optional<String> noticeReason() {
        return noticeReason;
    }

    /** @return the last day of membership as recorded by the body, if it ended */
    @JsonProperty("terminatedOn")
    public Optional<LocalDate> terminatedOn() {
        return terminatedOn;
    }

    /** @return a legal population to use instead of the bundled figure, if given */
    @JsonProperty("population")
    public OptionalLong population() {
        return population;
    }

    /**
     * @param date the day a notice was notified
     * @return this row with it
     * @throws NullPointerException if an argument is null, naming it
     */
    public RegisterRow withNoticeOn(LocalDate date) {
        return new RegisterRow(line, code, decisionDate, joiningYear, Optional.of(Objects.requireNonNull(date, "date")),
                noticeReason, terminatedOn, population);
    }

    /**
     * @param reason the reasons the notice states
     * @return this row with them
     * @throws NullPointerException if an argument is null, naming it
     */
    public RegisterRow withNoticeReason(String reason) {
        return new RegisterRow(line, code, decisionDate, joiningYear, noticeOn,
                Optional.of(Objects.requireNonNull(reason, "reason")), terminatedOn, population);
    }

    /**
     * @param date the last day of membership
     * @return this row with it
     * @throws NullPointerException if an argument is null, naming it
     */
    public RegisterRow withTerminatedOn(LocalDate date) {
        return new RegisterRow(line, code, decisionDate, joiningYear, noticeOn, noticeReason,
                Optional.of(Objects.requireNonNull(date, "date")), population);
    }

    /**
     * @param inhabitants a legal population, ≥ 0
     * @return this row with it
     * @throws InvalidInputException if negative
     */
    public RegisterRow withPopulation(long inhabitants) {
        if (inhabitants < 0) {
            throw new InvalidInputException("population", null, "a population cannot be negative, got " + inhabitants);
        }
        return new RegisterRow(line, code, decisionDate, joiningYear, noticeOn, noticeReason, terminatedOn,
                OptionalLong.of(inhabitants));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisterRow r && line == r.line && code.equals(r.code) && decisionDate.equals(r.decisionDate)
                && joiningYear.equals(r.joiningYear) && noticeOn.equals(r.noticeOn) && noticeReason.equals(r.noticeReason)
                && terminatedOn.equals(r.terminatedOn) && population.equals(r.population);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, code, decisionDate, joiningYear, noticeOn, noticeReason, terminatedOn, population);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + code + " joined " + joiningYear + " (decided " + decisionDate + ")";
    }
}
