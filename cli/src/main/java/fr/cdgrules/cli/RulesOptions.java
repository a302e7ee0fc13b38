package fr.cdgrules.cli;

import fr.cdgrules.core.module.RuleModules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: descriptors loaded beside the bundled modules, on every command. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load the body descriptors (*.yaml) of this directory or file; repeatable. "
                    + "A descriptor replaces a bundled module of the same id.")
    List<Path> rules = new ArrayList<>();

    /**
     * @param context the context
     * @return the bundled modules plus those of the descriptors given
     */
    RuleModules modules(CliContext context) {
        return rules.isEmpty() ? context.modules() : context.modules().withDescriptors(rules);
    }
}
