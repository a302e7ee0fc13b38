package fr.cdgrules.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    /** @return the top-level command, for {@link CommandLines} */
    static CdgRulesCli command() {
        return new CdgRulesCli();
    }

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
        Main.main(args);
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
                CommandLine cl = CommandLines.commandLine(context, debug, args.length > 0 ? args[0] : null);
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
        return CommandLines.commandLine(context, false, null);
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
