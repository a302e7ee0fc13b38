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
import fr.cdgrules.cucm.CucmArticles;
import java.math.BigInteger;
import java.time.LocalDate;
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
    public static final PaymentTerm PAYMENT_TERM = PaymentTerm.ofDays(
            fr.cdgrules.cucm.CucmParameters.whole("paymentTermDays"), CucmArticles.ART_5);

    private final CotisationRule cotisation;
    private final UnitCosts costs;
    private final RttRule rtt;
    private final ForecastSplitReading forecastSplit;

    private MissionBilling(CotisationRule cotisation, UnitCosts costs, RttRule rtt, ForecastSplitReading forecastSplit) {
        this.cotisation = Objects.requireNonNull(cotisation, "cotisation");
        this.costs = Objects.requireNonNull(costs, "costs");
        this.rtt = Objects.requireNonNull(rtt, "rtt");
        this.forecastSplit = Objects.requireNonNull(forecastSplit, "forecastSplit");
    }

    /**
     * @param cotisation the cotisation rule (prepaid hours)
     * @param costs the hourly unit costs
     * @param rtt the RTT rule
     * @return the billing
     */
    public static MissionBilling of(CotisationRule cotisation, UnitCosts costs, RttRule rtt) {
        return of(cotisation, costs, rtt, ForecastSplitReading.WEEKDAYS_PRO_RATA);
    }

    /**
     * @param cotisation the cotisation rule (prepaid hours, period of force)
     * @param costs the hourly unit costs
     * @param rtt the RTT rule
     * @param forecastSplit how a forecast total is split across 31 December or a cost revision
     * @return the billing
     * @throws NullPointerException if an argument is null
     */
    public static MissionBilling of(CotisationRule cotisation, UnitCosts costs, RttRule rtt,
            ForecastSplitReading forecastSplit) {
        return new MissionBilling(cotisation, costs, rtt, forecastSplit);
    }

    /**
     * The provisional cost. Each budget year's forecast hours are priced with that year's prepaid hours
     * and each hour at the cost in force on its day, exactly as the invoice prices the timesheet: an
     * estimate equals the invoice whenever the hours worked match the forecast. A forecast day by day
     * ({@link MissionSheet#forecast()}) is priced as it is; a total ({@link MissionSheet#plannedHours()})
     * on the first day when the mission lies in one year under one cost, split under
     * {@link ForecastSplitReading} otherwise.
     *
     * @param sheet the mission, with its forecast hours
     * @return the provisional cost
     * @throws InvalidInputException if the forecast is missing, the commune is not eligible, or a total must
     *     be split and the reading refuses to
     * @throws fr.cdgrules.core.error.ConventionNotInForceException if the mission is outside the framework convention
     * @throws fr.cdgrules.core.error.NoRuleAppliesException if the commune has not adhered (art. 4)
     */
    public MissionBill estimate(MissionSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        ReplacementPricing pricing = ReplacementPricing.of(sheet, cotisation, costs, rtt);
        Timesheet forecast = forecastOf(sheet);
        Bill bill = BillingEngine.of(pricing, PAYMENT_TERM).estimate(subject(sheet, "provisional cost"), forecast,
                sheet.estimateIssuedOn().orElse(sheet.firstDay()));
        return assemble(sheet, pricing, forecast, bill, true);
    }

    private Timesheet forecastOf(MissionSheet sheet) {
        if (!sheet.forecast().isEmpty()) {
            return Timesheet.of(sheet.forecast());
        }
        Hours planned = sheet.plannedHours().orElseThrow(() -> new InvalidInputException("plannedHours",
                CucmArticles.ART_5, "the provisional cost is computed « sur la base de la durée prévisionnelle de la "
                        + "mission »: give the forecast hours (plannedHours or forecast)"));
        List<LocalDate> starts = new ArrayList<>();
        starts.add(sheet.firstDay());
        for (LocalDate d = sheet.firstDay().plusDays(1); !d.isAfter(sheet.lastDay()); d = d.plusDays(1)) {
            boolean newYear = d.getDayOfYear() == 1;
            boolean newCost = !costs.at(d).version().equals(costs.at(d.minusDays(1)).version());
            if (newYear || newCost) {
                starts.add(d);
            }
        }
        if (starts.size() == 1) {
            return Timesheet.of(List.of(TimesheetEntry.of(sheet.firstDay(), planned, Activity.WORK)
                    .withNote("forecast hours of the mission")));
        }
        if (forecastSplit == ForecastSplitReading.REQUIRE_DATED_FORECAST) {
            throw new InvalidInputException("forecast", CucmArticles.ART_5, "the mission " + sheet.firstDay() + " to "
                    + sheet.lastDay() + " runs across 31 December or a revision of the unit cost (from " + starts.get(1)
                    + "): give the forecast day by day (reading ForecastSplitReading.REQUIRE_DATED_FORECAST)");
        }
        List<Long> weekdays = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1) : sheet.lastDay().plusDays(1);
            long w = 0;
            for (LocalDate d = starts.get(i); d.isBefore(end); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    w++;
                }
            }
            weekdays.add(w);
            days.add(java.time.temporal.ChronoUnit.DAYS.between(starts.get(i), end));
        }
        List<Long> weights = weekdays.stream().mapToLong(Long::longValue).sum() > 0 ? weekdays : days;
        long total = weights.stream().mapToLong(Long::longValue).sum();
        List<TimesheetEntry> entries = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            if (weights.get(i) == 0) {
                continue;
            }
            Hours part = RttRule.scale(planned, BigInteger.valueOf(weights.get(i)), BigInteger.valueOf(total));
            entries.add(TimesheetEntry.of(starts.get(i), part, Activity.WORK).withNote("forecast hours from "
                    + starts.get(i) + ": " + weights.get(i) + "/" + total + " of " + planned + " h ("
                    + (weights == weekdays ? "weekdays" : "calendar days") + ", reading " + forecastSplit + ")"));
        }
        return Timesheet.of(entries);
    }

    /**
     * The final amounts of several missions of one commune, billed together: all the missions of a
     * year share that year's prepaid hours once (art. 5: the cotisation buys « un nombre de jour de
     * travail équivalent « payées d'avance » » for the year, not for each mission). Missions are taken
     * in order of their first day; each uses what the earlier ones left.
     *
     * <p>The first mission's {@link MissionSheet#prepaidHoursAlreadyUsed()} counts the prepaid hours used
     * in its first year before these missions; a later mission may repeat the running figure or omit it.
     *
     * @param missions the commune's missions, each with its timesheet
     * @return their invoices, in order of first day
     * @throws NullPointerException if {@code missions} or an element is null
     * @throws InvalidInputException if the missions are of several communes, or a later mission states
     *     prepaid hours already used that contradict the earlier missions
     */
    public List<MissionBill> invoices(List<MissionSheet> missions) {
        Objects.requireNonNull(missions, "missions");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < missions.size(); i++) {
            Objects.requireNonNull(missions.get(i), "missions[" + i + "]");
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(i -> missions.get(i).firstDay()));
        Map<Year, Hours> used = new java.util.TreeMap<>();
        List<MissionBill> out = new ArrayList<>();
        String code = null;
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            MissionSheet s = missions.get(i);
            if (code == null) {
                code = s.commune().code();
            } else if (!code.equals(s.commune().code())) {
                throw new InvalidInputException("missions[" + i + "].commune", CucmArticles.ART_5, s.commune()
                        + " is not the commune of the other missions (" + code + ")");
            }
            Year first = Year.from(s.firstDay());
            if (k == 0) {
                used.put(first, s.prepaidHoursAlreadyUsedOrZero());
            } else if (s.prepaidHoursAlreadyUsed().isPresent()
                    && !s.prepaidHoursAlreadyUsed().get().equals(used.getOrDefault(first, Hours.ZERO))) {
                throw new InvalidInputException("missions[" + i + "].prepaidHoursAlreadyUsed", CucmArticles.ART_5,
                        s.prepaidHoursAlreadyUsed().get() + " h stated, but the earlier missions used "
                                + used.getOrDefault(first, Hours.ZERO) + " h of the " + first + " prepaid hours");
            }
            MissionBill bill = invoice(s, ReplacementPricing.of(s, cotisation, costs, rtt, used));
            for (YearSettlement y : bill.settlements()) {
                used.put(y.year(), y.prepaidAlreadyUsed().plus(y.prepaidUsed()));
            }
            out.add(bill);
        }
        return out;
    }    /**
     * @param sheet the mission, with its timesheet
     * @return the final amount, with its due date when the receipt date is known
     * @throws InvalidInputException if the timesheet is empty, the commune is not eligible or the
     *     mission is outside the framework convention
     */
    public MissionBill invoice(MissionSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        return invoice(sheet, ReplacementPricing.of(sheet, cotisation, costs, rtt));
    }

    private MissionBill invoice(MissionSheet sheet, ReplacementPricing pricing) {
        if (sheet.timesheet().isEmpty()) {
            throw new InvalidInputException("timesheet", CucmArticles.CONTRACT_ART_2, "the final amount is fixed « sur la "
                    + "base d'un relevé d'heures »: the timesheet is empty");
        }
        Timesheet timesheet = sheet.actualTimesheet();
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
        sheet.replacementStartedOn().ifPresent(d -> mission.put("replacement started on", d + " (prolonged; "
                + "judged over the whole replacement)"));
        mission.put("schedule", sheet.schedule().toString());
        mission.put("adhesion", sheet.adhesionDate().orElseThrow().toString());
        e = e.plus(TraceStep.of("mission of an adherent commune within the framework convention",
                List.of(CucmArticles.ART_3, CucmArticles.ART_4, CucmArticles.ART_9), mission, List.of(),
                "member commune that has adhered; within " + cotisation.period().describe()));
        if (estimate) {
            Map<String, String> forecast = new LinkedHashMap<>();
            forecast.put("forecast hours", hours.entries().stream().map(TimesheetEntry::hours)
                    .reduce(Hours.ZERO, Hours::plus) + " h in " + hours.entries().size() + " entr(y/ies)");
            // how a total was dated (on the first day, or split across 31 December or a revision of the cost)
            List<String> notes = hours.entries().stream().flatMap(x -> x.note().stream()).toList();
            if (!notes.isEmpty()) {
                forecast.put("forecast entries", String.join("; ", notes));
            }
            e = e.plus(TraceStep.of("provisional cost for the commune's consent",
                    List.of(CucmArticles.ART_5, CucmArticles.CONTRACT_ART_2), forecast, List.of(),
                    "priced like the final amount: each year's hours with that year's prepaid hours, "
                            + "each hour at the cost in force on its day"));
        }
        long recordedRtt = hours.entries().stream().filter(x -> x.activity() == Activity.RTT).count();
        for (YearSettlement s : settlements) {
            Map<String, String> in = new LinkedHashMap<>();
            in.put("year", s.year().toString());
            for (CostPortion p : s.portions()) {
                e = e.plus(TraceStep.of("hourly unit cost in force from " + p.firstDay(), List.of(CucmArticles.ART_5), in,
                        List.of(p.hourlyCost()), p.hourlyRate().toDisplayString() + "/h; "
                                + UnitCosts.describe(costs.at(p.firstDay()))));
                if (p.provisional()) {
                    findings.add(Finding.warning("hourly-cost-provisional", "no revision of the unit cost covers "
                            + p.firstDay() + ": the amount uses the cost in force since "
                            + p.hourlyCost().effectiveFrom() + " (" + p.hourlyRate().toDisplayString()
                            + "/h) and is provisional", CucmArticles.ART_5));
                }
            }
            Map<String, String> prepaid = new LinkedHashMap<>();
            prepaid.put("cotisation " + s.year(), s.cotisation().toDisplayString());
            prepaid.put("already used", s.prepaidAlreadyUsed() + " h");
            e = e.plus(TraceStep.of("prepaid work of " + s.year(), List.of(CucmArticles.ART_5), prepaid,
                    List.of(UnitCosts.use(costs.forYear(s.year()))), s.cotisation() + " € ÷ "
                            + costs.rateForYear(s.year()).value() + " €/h (cost in force on 1 January) = " + s.prepaidGranted()
                            + " h prepaid; " + s.prepaidUsed() + " h used by this mission; " + s.prepaidBalance()
                            + " h left, forfeited at the end of " + s.year()));
            e = e.plus(TraceStep.of("hours not billed", List.of(CucmArticles.ART_6, CucmArticles.ART_5),
                    Map.of("leave, training, travel, RTT taken", s.hoursNotBilled() + " h"), List.of(),
                    s.hoursNotBilled() + " h not billed (« Les périodes de congé et de formation ne seront pas "
                            + "facturées »; travel time is not working time)"));
            Hours rttRecorded = hours.entries().stream()
                    .filter(x -> x.activity() == Activity.RTT && Year.from(x.date()).equals(s.year()))
                    .map(TimesheetEntry::hours).reduce(Hours.ZERO, Hours::plus);
            e = e.plus(TraceStep.of("RTT generated by the replacement", CucmArticles.ART_6,
                    Map.of("hours worked", s.hoursWorked() + " h"),
                    pricing.rttRule().describe(sheet.schedule(), sheet.isLongerThanOneMonth(), s.hoursWorked(),
                            rttRecorded)));
            Map<String, String> billedIn = new LinkedHashMap<>();
            billedIn.put("billable", s.hoursWorked() + " h worked + " + s.rttHoursBilled() + " h RTT");
            billedIn.put("prepaid used", s.prepaidUsed() + " h");
            for (CostPortion p : s.portions()) {
                e = e.plus(TraceStep.of("hours billed × unit cost", List.of(CucmArticles.ART_5, CucmArticles.CONTRACT_ART_2),
                        billedIn, List.of(p.hourlyCost()), p.hoursBilled() + " h × " + p.hourlyRate() + " € = "
                                + p.amount().toDisplayString() + " (rounded once to the cent, half up)"));
            }
        }
        if (recordedRtt > 0 && pricing.rttRule().reading() != RttReading.AS_RECORDED) {
            findings.add(Finding.warning("rtt-taken-not-billed-as-such", recordedRtt + " RTT entr(y/ies) recorded: "
                    + "under reading " + pricing.rttRule().reading() + " the RTT generated are billed, not the days "
                    + "taken", CucmArticles.ART_6));
        }
        if (recordedRtt > 0 && sheet.schedule().rttDaysPerYear() == 0) {
            findings.add(Finding.warning("rtt-on-35-hour-schedule", "RTT recorded for an agent on 35 h/week, who "
                    + "earns none (« 0 jours si temps de travail de 35 heures /semaine »)", CucmArticles.ART_6));
        }
        if (!estimate) {
            e = e.plus(TraceStep.of("payment within " + PAYMENT_TERM.days() + " days of receipt of the titre de recettes", CucmArticles.ART_5,
                    Map.of("received on", sheet.titreReceivedOn().map(Object::toString).orElse("not yet known")),
                    bill.dueDate().map(d -> "due on " + d).orElse("due " + PAYMENT_TERM.days() + " days after receipt")));
        }
        e = e.plus(TraceStep.of("total", CucmArticles.ART_5, Map.of("lines", String.valueOf(bill.lines().size())),
                bill.total().toDisplayString() + " (sum of the lines)"));
        return MissionBill.of(bill, settlements, Findings.of(findings), e);
    }
}
