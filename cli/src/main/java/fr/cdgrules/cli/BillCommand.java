package fr.cdgrules.cli;

import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.YearSettlement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bill cucm --timesheet FILE.json [--estimate]}: the estimate or invoice of a CUCM replacement mission. */
@Command(name = "bill", mixinStandardHelpOptions = true,
        description = {"The estimate or the invoice of a CUCM replacement mission, or the invoice of CDG79 hourly interventions.",
            "Hours worked per budget year, prepaid hours (bought by the cotisation) deducted first, the rest at the hourly "
                + "unit cost of the year, and the due date (30 days after receipt of the titre de recettes). The mission "
                + "sheet is a JSON file in the cucm module's format (see examples/samples/mission-marigny-2023.json)."},
        footer = {"", "Without --estimate: the invoice, from the timesheet. With --estimate: the provisional cost, "
                + "from the planned hours.",
            "Example: cdg-rules bill cucm --timesheet examples/samples/mission-marigny-2023.json",
            "Example: cdg-rules bill cdg79 --interventions examples/samples/interventions-clesse-2026.json"})
final class BillCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Mixin
    ParameterOptions parameters = new ParameterOptions();

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id: cucm (--timesheet) or cdg79 (--interventions).")
    String module;

    @Option(names = "--timesheet", paramLabel = "FILE.json", description = "cucm: the mission sheet (JSON).")
    Path timesheet;

    @Option(names = "--interventions", paramLabel = "FILE.json",
            description = "cdg79: the commune, its membership years, the invoice date and the interventions (JSON).")
    Path interventions;

    @Option(names = "--estimate", description = "The estimate (provisional cost) instead of the invoice.")
    boolean estimate;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    @Option(names = "--explain", description = "Add the full computation trace.")
    boolean explain;

    @Mixin
    ReconductionOptions reconduction = new ReconductionOptions();

    BillCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, rules, parameters, module);
        if (interventions != null) {
            return billInterventions(m);
        }
        if (timesheet == null) {
            throw new UsageException("give --timesheet FILE.json (cucm) or --interventions FILE.json (cdg79)");
        }
        fr.cdgrules.cucm.CucmRules cucm = m.capability(fr.cdgrules.cucm.CucmRules.class).orElseThrow(() ->
                new RefusedException("module '" + m.id() + "' does not bill replacement missions; bill: cucm"));
        MissionSheet sheet = InputFiles.readJson("--timesheet", timesheet, MissionSheet.class);
        CucmRules rules = reconduction.apply(cucm);
        MissionBill bill = estimate ? rules.estimate(sheet) : rules.invoice(sheet);
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            out.println(Json.pretty(json(m, sheet, bill)));
        } else {
            printText(out, sheet, bill);
        }
        return ExitCodes.OK;
    }

    private Integer billInterventions(RuleModule m) {
        fr.cdgrules.cdg79.Cdg79Rules rules = m.capability(fr.cdgrules.cdg79.Cdg79Rules.class).orElseThrow(() ->
                new RefusedException("module '" + m.id() + "' does not bill hourly interventions; bill --interventions: cdg79"));
        if (estimate) {
            throw new UsageException("--estimate applies to a cucm mission (--timesheet), not to --interventions");
        }
        InterventionsFile f = InputFiles.readJson("--interventions", interventions, InterventionsFile.class);
        fr.cdgrules.cdg79.intervention.InterventionBill bill = rules.invoice(f.commune(),
                fr.cdgrules.cdg79.fee.Membership.of(new java.util.ArrayList<>(f.membership())), f.interventions(), f.issuedOn());
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.JSON) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("module", m.id());
            o.put("commune", Json.object("code", f.commune().code(), "name", f.commune().name()));
            o.put("membership", f.membership());
            o.put("total", bill.total());
            o.put("bill", bill.bill());
            o.put("outcomes", explain ? bill.outcomes() : bill.outcomes().stream().map(x -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("intervention", x.intervention());
                one.put("kind", x.kind());
                one.put("line", x.line().orElse(null));
                return one;
            }).toList());
            o.put("citations", bill.bill().citations());
            out.println(Json.pretty(o));
        } else {
            out.print(bill.render());
            if (!bill.render().endsWith("\n")) {
                out.println();
            }
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> json(RuleModule m, MissionSheet sheet, MissionBill bill) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("module", m.id());
        o.put("kind", bill.bill().kind());
        Map<String, Object> commune = new LinkedHashMap<>();
        commune.put("code", sheet.commune().code());
        commune.put("name", sheet.commune().name());
        o.put("commune", commune);
        o.put("mission", sheet.firstDay() + "/" + sheet.lastDay());
        o.put("total", bill.total());
        o.put("dueDate", bill.dueDate().orElse(null));
        o.put("hoursBillable", bill.hoursBillable());
        o.put("prepaidUsed", bill.prepaidUsed());
        o.put("hoursBilled", bill.hoursBilled());
        o.put("bill", bill.bill());
        o.put("settlements", bill.settlements());
        o.put("findings", bill.findings().all());
        o.put("citations", bill.bill().citations());
        if (explain) {
            o.put("explanation", bill.explanation());
        }
        return o;
    }

    private void printText(PrintWriter out, MissionSheet sheet, MissionBill bill) {
        out.print(bill.bill().render());
        if (!bill.bill().render().endsWith("\n")) {
            out.println();
        }
        out.println("Mission of " + sheet.commune() + " from " + sheet.firstDay() + " to " + sheet.lastDay());
        for (YearSettlement y : bill.settlements()) {
            out.println("  " + y.year() + ": " + y.hoursBillable() + " h billable (" + y.hoursWorked() + " h worked"
                    + (y.rttHoursBilled().isZero() ? "" : ", " + y.rttHoursBilled() + " h of RTT")
                    + (y.hoursNotBilled().isZero() ? "" : ", " + y.hoursNotBilled() + " h not billed") + ")"
                    + "; prepaid " + y.prepaidUsed() + " h used of " + y.prepaidGranted() + " h bought by the "
                    + y.cotisation().toDisplayString() + " cotisation"
                    + (y.prepaidAlreadyUsed().isZero() ? "" : " (" + y.prepaidAlreadyUsed() + " h used before)")
                    + "; " + y.hoursBilled() + " h billed at " + y.hourlyRate().toDisplayString() + "/h"
                    + (y.costProvisional() ? " (provisional cost: not revised for " + y.year() + ")" : ""));
        }
        out.println("Total " + bill.total().toDisplayString()
                + bill.dueDate().map(d -> ", due " + d).orElse(estimate ? "" : ", due 30 days after receipt of the titre de recettes"));
        for (Finding f : bill.findings().all()) {
            out.println(f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.citation() + "]");
        }
        if (explain) {
            out.println();
            out.print(bill.explanation().render());
        }
    }
}
