package fr.cdgrules.cli;

import fr.cdgrules.core.limits.Limits;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code cdg-rules} command line: the rule modules found through the SPI, applied to the
 * bundled INSEE 2026 communes. Data goes to standard output, one line per problem to standard
 * error, and the exit code follows {@link ExitCodes}.
 *
 * <pre>{@code
 * ./cdg-rules quote cdg79 --commune 79094
 * ./cdg-rules batch cdg79 --department 79 --format csv
 * ./cdg-rules deadlines cdg79 --start 2026-01-01 --format ics > convention.ics
 * }</pre>
 */
@Command(name = "cdg-rules",
        mixinStandardHelpOptions = true,
        versionProvider = CdgRulesCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Membership conventions of French local-government service bodies, computed exactly and traced to their articles.",
            "Communes: INSEE 2026 (population municipale), via Etalab decoupage-administratif 6.0.0, Licence Ouverte."},
        footer = {"", "Exit codes: 0 done; 1 bug; 2 usage error (unknown command, option or module, malformed value or file); "
            + "3 the rules refuse (nothing in force that year, unknown commune, not eligible, module without that capability); "
            + "74 the output could not be written."})
public final class CdgRulesCli implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private CdgRulesCli() {}

    /** No command: print the usage on standard error, exit {@value ExitCodes#USAGE}. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * Runs the command line on the real clock, modules and data, and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(CliContext.system(), out, err, System.getenv("CDG_RULES_DEBUG") != null, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line.
     *
     * @param context the clock, modules and data
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        return run(context, out, err, false, args);
    }

    static int run(CliContext context, PrintWriter out, PrintWriter err, boolean debug, String... args) {
        int code;
        try {
            // a plain quote runs without picocli; anything else (or a quote refused) through it
            code = QuoteCommand.runPlain(context, out, err, debug, args);
            if (code < 0) {
                CommandLine cl = commandLine(context, debug, args.length > 0 ? args[0] : null);
                cl.setOut(out);
                cl.setErr(err);
                code = cl.execute(args);
            }
        } catch (Error e) {
            // picocli reports exceptions, not errors (out of memory, stack overflow…): one line, exit 1
            err.println("cdg-rules: " + ErrorHandler.errorLine(e));
            if (debug) {
                e.printStackTrace(err);
            }
            code = ExitCodes.BUG;
        } catch (RuntimeException e) {
            // a bug outside any command (e.g. building the command line): one line, exit 1
            code = ErrorHandler.report(e, "cdg-rules", err, debug);
        }
        out.flush();
        if (out.checkError()) {
            // PrintWriter swallows IOExceptions: a full disk or a closed pipe must not look like success
            err.println("cdg-rules: cannot write the output (disk full or output closed)");
            code = code == ExitCodes.OK ? ExitCodes.OUTPUT_FAILED : code;
        }
        err.flush();
        return code;
    }

    /**
     * @param context the clock, modules and data
     * @return the configured command line, with its subcommands and error handlers
     */
    public static CommandLine commandLine(CliContext context) {
        return commandLine(context, false);
    }

    private static CommandLine commandLine(CliContext context, boolean debug) {
        return commandLine(context, debug, null);
    }

    /**
     * @param only the name of the one subcommand to build, or null (or an unknown name: a usage error
     *     that lists every command) to build them all. Building only the command asked for spares a
     *     one-shot run picocli's reflection over the thirteen others; what that command does and prints
     *     is the same.
     */
    private static CommandLine commandLine(CliContext context, boolean debug, String only) {
        CommandLine cl = new CommandLine(new CdgRulesCli());
        boolean known = only != null && SUBCOMMANDS.stream().anyMatch(e -> e.getKey().equals(only));
        for (Map.Entry<String, Function<CliContext, Object>> e : SUBCOMMANDS) {
            if (!known || e.getKey().equals(only)) {
                cl.addSubcommand(e.getValue().apply(context));
            }
        }
        // after the subcommands: these settings propagate to the commands already added
        cl.registerConverter(Year.class, CdgRulesCli::parseYear);
        cl.registerConverter(LocalDate.class, CdgRulesCli::parseDate);
        cl.registerConverter(java.nio.file.Path.class, CdgRulesCli::parsePath);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // an unknown command or argument is a usage error even with --help ("frobnicate --help")
        cl.setExecutionStrategy(parseResult -> {
            for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
                if (!pr.unmatched().isEmpty()) {
                    throw new CommandLine.UnmatchedArgumentException(pr.commandSpec().commandLine(), pr.unmatched());
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        ErrorHandler handler = new ErrorHandler(debug);
        cl.setParameterExceptionHandler(handler);
        cl.setExecutionExceptionHandler(handler);
        return cl;
    }

    /** The subcommands by name (their {@code @Command} names), in the order of the usage help. */
    private static final List<Map.Entry<String, Function<CliContext, Object>>> SUBCOMMANDS = List.of(
            Map.entry("modules", ModulesCommand::new),
            Map.entry("quote", QuoteCommand::new),
            Map.entry("batch", BatchCommand::new),
            Map.entry("deadlines", DeadlinesCommand::new),
            Map.entry("bill", BillCommand::new),
            Map.entry("access", AccessCommand::new),
            Map.entry("fees", FeesCommand::new),
            Map.entry("simulate", SimulateCommand::new),
            Map.entry("statement", StatementCommand::new),
            Map.entry("compliance", ComplianceCommand::new),
            Map.entry("cohort", CohortCommand::new),
            Map.entry("who-pays", WhoPaysCommand::new),
            Map.entry("articles", ArticlesCommand::new),
            Map.entry("test", TestCommand::new));

    static java.nio.file.Path parsePath(String text) {
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            // found by fuzzing: a NUL character gave picocli's message naming java.nio.file.Path
            throw new TypeConversionException("'" + text.replace("\0", "\\0") + "' is not a file name");
        }
    }

    static Year parseYear(String text) {
        if (!text.matches("\\d{4}")) {
            throw new TypeConversionException("'" + text + "' is not a year (YYYY)");
        }
        Year year = Year.of(Integer.parseInt(text));
        if (year.getValue() < Limits.MIN_YEAR || year.getValue() > Limits.MAX_YEAR) {
            throw new TypeConversionException("'" + text + "' is outside the supported years, " + Limits.MIN_YEAR
                    + " to " + Limits.MAX_YEAR);
        }
        return year;
    }

    static LocalDate parseDate(String text) {
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("", text, 0);
            }
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(Limits.MIN_DATE) || date.isAfter(Limits.MAX_DATE)) {
                throw new TypeConversionException("'" + text + "' is outside the supported dates, " + Limits.MIN_DATE
                        + " to " + Limits.MAX_DATE);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** The version: the Maven project version from the jar manifest, when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CdgRulesCli.class.getPackage().getImplementationVersion();
            return new String[] {"cdg-rules " + (v == null ? "(development build)" : v)};
        }
    }
}
