package fr.cdgrules.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.assistance.AssistanceEntry;
import fr.cdgrules.cdg62.assistance.AssistanceReport;
import fr.cdgrules.cdg62.assistance.AssistanceYear;
import fr.cdgrules.cdg62.convention.CommitmentReport;
import fr.cdgrules.cdg62.convention.CommitmentStatus;
import fr.cdgrules.cdg62.convention.EAdministrationConvention;
import fr.cdgrules.cdg62.convention.Fulfilment;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.territory.Collectivity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compliance cdg62 --log FILE --as-of DATE}: the assistance per convention year and the open commitments. */
@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = {"The compliance report of a CDG62 e-administration convention on a date.",
            "Per convention year: the « 2 heures par an » of assistance due (pro rata for a partial year), delivered and "
                + "short; and each commitment of either party, fulfilled or open, with its article."},
        footer = {"", "The log file (JSON): commune, additionalContribution (PAYING/NOT_PAYING), serviceType, start, "
                + "fulfilments [{commitment, fulfilledOn}], assistance [{date, hours, description}].",
            "Example: cdg-rules compliance cdg62 --log examples/samples/assistance-libercourt.json --as-of 2026-06-30"})
final class ComplianceCommand implements Callable<Integer> {
    /**
     * The log file.
     *
     * @param commune the collectivity
     * @param additionalContribution whether it pays the cotisation additionnelle
     * @param serviceType the service type of the convention
     * @param start the first day in force
     * @param fulfilments the commitments fulfilled
     * @param assistance the assistance delivered
     */
    record Log(@JsonProperty("commune") Collectivity commune,
            @JsonProperty("additionalContribution") AdditionalContribution additionalContribution,
            @JsonProperty("serviceType") ServiceType serviceType, @JsonProperty("start") LocalDate start,
            @JsonProperty("fulfilments") List<Fulfilment> fulfilments,
            @JsonProperty("assistance") List<AssistanceEntry> assistance) {
        Log {
            if (commune == null || additionalContribution == null || serviceType == null || start == null) {
                throw new fr.cdgrules.core.error.InvalidInputException(commune == null ? "commune"
                        : additionalContribution == null ? "additionalContribution"
                        : serviceType == null ? "serviceType" : "start", null, "is required");
            }
            fulfilments = fulfilments == null ? List.of() : List.copyOf(fulfilments);
            assistance = assistance == null ? List.of() : List.copyOf(assistance);
        }
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOptions rulesOptions = new RulesOptions();

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id: cdg62.")
    String module;

    @Option(names = "--log", required = true, paramLabel = "FILE.json", description = "The convention and its assistance log (JSON).")
    Path log;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The date of the report.")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    ComplianceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, rulesOptions, null, module);
        Cdg62Rules rules = m.capability(Cdg62Rules.class).orElseThrow(() -> new RefusedException("module '" + m.id()
                + "' has no compliance report; compliance: cdg62"));
        Log l = InputFiles.readJson("--log", log, Log.class);
        EAdministrationConvention c = rules.conclude(l.commune(), l.additionalContribution(), l.serviceType(), l.start());
        for (Fulfilment f : l.fulfilments()) {
            c = c.withFulfilment(f);
        }
        for (AssistanceEntry e : l.assistance()) {
            c = c.withAssistance(e);
        }
        CommitmentReport commitments = c.commitmentReport(asOf);
        AssistanceReport assistance = c.assistanceReport(asOf);
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("module", m.id());
            o.put("commune", Json.object("code", l.commune().code(), "name", l.commune().name()));
            o.put("asOf", asOf);
            o.put("convention", Json.object("start", c.start(), "finalEnd", c.finalEnd()));
            o.put("assistance", assistance);
            o.put("commitments", commitments);
            o.put("open", commitments.open());
            out.println(Json.pretty(o));
            return ExitCodes.OK;
        }
        out.println("Compliance of " + l.commune() + " on " + asOf + " (" + m.id() + ", " + l.serviceType() + ")");
        out.println("Convention in force " + c.start() + " to " + c.finalEnd());
        out.println();
        out.println("Assistance per convention year (« 2 heures par an »):");
        for (AssistanceYear y : assistance.years()) {
            out.println(String.format(Locale.ROOT, "  %s to %s: due %s h, delivered %s h, short %s h%s", y.yearStart(),
                    y.yearEnd(), y.hoursDue(), y.hoursDelivered(), y.shortfall(),
                    y.closed() ? (y.isMet() ? " — met" : " — not met") : " — year not over"));
        }
        out.println("  overdue shortfall " + assistance.overdueShortfall() + " h");
        for (Finding f : assistance.findings().all()) {
            out.println("  " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.citation() + "]");
        }
        out.println();
        out.println("Commitments (" + commitments.fulfilled().size() + " fulfilled, " + commitments.open().size() + " open):");
        for (CommitmentStatus s : commitments.statuses()) {
            out.println("  " + s);
        }
        return ExitCodes.OK;
    }

}
