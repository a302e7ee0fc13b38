package fr.cdgrules.core.register;

import fr.cdgrules.core.error.InvalidInputException;
import java.util.List;
import java.util.Optional;

/**
 * What a module makes of a register row: the member (when admitted) and the problems found, each
 * with the row's line and the article. A row is admitted exactly when no problem is a refusal;
 * warnings may accompany an admitted row.
 *
 * @param member the member, when admitted
 * @param problems the problems found
 */
public record Admission(Optional<Member> member, List<RowProblem> problems) {
    /**
     * @param member the member, when admitted
     * @param problems the problems found
     * @throws InvalidInputException if a member comes with a refusal, or neither a member nor a refusal is given
     */
    public Admission {
        problems = List.copyOf(problems);
        boolean refused = problems.stream().anyMatch(RowProblem::isRefusal);
        if (member.isPresent() == refused) {
            throw new InvalidInputException("admission", null, "a row is admitted exactly when no problem refuses it");
        }
    }

    /**
     * @param member the member
     * @param warnings warnings about the row, possibly none
     * @return the admission
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Admission admitted(Member member, List<RowProblem> warnings) {
        java.util.Objects.requireNonNull(member, "member");
        java.util.Objects.requireNonNull(warnings, "warnings");
        return new Admission(Optional.of(member), warnings);
    }

    /**
     * @param problems the problems, at least one a refusal
     * @return the refusal
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Admission refused(List<RowProblem> problems) {
        java.util.Objects.requireNonNull(problems, "problems");
        return new Admission(Optional.empty(), problems);
    }
}
