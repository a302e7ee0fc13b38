package fr.cdgrules.cli;

import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.module.RuleModule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --parameters FILE} and {@code --reading ID=OPTION}: a module derived for one run. */
final class ParameterOptions {
    @Option(names = "--parameters", paramLabel = "FILE",
            description = "Dated parameter versions supplied for this run (a descriptor fragment, YAML): "
                    + "added, or replacing the bundled version of the same day; traces name their act.")
    Path parameters;

    @Option(names = "--reading", paramLabel = "ID=OPTION",
            description = "Read an ambiguity another way, e.g. ceiling3500=INCLUDED_PER_TABLE (see 'cdg-rules articles'); repeatable.")
    Map<String, String> readings = new LinkedHashMap<>();

    /**
     * @param module a module
     * @return the module with the readings and parameter versions given
     */
    RuleModule apply(RuleModule module) {
        RuleModule m = readings.isEmpty() ? module : module.withReadings(readings);
        return parameters == null ? m : m.withParameters(DescriptorLoader.readFragment(parameters));
    }
}
