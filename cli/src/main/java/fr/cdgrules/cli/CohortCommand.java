package fr.cdgrules.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg44.Cdg44Rules;
import fr.cdgrules.cdg44.cohort.AdmissionDecision;
import fr.cdgrules.cdg44.cohort.Candidate;
import fr.cdgrules.cdg44.cohort.CohortAdmission;
import fr.cdgrules.cdg44.cohort.Session;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.RuleModule;
import java.io.PrintWriter;
import java.nio.file.Path;
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

/** {@code cohort cdg44 --plan FILE}: the check of a training session's plan and the admission order of its candidates. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"The plan check of a training session of the Pays de la Loire scheme and the admission order.",
            "The session (département, start) is checked against the scheme's calendar and cohort size (12 to 18); each "
                + "candidate is admitted, put on the waiting list or refused, with the reason and the articles."},
        footer = {"", "The plan file (JSON): session {department, startsOn}, candidates [{id, category, appliedOn, "
                + "employerDepartment?, immersion? {days, validated}}].",
            "Example: cdg-rules cohort cdg44 --plan examples/samples/cohort-le-mans-2025.json"})
final class CohortCommand implements Callable<Integer> {
    /**
     * The plan file.
     *
     * @param session the session
     * @param candidates the candidates
     */
    record Plan(@JsonProperty("session") Session session, @JsonProperty("candidates") List<Candidate> candidates) {
        Plan {
            if (session == null) {
                throw new fr.cdgrules.core.error.InvalidInputException("session", null, "is required");
            }
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id: cdg44.")
    String module;

    @Option(names = "--plan", required = true, paramLabel = "FILE.json", description = "The session and its candidates (JSON).")
    Path plan;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    CohortCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, module);
        Cdg44Rules rules = m.capability(Cdg44Rules.class).orElseThrow(() -> new RefusedException("module '" + m.id()
                + "' has no training cohorts; cohort: cdg44"));
        Plan p = InputFiles.readJson("--plan", plan, Plan.class);
        Findings check = rules.cohorts().checkPlan(p.session(), p.candidates().size());
        CohortAdmission admission = rules.cohorts().admit(p.session(), p.candidates());
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("module", m.id());
            o.put("session", p.session());
            o.put("planFindings", check.all());
            o.put("decisions", admission.decisions());
            o.put("admissionFindings", admission.findings().all());
            out.println(Json.pretty(o));
            return ExitCodes.OK;
        }
        out.println("Session " + p.session() + ": " + p.candidates().size() + " candidate(s), "
                + admission.admitted().size() + " admitted");
        out.println("Plan check: " + (check.all().isEmpty() ? "no finding" : check.all().size() + " finding(s)"));
        for (Finding f : check.all()) {
            out.println("  " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.citation() + "]");
        }
        out.println("Admission order:");
        for (AdmissionDecision d : admission.decisions()) {
            out.println("  " + d);
        }
        for (Finding f : admission.findings().all()) {
            out.println("  " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.citation() + "]");
        }
        return ExitCodes.OK;
    }
}
