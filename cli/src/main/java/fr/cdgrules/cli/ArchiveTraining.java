package fr.cdgrules.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * The training runs of the launcher's class-data-sharing archives: the JVM records the classes a run
 * loads ({@code -XX:ArchiveClassesAtExit}) and maps them at later starts. The launcher keeps two archives,
 * since a larger archive takes longer to map: {@code text}, recorded from a quote with its explanation,
 * for commands that print text, CSV or a calendar; {@code json}, recorded from the same quote then a quote
 * in JSON (Jackson's classes make that archive four times larger), for commands that ask for JSON. Each
 * run prints nothing. Not part of the command line; the launcher runs it after a build.
 */
public final class ArchiveTraining {
    private static final List<String> TEXT = List.of("quote", "cdg79", "--commune", "79094", "--explain");
    private static final List<String> JSON = List.of("quote", "cdg79", "--commune", "79094", "--format", "json", "--explain");

    private ArchiveTraining() {}

    /**
     * Runs the training commands of one archive; exits with 1 if one of them did not end with 0 (the
     * archive is recorded all the same: it only makes starts faster), 2 for another argument.
     *
     * @param args {@code text} or {@code json}
     */
    public static void main(String[] args) {
        List<List<String>> commands = args.length != 1 ? List.of()
                : args[0].equals("text") ? List.of(TEXT)
                : args[0].equals("json") ? List.of(TEXT, JSON) : List.of();
        if (commands.isEmpty()) {
            System.err.println("cdg-rules: ArchiveTraining takes text or json");
            System.exit(ExitCodes.USAGE);
        }
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        int failed = 0;
        for (List<String> command : commands) {
            // through Main, as the launcher runs a command (its classes then enter the archive)
            if (Main.run(nowhere, nowhere, command.toArray(new String[0])) != ExitCodes.OK) {
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
