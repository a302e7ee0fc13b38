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
        PrintWriter err = cl.getErr();
        int code = exitCode(ex);
        String message = code == ExitCodes.BUG
                ? "internal error (a bug of cdg-rules, please report it): " + ex.getClass().getName() + ": " + ex.getMessage()
                : ex.getMessage();
        if (ex instanceof fr.cdgrules.core.descriptor.InvalidDescriptorException d) {
            // one line per problem: every error of the descriptor, with its file and path
            d.errors().forEach(e -> err.println(name(cl) + ": " + oneLine(e.toString())));
        } else {
            err.println(name(cl) + ": " + oneLine(message));
        }
        if (code == ExitCodes.BUG && debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
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
