package fr.cdgrules.cli.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cdgrules.cli.CdgRulesCli;
import fr.cdgrules.cli.CliContext;
import fr.cdgrules.cli.data.CommuneDirectory;
import fr.cdgrules.core.module.RuleModules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fuzz target for the command line's argument handling, in process with the real modules, the bundled
 * communes and a fixed clock. Each input becomes an argument list: a subcommand, then options, module
 * ids, formats, dates, sample files and free text drawn from the input. Oracle: the exit code is 0, 2
 * or 3 (never 1, a bug); on 2 or 3 stdout is empty; stderr never shows a stack trace nor a Java or
 * Jackson name (unless the arguments themselves contain it). Corpus:
 * {@code ArgumentsFuzzTestInputs/arguments/}.
 */
class ArgumentsFuzzTest {
    private static final CliContext CONTEXT = CliContext.of(
            Clock.fixed(Instant.parse("2026-05-15T08:00:00Z"), CliContext.paris()),
            memo(RuleModules.load()), CommuneDirectory::bundled);
    private static final Path SAMPLES = Path.of("../examples/samples").toAbsolutePath().normalize();
    private static final Set<Integer> EXPECTED = Set.of(0, 2, 3, 74);

    private static final String[] COMMANDS = {"modules", "quote", "batch", "deadlines", "bill", "access", "fees",
        "simulate", "statement", "compliance", "cohort", "who-pays", "articles", "test", "--help", "--version", "help"};
    private static final String[] OPTIONS = {"--format", "--year", "--register", "--parameters", "--explain", "--epci",
        "--department", "--all", "--timesheet", "--status", "--start", "--rules", "--request", "--renewed-on",
        "--reconduction-decision", "--reconduction-decided-on", "--reconducted-until", "--received-on", "--reason",
        "--reading", "--populations", "--population-vintage", "--population", "--plan", "--on", "--notice-on",
        "--missions", "--log", "--joining-year", "--issued-on", "--interventions", "--estimate", "--decided-on",
        "--commune", "--as-of", "--are-rights-last-day", "--help", "-h", "--"};
    private static final String[] VALUES = {"cdg79", "cucm", "cdg62", "cdg44", "cdg00", "text", "json", "csv", "ics",
        "svg", "2026", "2023", "1899", "2200", "2026-05-15", "2026-02-29", "2199-12-31", "1900-01-01", "79094",
        "71278", "62498", "44109", "2A004", "Clessé", "0", "-1", "true", "false", "all"};
    private static final String[] FILES = {"access-request-clesse.json", "access-request-refused.json",
        "assistance-libercourt.json", "cdg79-tariff-2027.yaml", "cohort-le-mans-2025.json",
        "interventions-clesse-2026.json", "mission-marigny-2023.json", "missions-cucm-2023.json",
        "register-cdg79.csv", "register-cucm.json", "no-such-file.json"};
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "java.", "tools.jackson",
            "fr.cdgrules", "Immutable", "$Json", "JsonToken", "START_", "VALUE_", "`", "LocalDate", "BigDecimal",
            "Integer");

    @FuzzTest(maxDuration = "10m")
    void arguments(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        args.add(data.consumeBoolean() ? data.pickValue(COMMANDS) : data.consumeString(20));
        int n = data.consumeInt(0, 10);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            switch (data.consumeInt(0, 4)) {
                case 0, 1 -> args.add(data.pickValue(OPTIONS));
                case 2 -> args.add(data.pickValue(VALUES));
                case 3 -> args.add(SAMPLES.resolve(data.pickValue(FILES)).toString());
                default -> args.add(data.consumeString(30));
            }
        }
        check(args.toArray(String[]::new));
    }

    static void check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CdgRulesCli.run(CONTEXT, new PrintWriter(out), new PrintWriter(err), args);
        String all = String.join(" ", args);
        String report = "args " + List.of(args) + " → exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        if (!EXPECTED.contains(code)) {
            throw new AssertionError("unexpected exit code: " + report);
        }
        if (code != 0 && !out.toString().isEmpty()) {
            throw new AssertionError("output on stdout although refused: " + report);
        }
        for (String w : INTERNALS) {
            if (err.toString().contains(w) && !all.contains(w)) {
                throw new AssertionError("'" + w + "' on stderr: " + report);
            }
        }
    }

    private static java.util.function.Supplier<RuleModules> memo(RuleModules modules) {
        return () -> modules;
    }
}
