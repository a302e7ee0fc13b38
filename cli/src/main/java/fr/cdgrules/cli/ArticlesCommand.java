package fr.cdgrules.cli;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.descriptor.Article;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.module.RuleModule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code articles <module>}: each article of the module's texts with what cites it, and the articles nobody cites. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = {"Each article of a module's texts with the rules, hooks and test cases that cite it, then the articles nobody cites.",
            "Needs a module built on a descriptor."},
        footer = {"", "Example: cdg-rules articles cdg79"})
final class ArticlesCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id (see 'cdg-rules modules').")
    String module;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    ArticlesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, rules, null, module);
        Descriptor d = m.descriptor().orElseThrow(() -> new RefusedException("module '" + m.id()
                + "' has no descriptor: its articles are not declared"));
        PrintWriter out = spec.commandLine().getOut();
        List<Article> uncited = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (Article a : d.articles()) {
            List<String> by = d.citedBy().getOrDefault(a.citation(), List.of());
            if (by.isEmpty()) {
                uncited.add(a);
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("article", a.citation().toString());
            o.put("heading", a.heading().orElse(null));
            o.put("prose", a.prose());
            o.put("citedBy", by);
            json.add(o);
            if (format == TextOrJson.TEXT) {
                out.println(a.citation() + a.heading().map(h -> " — " + h).orElse("") + (a.prose() ? " (prose)" : ""));
                by.forEach(b -> out.println("    " + b));
            }
        }
        if (format == TextOrJson.JSON) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("module", m.id());
            root.put("articles", json);
            root.put("uncited", uncited.stream().map(a -> a.citation().toString()).toList());
            out.println(Json.pretty(root));
            return ExitCodes.OK;
        }
        out.println();
        out.println(uncited.isEmpty() ? "every article is cited"
                : "cited by nothing: " + String.join(", ", uncited.stream().map(Article::citation).map(Citation::toString).toList()));
        return ExitCodes.OK;
    }
}
