package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cli.data.CommuneDirectory;
import fr.cdgrules.core.module.RuleModules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An {@link Error} of the Java virtual machine (out of memory, stack overflow) ends the command line
 * with exit 1 and one line on standard error, without a stack trace unless debugging, whether the
 * plain quote or picocli runs the command; a bug in a plain quote is reported once, as picocli reports
 * it, without running the quote again.
 */
class ErrorsAndBugsTest {
    private record Run(int code, String out, String err) {}

    private static Run run(Supplier<RuleModules> modules, boolean debug, String... args) {
        CliContext context = CliContext.of(CliRunner.CLOCK, modules, CommuneDirectory::bundled);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CdgRulesCli.run(context, new PrintWriter(out), new PrintWriter(err), debug, args);
        return new Run(code, out.toString(), err.toString());
    }

    private static final List<List<String>> COMMANDS = List.of(
            List.of("quote", "cdg79", "--commune", "79094"), // the plain quote, without picocli
            List.of("quote", "cdg79", "--commune", "79094", "--population", "900"), // the same through picocli
            List.of("modules"), List.of("batch", "cdg79", "--department", "79"));

    @Test
    void outOfMemoryIsOneLineAndExitOne() {
        for (List<String> args : COMMANDS) {
            Run r = run(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, false, args.toArray(String[]::new));
            String what = String.join(" ", args);
            assertEquals(1, r.code(), what);
            assertEquals("", r.out(), what);
            assertEquals("cdg-rules: out of memory (Java heap space); give Java more memory, e.g. CDG_RULES_JAVA_OPTS=-Xmx1g\n",
                    r.err(), what);
        }
    }

    @Test
    void anyOtherErrorIsOneLineInWordsAndExitOne() {
        List<Error> errors = List.of(new StackOverflowError(), new NoClassDefFoundError("picocli/CommandLine"),
                new AssertionError((Object) null), new InternalError("multi\nline"));
        for (Error e : errors) {
            for (List<String> args : COMMANDS) {
                Run r = run(() -> {
                    throw e;
                }, false, args.toArray(String[]::new));
                String what = String.join(" ", args) + " / " + e;
                assertEquals(1, r.code(), what);
                assertEquals("", r.out(), what);
                assertTrue(r.err().startsWith("cdg-rules: internal error (a bug of cdg-rules, please report it): "), r.err());
                assertTrue(r.err().endsWith("\n") && r.err().indexOf('\n') == r.err().length() - 1, "one line: " + r.err());
                assertFalse(r.err().contains("Error") || r.err().contains("java.") || r.err().contains("\tat "), r.err());
            }
        }
    }

    @Test
    void debuggingAddsTheStackTrace() {
        Run r = run(() -> {
            throw new StackOverflowError();
        }, true, "quote", "cdg79", "--commune", "79094");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("cdg-rules: internal error (a bug of cdg-rules, please report it): the computation went too deep"),
                r.err());
        assertTrue(r.err().contains("java.lang.StackOverflowError") && r.err().contains("\tat "), r.err());
    }

    @Test
    void aBugInAPlainQuoteIsReportedOnceAsPicocliReportsIt() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<RuleModules> buggy = () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("boom");
        };
        Run plain = run(buggy, false, "quote", "cdg79", "--commune", "79094");
        assertEquals(1, calls.get(), "the quote is not run a second time");
        assertEquals(1, plain.code());
        assertEquals("", plain.out());
        // what the whole command line (picocli, every command) prints for the same bug
        CliContext context = CliContext.of(CliRunner.CLOCK, buggy, CommuneDirectory::bundled);
        StringWriter err = new StringWriter();
        picocli.CommandLine whole = CdgRulesCli.commandLine(context);
        whole.setOut(new PrintWriter(new StringWriter()));
        whole.setErr(new PrintWriter(err, true));
        assertEquals(1, whole.execute("quote", "cdg79", "--commune", "79094"));
        assertEquals(err.toString(), plain.err());
        assertEquals("cdg-rules quote: internal error (a bug of cdg-rules, please report it): java.lang.IllegalStateException: boom\n",
                plain.err());
        Run debug = run(buggy, true, "quote", "cdg79", "--commune", "79094");
        assertTrue(debug.err().contains("\tat "), debug.err());
    }
}
