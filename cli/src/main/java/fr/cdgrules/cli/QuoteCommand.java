package fr.cdgrules.cli;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.cli.data.Commune;
import fr.cdgrules.core.limits.Limits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Year;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quote <module> --commune CODE}: one commune's annual fee. */
@Command(name = "quote", mixinStandardHelpOptions = true,
        description = {"The annual fee of one commune under a rule module.",
            "Eligibility (or why not), stratum, fee, prepaid hours where the module has them, the tariff version used and the articles."},
        footer = {"", "Example: cdg-rules quote cdg79 --commune 79094 --explain"})
final class QuoteCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Mixin
    ParameterOptions parameters = new ParameterOptions();

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id (see 'cdg-rules modules').")
    String module;

    @Option(names = "--commune", required = true, paramLabel = "CODE", description = "INSEE code of the commune, e.g. 79094.")
    String commune;

    @Option(names = "--year", paramLabel = "YYYY", description = "Budget year (default: the current year).")
    Year year;

    @Option(names = "--population", paramLabel = "N",
            description = "Use this population (municipale) instead of the INSEE 2026 figure.")
    Long population;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    @Option(names = "--explain", description = "Add the full computation trace.")
    boolean explain;

    QuoteCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return execute(spec.commandLine().getOut());
    }

    /**
     * The plain quote, {@code quote MODULE --commune CODE [--year YYYY] [--format text|json] [--explain]}
     * (each option at most once, written in full, values of letters and digits), run without building
     * the command line's model: a one-shot quote does not pay for picocli's start (its classes are
     * verified at each start and cannot be archived). It prints what the command line prints for the
     * same arguments, since it runs the same code; anything else, and any quote refused as a usage error
     * or by the rules (exit codes 2 and 3), is left to the command line (picocli), which runs it again
     * and prints the usual output or error. A bug (any other exception) is reported here, as the
     * command line reports it, and not run twice; an {@link Error} is not caught (the caller reports it).
     *
     * @param context the context
     * @param out standard output, written only on success
     * @param err standard error, written only for a bug
     * @param debug whether a bug prints its stack trace
     * @param args the arguments of the whole command line
     * @return the exit code ({@link ExitCodes#OK}, or {@link ExitCodes#BUG} after reporting a bug), or -1
     *     when the arguments are not of the plain form or the quote was refused: nothing has been
     *     written, run the command line
     */
    static int runPlain(CliContext context, PrintWriter out, PrintWriter err, boolean debug, String... args) {
        if (args.length < 4 || !"quote".equals(args[0])) {
            return -1;
        }
        QuoteCommand q = new QuoteCommand(context);
        q.format = TextOrJson.TEXT;
        boolean formatGiven = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--commune" -> {
                    if (q.commune != null || !hasValue || !ArgumentShapes.plainValue(args[i + 1])) {
                        return -1;
                    }
                    q.commune = args[++i];
                }
                case "--year" -> {
                    if (q.year != null || !hasValue || !ArgumentShapes.fourDigits(args[i + 1])) {
                        return -1;
                    }
                    int y = Integer.parseInt(args[++i]);
                    if (y < Limits.MIN_YEAR || y > Limits.MAX_YEAR) {
                        return -1;
                    }
                    q.year = Year.of(y);
                }
                case "--format" -> {
                    if (formatGiven || !hasValue) {
                        return -1;
                    }
                    String f = args[++i];
                    if (f.equals("text")) {
                        q.format = TextOrJson.TEXT;
                    } else if (f.equals("json")) {
                        q.format = TextOrJson.JSON;
                    } else {
                        return -1;
                    }
                    formatGiven = true;
                }
                case "--explain" -> {
                    if (q.explain) {
                        return -1;
                    }
                    q.explain = true;
                }
                default -> {
                    if (q.module != null || !ArgumentShapes.plainValue(a)) {
                        return -1;
                    }
                    q.module = a;
                }
            }
        }
        if (q.module == null || q.commune == null) {
            return -1;
        }
        StringWriter buffer = new StringWriter();
        try {
            q.execute(new PrintWriter(buffer));
        } catch (RuntimeException e) {
            if (ErrorHandler.exitCode(e) != ExitCodes.BUG) {
                return -1; // refused: the command line runs it again and reports it as usual
            }
            return ErrorHandler.report(e, "cdg-rules quote", err, debug);
        }
        out.write(buffer.toString());
        return ExitCodes.OK;
    }

    private int execute(PrintWriter out) {
        RuleModule m = Lookups.module(context, rules, parameters, module);
        AnnualFees fees = Lookups.fees(context, m);
        Commune c = Lookups.commune(context, commune);
        if (population != null && population < 0) {
            throw new UsageException("invalid --population " + population + ": a number of inhabitants ≥ 0");
        }
        Year y = year != null ? year : context.currentYear();
        FeeRow row = FeeRow.quote(m, fees, c,
                population == null ? OptionalLong.empty() : OptionalLong.of(population), y);
        if (format == TextOrJson.JSON) {
            out.println(Json.pretty(row.toJson(explain)));
        } else {
            printText(out, m, row);
        }
        return ExitCodes.OK;
    }

    // plain code rather than lambdas: each lambda costs a one-shot command the linking of its call site
    private void printText(PrintWriter out, RuleModule m, FeeRow row) {
        Commune c = row.commune();
        out.println(c + ", département " + c.department()
                + (c.epciSiren().isPresent() ? ", EPCI " + c.epciSiren().get() : ", no EPCI") + ", "
                + (row.population().isPresent()
                        ? row.population().getAsLong() + " inhabitants ("
                                + (population != null ? "given" : "population municipale 2026") + ")"
                        : "no population in the INSEE 2026 data"));
        out.println("Annual fee for " + row.year() + " under " + m.id() + " — " + m.issuingBody());
        line(out, "eligible", row.eligible() ? "yes" : "no — " + row.reason().orElse(""));
        if (row.stratum().isPresent()) {
            line(out, "stratum", row.stratum().get());
        }
        if (row.annualFee().isPresent()) {
            line(out, "annual fee", row.annualFee().get().toDisplayString());
        }
        if (row.prepaidHours().isPresent()) {
            line(out, "prepaid hours", row.prepaidHours().get() + " h");
        }
        if (row.tariff().isPresent()) {
            line(out, "tariff", tariffText(row.tariff().get()));
        }
        if (!row.citations().isEmpty()) {
            StringBuilder articles = new StringBuilder();
            for (Citation citation : row.citations()) {
                articles.append(articles.length() == 0 ? "" : ", ").append(citation);
            }
            line(out, "articles", articles.toString());
        }
        if (explain) {
            out.println();
            if (row.quote().isPresent()) {
                out.print(row.quote().get().explanation().render());
            } else {
                out.println("(no computation: " + row.reason().orElse("") + ")");
            }
        }
    }

    static String tariffText(ParameterUse t) {
        return "in force since " + t.effectiveFrom() + " — " + t.source()
                + (t.carriedForward() ? "; carried forward, no later deliberation" : "")
                + (t.origin() == fr.cdgrules.core.timeline.VersionOrigin.SUPPLIED ? "; supplied at run time (--parameters), not bundled" : "");
    }

    /** {@code out.printf("  %-14s %s%n", label, value)}, without {@link java.util.Formatter} (its first use costs a quote milliseconds). */
    private static void line(PrintWriter out, String label, String value) {
        StringBuilder b = new StringBuilder(32 + value.length()).append("  ").append(label);
        for (int i = label.length(); i < 14; i++) {
            b.append(' ');
        }
        out.println(b.append(' ').append(value));
    }
}
