package fr.cdgrules.core.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A membership register as read from a file: the well-formed rows, in file order, and the rows that
 * could not be read (a missing required column, a malformed date or year), each with its line.
 * Made by {@link RegisterReader}; checked against a module's rules by {@link RegisterCheck}.
 */
public final class MembershipRegister {
    private final List<RegisterRow> rows;
    private final List<RowProblem> malformed;

    private MembershipRegister(List<RegisterRow> rows, List<RowProblem> malformed) {
        this.rows = rows;
        this.malformed = malformed;
    }

    /**
     * @param rows the well-formed rows
     * @param malformed the rows that could not be read
     * @return the register
     * @throws NullPointerException if an argument is null, naming it
     */
    public static MembershipRegister of(List<RegisterRow> rows, List<RowProblem> malformed) {
        return new MembershipRegister(List.copyOf(Objects.requireNonNull(rows, "rows")),
                List.copyOf(Objects.requireNonNull(malformed, "malformed")));
    }

    /** @return the well-formed rows, in file order */
    @JsonProperty("rows")
    public List<RegisterRow> rows() {
        return rows;
    }

    /** @return the rows that could not be read, each with its line and field */
    @JsonProperty("malformed")
    public List<RowProblem> malformed() {
        return malformed;
    }

    /** Two MembershipRegisters are equal when all their parts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MembershipRegister other
                && java.util.Objects.equals(rows, other.rows)
                && java.util.Objects.equals(malformed, other.malformed);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rows, malformed);
    }
}
