package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cli.data.CommuneDirectory;
import fr.cdgrules.core.module.RuleModules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** {@code cdg-rules modules > /dev/full} exited 0 having written nothing: an unwritable output is an error. */
class OutputFailureTest {
    /** A writer like /dev/full: every write fails. */
    private static final class FullDevice extends Writer {
        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {}
    }

    @Test
    void aFullDiskIsExit74WithOneLineOnStderr() {
        CliContext context = CliContext.of(CliRunner.CLOCK, RuleModules::load, CommuneDirectory::bundled);
        StringWriter err = new StringWriter();
        int code = CdgRulesCli.run(context, new PrintWriter(new FullDevice()), new PrintWriter(err), "modules");
        assertEquals(ExitCodes.OUTPUT_FAILED, code);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().startsWith("cdg-rules: cannot write the output"), err::toString);
    }

    @Test
    void aRefusalKeepsItsOwnCodeEvenIfTheOutputFails() {
        CliContext context = CliContext.of(CliRunner.CLOCK, RuleModules::load, CommuneDirectory::bundled);
        StringWriter err = new StringWriter();
        int code = CdgRulesCli.run(context, new PrintWriter(new FullDevice()), new PrintWriter(err),
                "quote", "cdg79", "--commune", "79094", "--year", "2024");
        assertEquals(ExitCodes.REFUSED, code);
    }
}
