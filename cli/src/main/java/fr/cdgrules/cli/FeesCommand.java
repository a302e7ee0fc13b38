package fr.cdgrules.cli;

import fr.cdgrules.core.feerun.FeeRun;
import fr.cdgrules.core.feerun.FeeRunOptions;
import fr.cdgrules.core.feerun.NoFee;
import fr.cdgrules.core.feerun.StratumTotal;
import fr.cdgrules.core.feerun.TitreLine;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.register.CheckedRegister;
import fr.cdgrules.core.register.RowProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fees MODULE --register FILE --year Y}: the year's titres de recettes from a membership register. */
@Command(name = "fees", mixinStandardHelpOptions = true,
        description = {"The year's fee run: one titre de recettes line per member owing the fee that year.",
            "The register (CSV with the header code,decisionDate,joiningYear[,noticeOn,terminatedOn,population,noticeReason], "
                + "or a JSON array of such objects) is checked row by row against the module: a row that fails is "
                + "reported with its line and article, the others are kept. Communes owing nothing are listed with the reason."},
        footer = {"", "CSV columns: " + FeesCommand.CSV_HEADER + " (UTF-8, RFC 4180, amounts with two decimals); "
                + "with --format csv the communes owing nothing and the rows set aside go to standard error.",
            "Example: cdg-rules fees cdg79 --register examples/samples/register-cdg79.csv --year 2026 --issued-on 2026-03-02"})
final class FeesCommand implements Callable<Integer> {
    static final String CSV_HEADER = "line,code,name,siren,object,population,populationSource,stratum,amount,"
            + "tariffEffectiveFrom,tariffSource,citations,issuedOn,dueDate,paymentTerm";

    /** Output formats. */
    enum Format {
        TEXT, CSV, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id, priced (see 'cdg-rules modules').")
    String module;

    @Option(names = "--register", required = true, paramLabel = "FILE", description = "The membership register (CSV, or JSON if FILE ends in .json).")
    Path register;

    @Option(names = "--year", paramLabel = "YYYY", description = "Budget year (default: the current year).")
    Year year;

    @Option(names = "--issued-on", paramLabel = "YYYY-MM-DD", description = "Issue date of the titres (default: today).")
    LocalDate issuedOn;

    @Option(names = "--received-on", paramLabel = "YYYY-MM-DD",
            description = "Day the titres are received, for the due date where the text counts a term from receipt (CUCM: 30 days).")
    LocalDate receivedOn;

    @Option(names = "--populations", paramLabel = "FILE",
            description = "Legal populations in force for the year, CSV 'code,population', used instead of the bundled INSEE 2026 figures.")
    Path populations;

    @Option(names = "--population-vintage", paramLabel = "YYYY",
            description = "INSEE vintage of the --populations figures (default: the year).")
    Year populationVintage;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    FeesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, module);
        Lookups.fees(context, m);
        Year y = year != null ? year : context.currentYear();
        if (populationVintage != null && populations == null) {
            throw new UsageException("--population-vintage gives the vintage of --populations FILE: give the file too");
        }
        CheckedRegister checked = RegisterInput.check(context, m, register);
        FeeRunOptions options = FeeRunOptions.issuedOn(issuedOn != null ? issuedOn : LocalDate.now(context.clock()))
                .withSirenOf(RegisterInput.siren(context));
        if (receivedOn != null) {
            options = options.withReceivedOn(receivedOn);
        }
        if (populations != null) {
            Map<String, Population> p = RegisterInput.populations(populations, populationVintage != null ? populationVintage : y);
            options = options.withPopulations(code -> Optional.ofNullable(p.get(code)));
        }
        FeeRun run = FeeRun.of(checked, m, y, options);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(Json.pretty(json(run)));
            case CSV -> printCsv(out, run);
            default -> printText(out, run);
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> json(FeeRun run) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("module", run.module());
        o.put("year", run.year());
        o.put("populationVintage", fr.cdgrules.cli.data.Commune.VINTAGE);
        o.put("warnings", run.warnings());
        o.put("lines", run.lines());
        o.put("totals", run.totals());
        o.put("total", run.total());
        o.put("noFee", run.noFee());
        o.put("registerProblems", run.registerProblems());
        return o;
    }

    private void printCsv(PrintWriter out, FeeRun run) {
        out.print(CSV_HEADER + "\n");
        for (TitreLine l : run.lines()) {
            out.print(Csv.row(List.of(String.valueOf(l.line()), l.code(), l.name(), l.siren().orElse(""), l.object(),
                    String.valueOf(l.population()), l.populationSource(), l.stratum(), l.amount().toString(),
                    l.tariff().effectiveFrom().toString(), l.tariff().source().decision(),
                    l.citations().stream().map(Object::toString).collect(Collectors.joining("; ")),
                    l.issuedOn().toString(), l.dueDate().map(Object::toString).orElse(""), l.paymentTerm().orElse("")))
                    + "\n");
        }
        PrintWriter err = spec.commandLine().getErr();
        run.warnings().forEach(w -> err.println("fees: warning: " + w));
        run.noFee().forEach(n -> err.println("fees: no fee: line " + n.line() + " " + n.code() + " " + n.name() + ": "
                + n.reason() + " — " + n.detail()));
        run.registerProblems().forEach(p -> err.println("fees: register " + (p.isRefusal() ? "row set aside" : "warning")
                + ": " + p));
    }

    private void printText(PrintWriter out, FeeRun run) {
        out.println("Fee run " + run.module() + " " + run.year() + ": " + run.lines().size() + " titre(s), total "
                + run.total().toDisplayString());
        run.warnings().forEach(w -> out.println("warning: " + w));
        if (!run.lines().isEmpty()) {
            TitreLine first = run.lines().get(0);
            out.println("Object: " + first.object() + "; issued " + first.issuedOn()
                    + first.paymentTerm().map(t -> "; payable " + t).orElse("; no payment term in the text"));
            out.println("Tariff: " + first.tariff().source().decision() + ", in force from "
                    + first.tariff().effectiveFrom() + " [" + first.tariff().source().citation() + "]");
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-5s %-6s %-28s %-10s %7s  %-38s %10s %s", "line", "code", "name", "siren",
                "pop.", "stratum", "amount", "due"));
        for (TitreLine l : run.lines()) {
            out.println(String.format(Locale.ROOT, "%-5d %-6s %-28s %-10s %7d  %-38s %10s %s", l.line(), l.code(),
                    cut(l.name(), 28), l.siren().orElse("-"), l.population(), cut(l.stratum(), 38), l.amount(),
                    l.dueDate().map(Object::toString).orElse(l.paymentTerm().isPresent() ? "on receipt + term" : "-")));
        }
        out.println();
        out.println("Totals per stratum:");
        for (StratumTotal t : run.totals()) {
            out.println(String.format(Locale.ROOT, "  %-40s %4d titre(s) %12s", t.stratum(), t.count(), t.total()));
        }
        out.println(String.format(Locale.ROOT, "  %-40s %4d titre(s) %12s", "Total", run.lines().size(), run.total()));
        if (!run.noFee().isEmpty()) {
            out.println();
            out.println("No fee for " + run.year() + " (" + run.noFee().size() + "):");
            for (NoFee n : run.noFee()) {
                out.println("  line " + n.line() + " " + n.code() + " " + n.name() + ": " + n.reason() + " — " + n.detail());
            }
        }
        if (!run.registerProblems().isEmpty()) {
            out.println();
            out.println("Register rows set aside or with a warning (" + run.registerProblems().size() + "):");
            for (RowProblem p : run.registerProblems()) {
                out.println("  " + (p.isRefusal() ? "set aside: " : "warning:   ") + p);
            }
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
