package fr.cdgrules.cli;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.module.RuleModule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deadlines <module> (--start DATE | --decided-on DATE [--joining-year YYYY]) [--notice-on DATE [--reason TEXT]]
 * [--reconducted-until DATE --reconduction-decided-on DATE [--reconduction-decision TEXT]]}: a convention's dated
 * deadlines, its first day placed by the module's start reading.
 */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = {"The dated deadlines of a convention, each with its article.",
            "End of term, notice deadline, renewal, final end. With --notice-on: what a notice given that day does under the module's terms (termination effective date, final end)."},
        footer = {"", "The module places the first day: cdg79 reads --start (or --decided-on) as the date of the decision to join",
            "and starts on 1 January of the budget year joined (--joining-year, by default the decision's year).",
            "A notice that must state its reasons needs --reason: the CUCM's termination in the general interest,",
            "the CDG62's termination, allowed only for a breach of commitments (give the breach).",
            "A CUCM convention reconducted after the bilan: --reconducted-until DATE --reconduction-decided-on DATE.",
            "Examples: cdg-rules deadlines cdg79 --decided-on 2026-04-23 --joining-year 2026",
            "          cdg-rules deadlines cdg79 --start 2026-01-01 --format ics > cdg79.ics"})
final class DeadlinesCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format {
        TEXT, JSON, ICS;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id (see 'cdg-rules modules').")
    String module;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD",
            description = "Start of the convention as asked (signature date); the module's start reading places the first day.")
    LocalDate start;

    @Option(names = "--decided-on", paramLabel = "YYYY-MM-DD",
            description = "Date of the decision to join (council deliberation), instead of --start.")
    LocalDate decidedOn;

    @Option(names = "--joining-year", paramLabel = "YYYY",
            description = "Budget year joined (« à compter de l'exercice budgétaire »), with --decided-on; default: the decision's year.")
    Year joiningYear;

    @Option(names = "--notice-on", paramLabel = "YYYY-MM-DD", description = "Date a notice is given (notified).")
    LocalDate noticeOn;

    @Option(names = "--renewed-on", paramLabel = "YYYY-MM-DD",
            description = "Date an express renewal (reconduction expresse) was decided, for a convention that renews only expressly (cdg62).")
    LocalDate renewedOn;

    @Option(names = "--reason", paramLabel = "TEXT", description = "The reasons the notice states, when the clause requires them.")
    String reason;

    @Mixin
    ReconductionOptions reconduction = new ReconductionOptions();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    DeadlinesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, module);
        if (reason != null && noticeOn == null) {
            throw new UsageException("--reason goes with --notice-on");
        }
        if ((start == null) == (decidedOn == null)) {
            throw new UsageException("give either --start or --decided-on (with --joining-year when the budget year joined"
                    + " is not the decision's year)");
        }
        if (joiningYear != null && decidedOn == null) {
            throw new UsageException("--joining-year goes with --decided-on");
        }
        LocalDate asked = start != null ? start : decidedOn;
        ConventionStarts.Placed placed = ConventionStarts.place(m, asked, Optional.ofNullable(joiningYear));
        Convention convention = placed.convention();
        if (reconduction.given()) {
            fr.cdgrules.cucm.CucmRules cucm = m.capability(fr.cdgrules.cucm.CucmRules.class)
                    .orElseThrow(ReconductionOptions::cucmOnly);
            convention = reconduction.apply(cucm).convention();
        }
        if (renewedOn != null) {
            convention = convention.withExpressRenewal(renewedOn);
        }
        if (noticeOn != null) {
            try {
                convention = convention.withNotice(noticeOn, Optional.ofNullable(reason).filter(r -> !r.isBlank()));
            } catch (InvalidInputException e) {
                if (e.field().filter("termination.reason"::equals).isPresent()) {
                    throw new UsageException(e.getMessage() + "; give them with --reason TEXT");
                }
                throw e;
            }
        }
        List<Deadline> deadlines = convention.deadlines();
        List<Finding> findings = convention.findings().all();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case ICS:
                out.print(DeadlineCalendar.ics(m.id(), convention.start(), deadlines, context.clock().instant()));
                findings.forEach(f -> spec.commandLine().getErr().println(spec.qualifiedName() + ": " + f.severity()
                        .name().toLowerCase(Locale.ROOT) + ": " + f.message() + " (" + f.citation() + ")"));
                break;
            case JSON:
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("module", m.id());
                o.put("start", convention.start());
                o.put("renewedOn", renewedOn);
                o.put("asked", asked);
                o.put("decidedOn", decidedOn);
                o.put("joiningYear", placed.joiningYear().orElse(null));
                o.put("startExplanation", placed.explanation().orElse(null));
                o.put("noticeOn", noticeOn);
                o.put("reason", reason);
                o.put("finalEnd", convention.finalEnd());
                o.put("deadlines", deadlines);
                o.put("findings", findings);
                out.println(Json.pretty(o));
                break;
            default:
                out.println("Convention " + m.id() + " (" + m.issuingBody() + ") starting " + convention.start()
                        + placed.why().map(w -> " (" + w + ")").orElse("")
                        + (renewedOn == null ? "" : ", renewal decided on " + renewedOn)
                        + (noticeOn == null ? "" : ", notice given on " + noticeOn));
                for (Deadline d : deadlines) {
                    out.printf("  %s  %-26s %s [%s]%n", d.date(), DeadlineCalendar.kindText(d.kind()), d.description(),
                            d.citation());
                }
                for (Finding f : findings) {
                    out.println("  " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.citation() + "]");
                }
        }
        return ExitCodes.OK;
    }
}
