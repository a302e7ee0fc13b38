package fr.cdgrules.core.register;

import fr.cdgrules.core.finding.Severity;
import fr.cdgrules.core.module.MembershipRules;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.territory.Collectivity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a membership register against a rule module, row by row: the commune must exist in the
 * directory, then the module's {@link MembershipRules} (under the caller's {@link LateNoticeReading},
 * {@link MembershipRules#withLateNotice}), or, failing those, {@link ConventionMembership}, decide; a commune listed twice with overlapping periods keeps its
 * first row. Every refused row is reported with its line and article; the other rows are kept.
 */
public final class RegisterCheck {
    private RegisterCheck() {}

    /**
     * @param register the register read
     * @param module the rule module
     * @param directory the communes by INSEE code
     * @param lateNotice the reading of a notice given too late
     * @return the members admitted and the problems found
     * @throws NullPointerException if an argument is null, naming it
     */
    public static CheckedRegister check(MembershipRegister register, RuleModule module,
            Function<String, Optional<Collectivity>> directory, LateNoticeReading lateNotice) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(lateNotice, "lateNotice");
        MembershipRules rules = module.capability(MembershipRules.class).map(m -> m.withLateNotice(lateNotice))
                .orElseGet(() -> ConventionMembership.of(module, lateNotice));
        List<Member> members = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>(register.malformed());
        Map<String, List<Member>> byCode = new HashMap<>();
        for (RegisterRow row : register.rows()) {
            Optional<Collectivity> commune = directory.apply(row.code());
            if (commune.isEmpty()) {
                problems.add(RowProblem.of(row.line(), Optional.of(row.code()), "code", "unknown commune " + row.code()
                        + ": no commune has this INSEE code in the data", List.of(), Severity.REFUSAL));
                continue;
            }
            Admission a = rules.admit(row, commune.get());
            problems.addAll(a.problems());
            if (a.member().isEmpty()) {
                continue;
            }
            Member m = a.member().get();
            Optional<Member> clash = byCode.getOrDefault(row.code(), List.of()).stream()
                    .filter(o -> !o.firstDay().isAfter(m.lastDay()) && !m.firstDay().isAfter(o.lastDay()))
                    .findFirst();
            if (clash.isPresent()) {
                problems.add(RowProblem.of(row.line(), Optional.of(row.code()), "code", commune.get()
                        + " is already a member from " + clash.get().firstDay() + " to " + clash.get().lastDay()
                        + " (line " + clash.get().row().line() + ")", m.citations(), Severity.REFUSAL));
                continue;
            }
            byCode.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(m);
            members.add(m);
        }
        return CheckedRegister.of(module.id(), register.rows().size() + register.malformed().stream()
                .mapToInt(RowProblem::line).distinct().toArray().length, members, problems);
    }
}
