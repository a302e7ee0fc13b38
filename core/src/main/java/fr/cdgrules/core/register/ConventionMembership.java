package fr.cdgrules.core.register;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Severity;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.Termination;
import fr.cdgrules.core.module.MembershipRules;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reading of a register row from a module's territory and convention, for modules that offer no
 * {@link MembershipRules} of their own:
 *
 * <ol>
 *   <li>the commune is in the module's territory (its article);
 *   <li>the year joined is not before the year of the decision (an adhesion « à compter de
 *       l'exercice N » cannot join a past budget year) and falls within the convention: the
 *       convention is the module's {@link RuleModule#convention convention} asked to start on
 *       1 January of the year joined (a module with fixed dates gives its own), and membership starts
 *       on the later of that day and the convention's start;
 *   <li>a notice is recorded on the convention as the module's terms read a plain notice
 *       ({@link Convention#withNotice}); a notice the terms refuse (before the start, after the end,
 *       without the reasons a clause requires) sets the row aside with the clause's article; a notice
 *       the convention records with a warning (too late to stop a renewal) is reported under the
 *       {@link LateNoticeReading};
 *   <li>membership ends on the earliest of the convention's last day, the last day before a
 *       termination takes effect, and the row's {@code terminatedOn}.
 * </ol>
 */
public final class ConventionMembership implements MembershipRules {
    private final RuleModule module;
    private final LateNoticeReading lateNotice;

    private ConventionMembership(RuleModule module, LateNoticeReading lateNotice) {
        this.module = module;
        this.lateNotice = lateNotice;
    }

    /**
     * @param module the rule module
     * @param lateNotice the reading of a notice given too late
     * @return the rules
     * @throws NullPointerException if an argument is null, naming it
     */
    public static ConventionMembership of(RuleModule module, LateNoticeReading lateNotice) {
        return new ConventionMembership(Objects.requireNonNull(module, "module"),
                Objects.requireNonNull(lateNotice, "lateNotice"));
    }

    @Override
    public Admission admit(RegisterRow row, Collectivity commune) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(commune, "commune");
        int line = row.line();
        Optional<String> code = Optional.of(row.code());
        List<RowProblem> problems = new ArrayList<>();
        if (!module.territory().contains(commune)) {
            problems.add(RowProblem.of(line, code, "code", module.territory().outsideReason(commune),
                    List.of(module.territory().citation()), Severity.REFUSAL));
            return Admission.refused(problems);
        }
        Citation term = module.conventionTerms().termCitation();
        if (row.joiningYear().getValue() < row.decisionDate().getYear()) {
            problems.add(RowProblem.of(line, code, "joiningYear", "an adhesion decided on " + row.decisionDate()
                    + " cannot join the past budget year " + row.joiningYear(), List.of(term), Severity.REFUSAL));
            return Admission.refused(problems);
        }
        Convention convention = module.convention(row.joiningYear().atDay(1));
        LocalDate first = max(row.joiningYear().atDay(1), convention.start());
        if (first.isAfter(convention.finalEnd()) || row.decisionDate().isAfter(convention.finalEnd())) {
            problems.add(RowProblem.of(line, code, "joiningYear", "joining in " + row.joiningYear() + " (decided "
                    + row.decisionDate() + ") is outside the convention, in force from " + convention.start() + " to "
                    + convention.finalEnd(), List.of(term), Severity.REFUSAL));
            return Admission.refused(problems);
        }
        Set<Citation> cites = new LinkedHashSet<>();
        cites.add(module.territory().citation());
        cites.add(term);
        String how = "joined from " + first + " (budget year " + row.joiningYear() + ")";
        if (row.noticeOn().isPresent()) {
            LocalDate n = row.noticeOn().get();
            if (n.isBefore(first)) {
                problems.add(RowProblem.of(line, code, "noticeOn", "a notice given on " + n
                        + " precedes the membership, which starts on " + first, List.of(term), Severity.REFUSAL));
                return Admission.refused(problems);
            }
            int already = convention.findings().all().size();
            try {
                convention = convention.withNotice(n, row.noticeReason());
            } catch (CdgRulesException e) {
                problems.add(RowProblem.of(line, code, "noticeOn", e.getMessage(), e.rules(), Severity.REFUSAL));
                return Admission.refused(problems);
            }
            List<Finding> fresh = convention.findings().all();
            for (Finding f : fresh.subList(already, fresh.size())) {
                Severity s = f.isRefusal() || lateNotice == LateNoticeReading.REJECT_ROW ? Severity.REFUSAL
                        : Severity.WARNING;
                problems.add(RowProblem.of(line, code, "noticeOn", f.message() + (s == Severity.WARNING
                        ? " (row kept: reading KEEP_ROW)" : ""), List.of(f.citation()), s));
            }
            if (problems.stream().anyMatch(RowProblem::isRefusal)) {
                return Admission.refused(problems);
            }
            how += "; notice of " + n + " recorded";
        }
        LocalDate last = convention.finalEnd();
        String end = "last day in force " + last;
        Optional<Termination> t = convention.termination();
        // the convention's last day already is the termination's when it takes effect before the term ends
        if (t.isPresent() && t.get().lastDayInForce().equals(last)) {
            last = t.get().lastDayInForce();
            cites.add(t.get().citation());
            end = "terminated, last day in force " + last;
        }
        if (row.terminatedOn().isPresent()) {
            LocalDate tr = row.terminatedOn().get();
            if (tr.isBefore(first)) {
                problems.add(RowProblem.of(line, code, "terminatedOn", "membership cannot end on " + tr
                        + ", before it starts on " + first, List.of(term), Severity.REFUSAL));
                return Admission.refused(problems);
            }
            if (tr.isBefore(last)) {
                last = tr;
                end = "ended on " + tr + " (recorded in the register)";
            }
        }
        return Admission.admitted(Member.of(row, commune, first, last, how + "; " + end, List.copyOf(cites)), problems);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
