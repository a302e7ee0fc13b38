package fr.cdgrules.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of the launcher {@code ./cdg-rules} and of the launcher jar: {@link CdgRulesCli#main}
 * in a class of its own. The Java launcher looks the main method up by reflection, which loads the types
 * of every public method of the main class; {@link CdgRulesCli}'s include picocli's {@code CommandLine},
 * whose classes are read and verified at each start, even for a plain quote that never uses them.
 */
public final class Main {
    private Main() {}

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
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line on the real clock, modules and data ({@code CDG_RULES_DEBUG} set: a bug prints
     * its stack trace), as {@link #main} does, and as the archives' training runs do.
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return CdgRulesCli.run(CliContext.system(), out, err, System.getenv("CDG_RULES_DEBUG") != null, args);
    }
}
