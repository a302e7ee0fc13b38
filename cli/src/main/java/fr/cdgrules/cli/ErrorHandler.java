package fr.cdgrules.cli;

import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.UnknownRuleModuleException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on standard error and an exit code ({@link ExitCodes}); never a
 * stack trace, except for a bug when the environment variable {@code CDG_RULES_DEBUG} is set.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u && cl.getParent() == null && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'; commands: "
                    + String.join(", ", cl.getSubcommands().keySet());
        } else if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> unmatched = u.getUnmatched();
            message = (unmatched.get(0).startsWith("-") ? "unknown option '" : "unexpected argument '")
                    + unmatched.get(0) + "'";
        }
        // a conversion picocli reports itself names the Java type and exception: say it in words
        message = message.replaceAll("\\s*\\((?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)[^)]*\\)", "")
                .replaceAll("to (?:interface |class |enum )?(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "to the expected value");
        err.println(name(cl) + ": " + oneLine(message) + " (see '" + name(cl) + " --help')");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        return report(ex, name(cl), cl.getErr(), debug);
    }

    /**
     * Reports what a command threw, as the command line reports it: one line per problem on standard
     * error, the stack trace only for a bug and only when debugging.
     *
     * @param ex what the command threw
     * @param command the command's qualified name, e.g. {@code cdg-rules quote}
     * @param err standard error
     * @param debug whether a bug prints its stack trace
     * @return the exit code
     */
    static int report(Exception ex, String command, PrintWriter err, boolean debug) {
        int code = exitCode(ex);
        String message = code == ExitCodes.BUG
                ? "internal error (a bug of cdg-rules, please report it): " + ex.getClass().getName() + ": " + ex.getMessage()
                : ex.getMessage();
        if (ex instanceof fr.cdgrules.core.descriptor.InvalidDescriptorException d) {
            // one line per problem: every error of the descriptor, with its file and path
            d.errors().forEach(e -> err.println(command + ": " + oneLine(e.toString())));
        } else {
            err.println(command + ": " + oneLine(message));
        }
        if (code == ExitCodes.BUG && debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * The one line that reports an {@link Error} of the Java virtual machine (out of memory, stack
     * overflow, a class missing from the installation…), in words: no class name, no stack trace.
     *
     * @param e the error
     * @return the line, without the program's name
     */
    static String errorLine(Error e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + oneLine(e.getMessage()) + ")";
        if (e instanceof OutOfMemoryError) {
            return "out of memory" + detail + "; give Java more memory, e.g. CDG_RULES_JAVA_OPTS=-Xmx1g";
        }
        if (e instanceof StackOverflowError) {
            return "internal error (a bug of cdg-rules, please report it): the computation went too deep (stack overflow)";
        }
        return "internal error (a bug of cdg-rules, please report it): the Java virtual machine failed" + detail;
    }

    /**
     * @param ex an exception a command threw
     * @return its exit code
     */
    static int exitCode(Throwable ex) {
        if (ex instanceof UsageException || ex instanceof UnknownRuleModuleException
                || ex instanceof InvalidInputException || ex instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof RefusedException || ex instanceof CdgRulesException) {
            return ExitCodes.REFUSED;
        }
        return ExitCodes.BUG;
    }

    private static String name(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName();
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed";
        }
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
