package fr.cdgrules.cli;

import fr.cdgrules.core.limits.Limits;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line's picocli model: its subcommands, converters and error handlers. Apart from
 * {@link CdgRulesCli} so that a plain quote, which runs without picocli, does not load picocli's classes
 * when the main class is linked (they are read and verified at each start: class-data sharing cannot
 * keep them).
 */
final class CommandLines {
    private CommandLines() {}

    /**
     * @param only the name of the one subcommand to build, or null (or an unknown name: a usage error
     *     that lists every command) to build them all. Building only the command asked for spares a
     *     one-shot run picocli's reflection over the thirteen others; what that command does and prints
     *     is the same.
     */
    static CommandLine commandLine(CliContext context, boolean debug, String only) {
        CommandLine cl = new CommandLine(CdgRulesCli.command());
        boolean known = only != null && SUBCOMMANDS.stream().anyMatch(e -> e.getKey().equals(only));
        for (Map.Entry<String, Function<CliContext, Object>> e : SUBCOMMANDS) {
            if (!known || e.getKey().equals(only)) {
                cl.addSubcommand(e.getValue().apply(context));
            }
        }
        // after the subcommands: these settings propagate to the commands already added
        cl.registerConverter(Year.class, CommandLines::parseYear);
        cl.registerConverter(LocalDate.class, CommandLines::parseDate);
        cl.registerConverter(java.nio.file.Path.class, CommandLines::parsePath);
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

}
