package fr.cdgrules.cli;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.module.RuleModule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deadlines <module> --start DATE [--notice-on DATE [--reason TEXT]]}: a convention's dated deadlines. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = {"The dated deadlines of a convention, each with its article.",
            "End of term, notice deadline, renewal, final end. With --notice-on: what a notice given that day does under the module's terms (termination effective date, final end)."},
        footer = {"", "A notice that must state its reasons (e.g. the CUCM's termination in the general interest) needs --reason.",
            "Example: cdg-rules deadlines cdg79 --start 2026-01-01 --format ics > cdg79.ics"})
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

    @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the convention.")
    LocalDate start;

    @Option(names = "--notice-on", paramLabel = "YYYY-MM-DD", description = "Date a notice is given (notified).")
    LocalDate noticeOn;

    @Option(names = "--reason", paramLabel = "TEXT", description = "The reasons the notice states, when the clause requires them.")
    String reason;

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
        Convention convention = m.convention(start);
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
                o.put("noticeOn", noticeOn);
                o.put("reason", reason);
                o.put("finalEnd", convention.finalEnd());
                o.put("deadlines", deadlines);
                o.put("findings", findings);
                out.println(Json.pretty(o));
                break;
            default:
                out.println("Convention " + m.id() + " (" + m.issuingBody() + ") starting " + convention.start()
                        + (convention.start().equals(start) ? "" : " (its fixed start; asked " + start + ")")
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
