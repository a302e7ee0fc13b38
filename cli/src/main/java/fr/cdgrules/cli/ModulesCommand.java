package fr.cdgrules.cli;

import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modules}: the rule modules found through the SPI. */
@Command(name = "modules", mixinStandardHelpOptions = true,
        description = {"The rule modules found through the SPI.", "Id, issuing body, territory, whether it sets an annual fee, and the source texts."})
final class ModulesCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    ModulesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<RuleModule> modules = context.modules().all();
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (RuleModule m : modules) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", m.id());
                o.put("issuingBody", m.issuingBody());
                o.put("territory", m.territory().description());
                o.put("territoryCitation", m.territory().citation().toString());
                o.put("annualFee", m.annualFees().isPresent());
                o.put("commands", commands(m));
                o.put("sources", m.sources());
                list.add(o);
            }
            out.println(Json.pretty(list));
            return ExitCodes.OK;
        }
        if (modules.isEmpty()) {
            out.println("no rule module found on the class path");
        }
        for (RuleModule m : modules) {
            out.println(m.id() + "  " + m.issuingBody());
            out.println("    territory   " + m.territory());
            out.println("    annual fee  " + (m.annualFees().isPresent() ? "yes" : "none"));
            out.println("    commands    " + String.join(", ", commands(m)));
            for (SourceText s : m.sources()) {
                out.println("    source " + s.id() + "  " + s.file() + " — " + s.title());
            }
        }
        return ExitCodes.OK;
    }

    /** @return the commands that apply to a module */
    static List<String> commands(RuleModule m) {
        List<String> list = new ArrayList<>();
        if (m.annualFees().isPresent()) {
            list.add("quote");
            list.add("batch");
        }
        list.add("deadlines");
        if (m.annualFees().isPresent()) {
            list.add("fees");
        }
        if (m.annualFees().isPresent() && m.capability(fr.cdgrules.core.module.TariffRevision.class).isPresent()) {
            list.add("simulate");
        }
        if (m.capability(fr.cdgrules.cucm.CucmRules.class).isPresent()
                || m.capability(fr.cdgrules.cdg79.Cdg79Rules.class).isPresent()) {
            list.add("bill");
        }
        if (m.capability(fr.cdgrules.cucm.CucmRules.class).isPresent()) {
            list.add("statement");
        }
        if (m.capability(fr.cdgrules.cdg79.Cdg79Rules.class).isPresent()) {
            list.add("access");
        }
        if (m.capability(fr.cdgrules.cdg62.Cdg62Rules.class).isPresent()) {
            list.add("compliance");
        }
        if (m.capability(fr.cdgrules.cdg44.Cdg44Rules.class).isPresent()) {
            list.add("cohort");
            list.add("who-pays");
        }
        return list;
    }
}
