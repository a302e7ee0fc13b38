package fr.cdgrules.cli;

import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.year.CucmYear;
import fr.cdgrules.cucm.year.YearStatement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statement cucm --missions FILE --year Y}: a statement per commune and year of a year's missions. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = {"A statement per commune for a budget year of CUCM replacement missions.",
            "The missions (a JSON array of mission sheets, the format of 'bill cucm --timesheet') are invoiced in date order "
                + "against one prepaid-hours ledger per commune and year: cotisation, prepaid hours granted, used and "
                + "forfeited, hours worked, billable and billed, amounts, and what the titres ask in all."},
        footer = {"", "Example: cdg-rules statement cucm --missions examples/samples/missions-cucm-2023.json --year 2023"})
final class StatementCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id: cucm (the only one with prepaid missions).")
    String module;

    @Option(names = "--missions", required = true, paramLabel = "FILE.json", description = "The year's missions (JSON array).")
    Path missions;

    @Option(names = "--year", paramLabel = "YYYY", description = "Budget year (default: the current year).")
    Year year;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    StatementCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, module);
        CucmRules rules = m.capability(CucmRules.class).orElseThrow(() -> new RefusedException("module '" + m.id()
                + "' has no prepaid replacement missions; statement: cucm"));
        List<MissionSheet> sheets = Arrays.asList(InputFiles.readJson("--missions", missions, MissionSheet[].class));
        Year y = year != null ? year : context.currentYear();
        CucmYear cy = rules.year(sheets);
        List<YearStatement> statements = cy.statements(y);
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("module", m.id());
            o.put("year", y);
            o.put("missions", sheets.size());
            o.put("statements", statements);
            out.println(Json.pretty(o));
        } else {
            out.println("Statements " + m.id() + " " + y + ": " + statements.size() + " commune(s), "
                    + sheets.size() + " mission(s) invoiced in date order");
            for (YearStatement s : statements) {
                out.println();
                out.println(s.commune() + " — " + y);
                out.println("  cotisation                 " + s.cotisation().toDisplayString());
                out.println("  prepaid hours              granted " + s.prepaidGranted() + " h, "
                        + (s.prepaidUsedBefore().isZero() ? "" : "used before " + s.prepaidUsedBefore() + " h, ")
                        + "used " + s.prepaidUsed()
                        + " h, forfeited " + s.prepaidForfeited() + " h");
                out.println("  hours                      worked " + s.hoursWorked() + " h, billable " + s.hoursBillable()
                        + " h, billed " + s.hoursBilled() + " h");
                for (YearStatement.MissionLine l : s.missions()) {
                    out.println(String.format(Locale.ROOT, "    mission %s to %s: %s h billable, %s h prepaid, %s h billed, %s",
                            l.firstDay(), l.lastDay(), l.hoursBillable(), l.prepaidUsed(), l.hoursBilled(),
                            l.amount().toDisplayString()));
                }
                out.println("  missions                   " + s.missionsAmount().toDisplayString());
                out.println("  total asked                " + s.totalDue().toDisplayString() + " (cotisation + missions)");
                for (Finding f : s.findings()) {
                    out.println("  " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.citation() + "]");
                }
            }
        }
        return ExitCodes.OK;
    }
}
