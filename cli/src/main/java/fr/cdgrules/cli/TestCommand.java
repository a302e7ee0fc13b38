package fr.cdgrules.cli;

import fr.cdgrules.core.descriptor.DescriptorTestCases;
import fr.cdgrules.core.descriptor.TestCaseResult;
import fr.cdgrules.core.module.RuleModule;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test <module>}: runs the test cases of the module's descriptor. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs the test cases of a module's descriptor (input, expected output, articles).",
            "Exit 0 if every case passes, 1 if one fails (the rules disagree with their own data)."},
        footer = {"", "Example: cdg-rules test cdg00 --rules ./rules"})
final class TestCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Mixin
    ParameterOptions parameters = new ParameterOptions();

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id (see 'cdg-rules modules').")
    String module;

    TestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, rules, parameters, module);
        if (m.descriptor().isEmpty()) {
            throw new RefusedException("module '" + m.id() + "' has no descriptor, hence no test cases");
        }
        List<TestCaseResult> results = DescriptorTestCases.run(m);
        PrintWriter out = spec.commandLine().getOut();
        long failed = results.stream().filter(r -> !r.passed()).count();
        for (TestCaseResult r : results) {
            out.println((r.passed() ? "ok     " : "FAILED ") + r.testCase().kind() + " '" + r.testCase().name() + "' ["
                    + String.join(", ", r.testCase().articles().stream().map(Object::toString).toList()) + "]");
            r.failures().forEach(f -> out.println("         " + f));
        }
        out.println(results.size() + " test cases, " + failed + " failed");
        return failed == 0 ? ExitCodes.OK : ExitCodes.BUG;
    }
}
