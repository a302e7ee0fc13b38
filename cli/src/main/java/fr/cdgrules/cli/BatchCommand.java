package fr.cdgrules.cli;

import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.cli.data.Commune;
import java.io.PrintWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch <module> (--department NN | --epci SIREN | --all)}: one row per commune. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"The annual fee of every commune of a département, an EPCI or France.",
            "One row per commune, sorted by INSEE code. A commune outside the module's territory is a row 'not eligible' with that reason."},
        footer = {"", "CSV columns: " + FeeRow.CSV_HEADER + " (RFC 4180; annualFee empty when not eligible).",
            "Example: cdg-rules batch cucm --epci 247100290 --format csv"})
final class BatchCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format {
        TEXT, CSV, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which communes. */
    static final class Selection {
        @Option(names = "--department", paramLabel = "NN", description = "Département code, e.g. 79, 2A, 971.")
        String department;

        @Option(names = "--epci", paramLabel = "SIREN", description = "SIREN of an EPCI à fiscalité propre, e.g. 247100290.")
        String epci;

        @Option(names = "--all", description = "Every commune of France (34,969).")
        boolean all;
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id (see 'cdg-rules modules').")
    String module;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--year", paramLabel = "YYYY", description = "Budget year (default: the current year).")
    Year year;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    BatchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, module);
        AnnualFees fees = Lookups.fees(context, m);
        List<Commune> communes = communes();
        Year y = year != null ? year : context.currentYear();
        List<FeeRow> rows = new ArrayList<>(communes.size());
        for (Commune c : communes) {
            rows.add(FeeRow.quote(m, fees, c, OptionalLong.empty(), y));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case CSV:
                out.println(FeeRow.CSV_HEADER);
                rows.forEach(r -> out.println(Csv.row(r.toCsv())));
                break;
            case JSON:
                printJson(out, rows);
                break;
            default:
                printText(out, m, y, rows);
        }
        return ExitCodes.OK;
    }

    private List<Commune> communes() {
        if (selection.all) {
            return context.communes().all();
        }
        if (selection.department != null) {
            String d = selection.department.strip().toUpperCase(Locale.ROOT);
            if (!d.matches("\\d{2,3}|2[AB]")) {
                throw new UsageException("invalid --department '" + selection.department
                        + "': a département code such as 79, 2A or 971");
            }
            List<Commune> list = context.communes().inDepartment(d);
            if (list.isEmpty()) {
                throw new RefusedException("unknown département '" + d + "': no commune in the INSEE 2026 data");
            }
            return list;
        }
        String s = selection.epci.strip();
        if (!s.matches("\\d{9}")) {
            throw new UsageException("invalid --epci '" + selection.epci + "': a SIREN has 9 digits");
        }
        List<Commune> list = context.communes().inEpci(s);
        if (list.isEmpty()) {
            throw new RefusedException("unknown EPCI '" + s + "': no member commune in the INSEE 2026 data");
        }
        return list;
    }

    private static void printJson(PrintWriter out, List<FeeRow> rows) {
        out.println("[");
        for (int i = 0; i < rows.size(); i++) {
            out.print(Json.compact(rows.get(i).toJson(false)));
            out.println(i + 1 < rows.size() ? "," : "");
        }
        out.println("]");
    }

    private static void printText(PrintWriter out, RuleModule m, Year y, List<FeeRow> rows) {
        int nameWidth = 4;
        int stratumWidth = 7;
        for (FeeRow r : rows) {
            nameWidth = Math.max(nameWidth, r.commune().name().length());
            stratumWidth = Math.max(stratumWidth, r.stratum().map(String::length).orElse(0));
        }
        String fmt = "%-5s  %-" + nameWidth + "s  %10s  %-8s  %-" + stratumWidth + "s  %10s  %s%n";
        out.printf(fmt, "code", "name", "population", "eligible", "stratum", "annual fee", "prepaid hours / reason");
        long eligible = 0;
        for (FeeRow r : rows) {
            if (r.eligible()) {
                eligible++;
            }
            out.printf(fmt, r.commune().code(), r.commune().name(),
                    r.population().isPresent() ? Long.toString(r.population().getAsLong()) : "—",
                    r.eligible() ? "yes" : "no",
                    r.stratum().orElse(""),
                    r.annualFee().map(Object::toString).orElse(""),
                    r.eligible() ? r.prepaidHours().map(h -> h + " h").orElse("") : r.reason().orElse(""));
        }
        out.println(rows.size() + " communes, " + eligible + " eligible — " + m.id() + ", " + y);
    }
}
