package fr.cdgrules.cucm.billing;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.Bill;
import fr.cdgrules.core.billing.BillingEngine;
import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.billing.Timesheet;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.cost.UnitCosts;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import fr.cdgrules.cucm.source.CucmText;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Estimates and invoices of replacement missions, through one core {@link BillingEngine} per
 * mission (the same {@link ReplacementPricing} for both):
 *
 * <ul>
 *   <li>the provisional cost: "Avant toute mission, la CUCM établira un coût prévisionnel sur la base
 *       de la durée prévisionnelle de la mission afin de recueillir le consentement de la commune"
 *       (art. 5; contract art. 2: "à titre prévisionnel, cette prestation de remplacement coutera, selon
 *       le tarif en vigueur, la somme de XXX euros correspondant à XXX heures de travail") — priced from
 *       the forecast hours ({@link MissionSheet#plannedHours()}), dated on the first day of the mission;
 *   <li>the final amount: "Le montant définitif [...] sera fixé à la fin de la mission sur la base d'un
 *       relevé d'heures" (contract art. 2) — priced from the timesheet;
 *   <li>payment: "La commune concernée disposera alors d'un délai de paiement de 30 jours" from the
 *       receipt of the titre de recettes (art. 5): due on receipt + 30 calendar days.
 * </ul>
 */
public final class MissionBilling {
    /** "un délai de paiement de 30 jours" from receipt of the titre de recettes (art. 5). */
    public static final PaymentTerm PAYMENT_TERM = PaymentTerm.ofDays(30, CucmText.ART_5);

    private final CotisationRule cotisation;
    private final UnitCosts costs;
    private final RttRule rtt;

    private MissionBilling(CotisationRule cotisation, UnitCosts costs, RttRule rtt) {
        this.cotisation = Objects.requireNonNull(cotisation);
        this.costs = Objects.requireNonNull(costs);
        this.rtt = Objects.requireNonNull(rtt);
    }

    /**
     * @param cotisation the cotisation rule (prepaid hours)
     * @param costs the hourly unit costs
     * @param rtt the RTT rule
     * @return the billing
     */
    public static MissionBilling of(CotisationRule cotisation, UnitCosts costs, RttRule rtt) {
        return new MissionBilling(cotisation, costs, rtt);
    }

    /**
     * @param sheet the mission, with its forecast hours
     * @return the provisional cost
     * @throws InvalidInputException if the forecast hours are missing, the commune is not eligible or
     *     the mission is outside the framework convention
     */
    public MissionBill estimate(MissionSheet sheet) {
        Hours planned = sheet.plannedHours().orElseThrow(() -> new InvalidInputException("plannedHours",
                CucmText.ART_5, "the provisional cost is computed « sur la base de la durée prévisionnelle de la "
                        + "mission »: give the forecast hours"));
        Timesheet forecast = Timesheet.of(List.of(TimesheetEntry.of(sheet.firstDay(), planned, Activity.WORK)
                .withNote("forecast hours of the mission")));
        ReplacementPricing pricing = ReplacementPricing.of(sheet, cotisation, costs, rtt);
        Bill bill = BillingEngine.of(pricing, PAYMENT_TERM).estimate(subject(sheet, "provisional cost"), forecast,
                sheet.estimateIssuedOn().orElse(sheet.firstDay()));
        return assemble(sheet, pricing, forecast, bill, true);
    }

    /**
     * @param sheet the mission, with its timesheet
     * @return the final amount, with its due date when the receipt date is known
     * @throws InvalidInputException if the timesheet is empty, the commune is not eligible or the
     *     mission is outside the framework convention
     */
    public MissionBill invoice(MissionSheet sheet) {
        if (sheet.timesheet().isEmpty()) {
            throw new InvalidInputException("timesheet", CucmText.CONTRACT_ART_2, "the final amount is fixed « sur la "
                    + "base d'un relevé d'heures »: the timesheet is empty");
        }
        Timesheet timesheet = sheet.actualTimesheet();
        ReplacementPricing pricing = ReplacementPricing.of(sheet, cotisation, costs, rtt);
        Bill bill = BillingEngine.of(pricing, PAYMENT_TERM).invoice(subject(sheet, "final amount"), timesheet,
                sheet.invoiceIssuedOn().orElse(sheet.lastDay()));
        if (sheet.titreReceivedOn().isPresent()) {
            bill = bill.withReceivedOn(sheet.titreReceivedOn().get());
        }
        return assemble(sheet, pricing, timesheet, bill, false);
    }

    private static String subject(MissionSheet sheet, String what) {
        return "replacement mission at " + sheet.commune() + " from " + sheet.firstDay() + " to " + sheet.lastDay()
                + ", " + what;
    }

    private MissionBill assemble(MissionSheet sheet, ReplacementPricing pricing, Timesheet hours, Bill bill,
            boolean estimate) {
        List<YearSettlement> settlements = pricing.settle(hours);
        List<Finding> findings = new ArrayList<>();
        Explanation e = Explanation.of(bill.subject());
        Map<String, String> mission = new LinkedHashMap<>();
        mission.put("commune", sheet.commune() + ", " + sheet.commune().population());
        mission.put("period", sheet.firstDay() + " to " + sheet.lastDay()
                + (sheet.isLongerThanOneMonth() ? " (longer than one month)" : " (one month or less)"));
        mission.put("schedule", sheet.schedule().toString());
        e = e.plus(TraceStep.of("mission within the framework convention", List.of(CucmText.ART_3, CucmText.ART_9),
                mission, List.of(), "member commune; within " + CucmText.CONVENTION_START + " – "
                        + CucmText.CONVENTION_LAST_DAY));
        if (estimate) {
            e = e.plus(TraceStep.of("provisional cost for the commune's consent",
                    List.of(CucmText.ART_5, CucmText.CONTRACT_ART_2),
                    Map.of("forecast hours", sheet.plannedHours().orElseThrow().toString()), List.of(),
                    "priced like the final amount, from the forecast hours"));
        }
        long recordedRtt = hours.entries().stream().filter(x -> x.activity() == Activity.RTT).count();
        for (YearSettlement s : settlements) {
            Map<String, String> in = new LinkedHashMap<>();
            in.put("year", s.year().toString());
            e = e.plus(TraceStep.of("hourly unit cost of " + s.year(), List.of(CucmText.ART_5), in,
                    List.of(s.hourlyCost()), s.hourlyRate().toDisplayString() + "/h; "
                            + UnitCosts.describe(costs.forYear(s.year()))));
            if (s.costProvisional()) {
                findings.add(Finding.warning("hourly-cost-provisional", "no unit cost published for " + s.year()
                        + ": the amount uses the cost in force since " + s.hourlyCost().effectiveFrom() + " ("
                        + s.hourlyRate().toDisplayString() + "/h) and is provisional", CucmText.ART_5));
            }
            Map<String, String> prepaid = new LinkedHashMap<>();
            prepaid.put("cotisation " + s.year(), s.cotisation().toDisplayString());
            prepaid.put("already used", s.prepaidAlreadyUsed() + " h");
            e = e.plus(TraceStep.of("prepaid work of " + s.year(), List.of(CucmText.ART_5), prepaid,
                    List.of(s.hourlyCost()), s.cotisation() + " € ÷ " + s.hourlyRate() + " €/h = " + s.prepaidGranted()
                            + " h prepaid; " + s.prepaidUsed() + " h used by this mission; " + s.prepaidBalance()
                            + " h left, forfeited at the end of " + s.year()));
            e = e.plus(TraceStep.of("hours not billed", List.of(CucmText.ART_6, CucmText.ART_5),
                    Map.of("leave, training, travel, RTT taken", s.hoursNotBilled() + " h"), List.of(),
                    s.hoursNotBilled() + " h not billed (« Les périodes de congé et de formation ne seront pas "
                            + "facturées »; travel time is not working time)"));
            Hours rttRecorded = hours.entries().stream()
                    .filter(x -> x.activity() == Activity.RTT && Year.from(x.date()).equals(s.year()))
                    .map(TimesheetEntry::hours).reduce(Hours.ZERO, Hours::plus);
            e = e.plus(TraceStep.of("RTT generated by the replacement", CucmText.ART_6,
                    Map.of("hours worked", s.hoursWorked() + " h"),
                    pricing.rttRule().describe(sheet.schedule(), sheet.isLongerThanOneMonth(), s.hoursWorked(),
                            rttRecorded)));
            Map<String, String> billedIn = new LinkedHashMap<>();
            billedIn.put("billable", s.hoursWorked() + " h worked + " + s.rttHoursBilled() + " h RTT");
            billedIn.put("prepaid used", s.prepaidUsed() + " h");
            e = e.plus(TraceStep.of("hours billed × unit cost", List.of(CucmText.ART_5, CucmText.CONTRACT_ART_2),
                    billedIn, List.of(s.hourlyCost()), s.hoursBilled() + " h × " + s.hourlyRate() + " € = "
                            + s.amount().toDisplayString() + " (rounded once to the cent, half up)"));
        }
        if (recordedRtt > 0 && pricing.rttRule().reading() != RttReading.AS_RECORDED) {
            findings.add(Finding.warning("rtt-taken-not-billed-as-such", recordedRtt + " RTT entr(y/ies) recorded: "
                    + "under reading " + pricing.rttRule().reading() + " the RTT generated are billed, not the days "
                    + "taken", CucmText.ART_6));
        }
        if (recordedRtt > 0 && sheet.schedule().rttDaysPerYear() == 0) {
            findings.add(Finding.warning("rtt-on-35-hour-schedule", "RTT recorded for an agent on 35 h/week, who "
                    + "earns none (« 0 jours si temps de travail de 35 heures /semaine »)", CucmText.ART_6));
        }
        if (!estimate) {
            e = e.plus(TraceStep.of("payment within 30 days of receipt of the titre de recettes", CucmText.ART_5,
                    Map.of("received on", sheet.titreReceivedOn().map(Object::toString).orElse("not yet known")),
                    bill.dueDate().map(d -> "due on " + d).orElse("due 30 days after receipt")));
        }
        e = e.plus(TraceStep.of("total", CucmText.ART_5, Map.of("lines", String.valueOf(bill.lines().size())),
                bill.total().toDisplayString() + " (sum of the lines)"));
        return MissionBill.of(bill, settlements, Findings.of(findings), e);
    }
}
