package fr.cdgrules.core.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A register checked against one module: the members admitted (in file order) and every problem
 * found, in line order — the rows set aside (refusals) and the warnings on rows kept.
 */
public final class CheckedRegister {
    private final String module;
    private final int rowsRead;
    private final List<Member> members;
    private final List<RowProblem> problems;

    private CheckedRegister(String module, int rowsRead, List<Member> members, List<RowProblem> problems) {
        this.module = module;
        this.rowsRead = rowsRead;
        this.members = members;
        this.problems = problems;
    }

    /**
     * @param module the module id
     * @param rowsRead the number of data rows in the file
     * @param members the members admitted
     * @param problems the problems found
     * @return the checked register
     * @throws NullPointerException if an argument is null, naming it
     */
    public static CheckedRegister of(String module, int rowsRead, List<Member> members, List<RowProblem> problems) {
        java.util.Objects.requireNonNull(problems, "problems");
        List<RowProblem> sorted = new java.util.ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(RowProblem::line));
        return new CheckedRegister(Objects.requireNonNull(module, "module"), rowsRead,
                List.copyOf(Objects.requireNonNull(members, "members")), List.copyOf(sorted));
    }

    /** @return the module id */
    @JsonProperty("module")
    public String module() {
        return module;
    }

    /** @return the number of data rows in the file */
    @JsonProperty("rowsRead")
    public int rowsRead() {
        return rowsRead;
    }

    /** @return the members admitted, in file order */
    @JsonProperty("members")
    public List<Member> members() {
        return members;
    }

    /** @return every problem, in line order */
    @JsonProperty("problems")
    public List<RowProblem> problems() {
        return problems;
    }

    /** @return the rows set aside, in line order */
    public List<RowProblem> rejected() {
        return problems.stream().filter(RowProblem::isRefusal).toList();
    }

    /** @return the warnings on rows kept, in line order */
    public List<RowProblem> warnings() {
        return problems.stream().filter(p -> !p.isRefusal()).toList();
    }

    /** Two CheckedRegisters are equal when all their parts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CheckedRegister other
                && rowsRead == other.rowsRead
                && java.util.Objects.equals(module, other.module)
                && java.util.Objects.equals(members, other.members)
                && java.util.Objects.equals(problems, other.problems);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rowsRead, module, members, problems);
    }
}
