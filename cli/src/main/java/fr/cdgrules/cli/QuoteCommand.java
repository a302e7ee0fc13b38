package fr.cdgrules.cli;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.cli.data.Commune;
import java.io.PrintWriter;
import java.time.Year;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
        RuleModule m = Lookups.module(context, module);
        AnnualFees fees = Lookups.fees(context, m);
        Commune c = Lookups.commune(context, commune);
        if (population != null && population < 0) {
            throw new UsageException("invalid --population " + population + ": a number of inhabitants ≥ 0");
        }
        Year y = year != null ? year : context.currentYear();
        FeeRow row = FeeRow.quote(m, fees, c,
                population == null ? OptionalLong.empty() : OptionalLong.of(population), y);
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            out.println(Json.pretty(row.toJson(explain)));
        } else {
            printText(out, m, row);
        }
        return ExitCodes.OK;
    }

    private void printText(PrintWriter out, RuleModule m, FeeRow row) {
        Commune c = row.commune();
        out.println(c + ", département " + c.department()
                + c.epciSiren().map(s -> ", EPCI " + s).orElse(", no EPCI") + ", "
                + (row.population().isPresent()
                        ? row.population().getAsLong() + " inhabitants ("
                                + (population != null ? "given" : "population municipale 2026") + ")"
                        : "no population in the INSEE 2026 data"));
        out.println("Annual fee for " + row.year() + " under " + m.id() + " — " + m.issuingBody());
        line(out, "eligible", row.eligible() ? "yes" : "no — " + row.reason().orElse(""));
        row.stratum().ifPresent(s -> line(out, "stratum", s));
        row.annualFee().ifPresent(f -> line(out, "annual fee", f.toDisplayString()));
        row.prepaidHours().ifPresent(h -> line(out, "prepaid hours", h + " h"));
        row.tariff().ifPresent(t -> line(out, "tariff", tariffText(t)));
        if (!row.citations().isEmpty()) {
            line(out, "articles", String.join(", ", row.citations().stream().map(Citation::toString).toList()));
        }
        if (explain) {
            out.println();
            row.quote().ifPresentOrElse(q -> out.print(q.explanation().render()),
                    () -> out.println("(no computation: " + row.reason().orElse("") + ")"));
        }
    }

    static String tariffText(ParameterUse t) {
        return "in force since " + t.effectiveFrom() + " — " + t.source()
                + (t.carriedForward() ? "; carried forward, no later deliberation" : "");
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf("  %-14s %s%n", label, value);
    }
}
