package fr.cdgrules.cli;

import fr.cdgrules.cdg79.Cdg79Module;
import fr.cdgrules.cdg79.charter.AccessDecision;
import fr.cdgrules.cdg79.charter.AccessRequest;
import fr.cdgrules.core.module.RuleModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code access cdg79 --request FILE.json}: the CDG79 platform charter's access decision. */
@Command(name = "access", mixinStandardHelpOptions = true,
        description = {"The access decision of the CDG79 collaborative platform for a request.",
            "Every condition of the charter examined, met or not, with its articles; granted only when all are met. "
                + "The request is a JSON file in the cdg79 module's format (see examples/samples/access-request-clesse.json)."},
        footer = {"", "Exit code 0 whether access is granted or refused: the decision is the result.",
            "Example: cdg-rules access cdg79 --request examples/samples/access-request-clesse.json"})
final class AccessCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id: cdg79 (the only one with a platform charter).")
    String module;

    @Option(names = "--request", required = true, paramLabel = "FILE.json", description = "The access request (JSON).")
    Path request;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    AccessCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, module);
        fr.cdgrules.cdg79.Cdg79Rules cdg79 = m.capability(fr.cdgrules.cdg79.Cdg79Rules.class).orElseThrow(() ->
                new RefusedException("module '" + m.id() + "' has no platform charter; access decisions: " + Cdg79Module.ID));
        AccessRequest r = InputFiles.readJson("--request", request, AccessRequest.class);
        AccessDecision d = cdg79.decide(r);
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            out.println(Json.pretty(d));
        } else {
            out.print(d.render());
        }
        return ExitCodes.OK;
    }
}
