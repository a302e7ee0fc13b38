package fr.cdgrules.cli;

import fr.cdgrules.cdg44.Cdg44Rules;
import fr.cdgrules.cdg44.financing.Cost;
import fr.cdgrules.cdg44.financing.CostAllocation;
import fr.cdgrules.cdg44.financing.TraineeSituation;
import fr.cdgrules.cdg44.financing.TraineeStatus;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.module.RuleModule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code who-pays cdg44 --status STATUS --on DATE}: who bears each cost for a trainee situation. */
@Command(name = "who-pays", mixinStandardHelpOptions = true,
        description = {"Who bears each cost of the Pays de la Loire training scheme for a trainee, on a day of the training.",
            "One row per cost: the payer and its extent with the text's words and articles, or 'no payer named' where the "
                + "text names none."},
        footer = {"", "Statuses: JOB_SEEKER_WITH_ARE (with --are-rights-last-day for rights ending during the training), "
                + "JOB_SEEKER_WITHOUT_ARE, REGION_AGENT_IN_RETRAINING.",
            "Example: cdg-rules who-pays cdg44 --status JOB_SEEKER_WITH_ARE --are-rights-last-day 2025-10-31 --on 2025-11-03"})
final class WhoPaysCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id: cdg44.")
    String module;

    @Option(names = "--status", required = true, paramLabel = "STATUS", description = "The trainee's status: ${COMPLETION-CANDIDATES}.")
    TraineeStatus status;

    @Option(names = "--are-rights-last-day", paramLabel = "YYYY-MM-DD", description = "Last day of the job seeker's ARE rights.")
    LocalDate areRightsLastDay;

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "A day of the training.")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    WhoPaysCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, module);
        Cdg44Rules rules = m.capability(Cdg44Rules.class).orElseThrow(() -> new RefusedException("module '" + m.id()
                + "' has no financing table; who-pays: cdg44"));
        TraineeSituation situation;
        if (areRightsLastDay != null) {
            if (status != TraineeStatus.JOB_SEEKER_WITH_ARE) {
                throw new UsageException("--are-rights-last-day goes with --status JOB_SEEKER_WITH_ARE");
            }
            situation = TraineeSituation.jobSeekerWithAreEndingOn(areRightsLastDay);
        } else {
            situation = TraineeSituation.of(status);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Cost c : Cost.values()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("cost", c);
            try {
                CostAllocation a = rules.financing().whoPays(c, situation, on);
                r.put("status", a.status());
                r.put("payer", a.payer());
                r.put("extent", a.extent());
                r.put("quote", a.quote());
                r.put("citations", a.citations());
            } catch (NoRuleAppliesException e) {
                r.put("payer", null);
                r.put("reason", e.getMessage());
                r.put("citations", e.rules());
            }
            rows.add(r);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("module", m.id());
            o.put("situation", situation);
            o.put("on", on);
            o.put("costs", rows);
            out.println(Json.pretty(o));
            return ExitCodes.OK;
        }
        out.println("Who pays, " + status + (areRightsLastDay == null ? "" : " (ARE rights to " + areRightsLastDay + ")")
                + ", on " + on + ":");
        for (Map<String, Object> r : rows) {
            out.println(String.format(Locale.ROOT, "  %-34s %s", r.get("cost"), r.get("payer") == null
                    ? "no payer named — " + r.get("reason")
                    : r.get("payer") + " (" + r.get("extent") + ") « " + r.get("quote") + " » " + r.get("citations")));
        }
        return ExitCodes.OK;
    }
}
