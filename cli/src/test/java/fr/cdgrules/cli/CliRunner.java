package fr.cdgrules.cli;

import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.cli.data.CommuneDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/** Runs the command line in-process with captured out/err and a fixed clock (2026-05-15 10:00 Paris). */
final class CliRunner {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-15T08:00:00Z"), CliContext.paris());

    /** The outcome of one run. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private final CliContext context;

    CliRunner(Supplier<RuleModules> modules) {
        this.context = CliContext.of(CLOCK, modules, CommuneDirectory::bundled);
    }

    /** @return a runner over the fake modules and the bundled communes */
    static CliRunner fakes() {
        return new CliRunner(FakeModules::all);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CdgRulesCli.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
