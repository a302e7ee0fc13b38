package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The entry point {@link Main} in a JVM of its own, as the launcher runs it: its output and exit codes,
 * and what a plain quote loads. The classes loaded are facts, not timings: a plain quote must not load
 * picocli (read and verified at each start), the time-zone rules (a quote for a given year needs none),
 * {@code java.util.Formatter}, nor the descriptor of a module it does not use.
 */
class MainTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private record Run(int code, String out, String err) {}

    private static Run run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(Main.class, jvmOptions, args);
    }

    private static Run run(Class<?> main, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("cdg-rules-main", ".err"); // (a full pipe would block the process)
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command line did not end");
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void aQuoteIsPrintedAndEndsWithZero() throws Exception {
        Run r = run(List.of(), "quote", "cdg79", "--commune", "79094", "--year", "2026");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("annual fee     150.00 €"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void anUnknownModuleIsAUsageError() throws Exception {
        Run r = run(List.of(), "quote", "nope", "--commune", "79094");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("cdg-rules quote: unknown rule module 'nope'"), r::toString);
    }

    @Test
    void aPlainQuoteLoadsOnlyWhatItUses() throws Exception {
        Run r = run(List.of("-Xlog:class+load=info:stderr"), "quote", "cdg79", "--commune", "79094");
        assertEquals(0, r.code(), r::toString);
        String loaded = r.err();
        assertTrue(loaded.contains("fr.cdgrules.cdg79.Cdg79Descriptor "), "the log lists the classes loaded");
        for (String absent : List.of("picocli.", "java.time.zone.", "java.util.Formatter ",
                "fr.cdgrules.cdg44.Cdg44Descriptor ", "fr.cdgrules.cdg62.Cdg62Descriptor ", "fr.cdgrules.cucm.CucmDescriptor ",
                "fr.cdgrules.cdg44.Cdg44Rules ", "fr.cdgrules.cdg62.Cdg62Rules ", "fr.cdgrules.cucm.CucmRules ")) {
            assertFalse(loaded.contains(absent), () -> "a plain quote loaded " + absent.strip());
        }
    }

    @Test
    void theArchivesTrainingRunsPrintNothingAndEndWithZero() throws Exception {
        for (String kind : List.of("text", "json")) {
            Run r = run(ArchiveTraining.class, List.of(), kind);
            assertEquals(new Run(0, "", ""), r, kind);
        }
        Run r = run(ArchiveTraining.class, List.of(), "xml");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals("cdg-rules: ArchiveTraining takes text or json\n", r.err());
    }
}
