package fr.cdgrules.cucm.billing;

import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.billing.Pricing;
import fr.cdgrules.core.billing.Timesheet;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.ledger.Consumption;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import fr.cdgrules.cucm.cost.UnitCosts;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import fr.cdgrules.cucm.prepaid.PrepaidWork;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The pricing of a replacement mission (art. 5 and 6), the same for the provisional cost and the
 * final amount (core {@link Pricing}):
 *
 * <ul>
 *   <li>"le cout de fonctionnement du service [...] multiplié par le nombre d'heures effectuées":
 *       hours of work (activity {@code WORK}) are billable, each at the hourly unit cost in force on the
 *       day it was worked (a revision takes effect on the date its decision gives);
 *   <li>"Les périodes de congé et de formation ne seront pas facturées aux communes" (art. 6): leave
 *       and training are not billed; nor is travel ("Le temps de déplacement n'est pas intégré au
 *       temps de travail effectif", art. 6; the CUCM keeps "les frais de déplacement", art. 5);
 *   <li>"les jours de RTT qui seraient générés sur une période de remplacement au-delà de 1 mois
 *       seront facturés" (art. 6): RTT hours per {@link RttRule} are billable;
 *   <li>the prepaid hours of the year's cotisation are used first by the billable hours, in date
 *       order (work day by day, then the RTT generated, on the mission's last day of that year); the
 *       rest is billed.
 * </ul>
 *
 * <p>One line per budget year and cost in force ({@link CostPortion}): billed hours × unit cost, the
 * only rounding (once, to the cent, half up, by {@link Money#multipliedBy(fr.cdgrules.core.money.Hours)}).
 * Hence an invoice's total is the sum of its lines and each line is exactly its billed hours × unit
 * cost. The prepaid hours of a year are its cotisation ÷ the cost in force on 1 January.
 *
 * <p>A mission needs an adhesion (art. 4) and must lie within the framework convention's period of
 * force, as reconducted ({@link FrameworkPeriod}).
 */
public final class ReplacementPricing implements Pricing {
    private final Collectivity commune;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final WorkSchedule schedule;
    private final Map<Year, Hours> alreadyUsed;
    private final boolean longerThanOneMonth;
    private final CotisationRule cotisation;
    private final UnitCosts costs;
    private final RttRule rtt;

    private ReplacementPricing(MissionSheet sheet, CotisationRule cotisation, UnitCosts costs, RttRule rtt,
            Map<Year, Hours> alreadyUsed) {
        this.commune = sheet.commune();
        this.firstDay = sheet.firstDay();
        this.lastDay = sheet.lastDay();
        this.schedule = sheet.schedule();
        this.alreadyUsed = Map.copyOf(alreadyUsed);
        this.longerThanOneMonth = sheet.isLongerThanOneMonth();
        this.cotisation = cotisation;
        this.costs = costs;
        this.rtt = rtt;
    }

    /**
     * @param sheet the mission (its timesheet and forecast are not read: they are priced by {@link #price})
     * @param cotisation the cotisation rule (with the framework convention's period of force)
     * @param costs the hourly unit costs
     * @param rtt the RTT rule
     * @return the pricing of that mission, the sheet's prepaid hours already used counting in its first year
     * @throws ConventionNotInForceException if the mission is outside the framework convention (art. 9,
     *     as reconducted)
     * @throws NoRuleAppliesException if the commune has not adhered, or the mission starts before its
     *     adhesion (art. 4)
     */
    public static ReplacementPricing of(MissionSheet sheet, CotisationRule cotisation, UnitCosts costs, RttRule rtt) {
        java.util.Objects.requireNonNull(sheet, "sheet");
        return of(sheet, cotisation, costs, rtt,
                Map.of(Year.from(sheet.firstDay()), sheet.prepaidHoursAlreadyUsedOrZero()));
    }

    /**
     * @param sheet the mission
     * @param cotisation the cotisation rule (with the framework convention's period of force)
     * @param costs the hourly unit costs
     * @param rtt the RTT rule
     * @param alreadyUsed the prepaid hours of each year already used before this mission (by the
     *     commune's earlier missions of that year); years absent: none
     * @return the pricing of that mission
     * @throws NullPointerException if an argument is null
     * @throws ConventionNotInForceException if the mission is outside the framework convention
     * @throws NoRuleAppliesException if the commune has not adhered, or the mission starts before its adhesion
     */
    public static ReplacementPricing of(MissionSheet sheet, CotisationRule cotisation, UnitCosts costs, RttRule rtt,
            Map<Year, Hours> alreadyUsed) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cotisation, "cotisation");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(rtt, "rtt");
        Objects.requireNonNull(alreadyUsed, "alreadyUsed");
        FrameworkPeriod period = cotisation.period();
        if (!period.contains(sheet.firstDay()) || !period.contains(sheet.lastDay())) {
            throw new ConventionNotInForceException("a replacement mission from " + sheet.firstDay() + " to "
                    + sheet.lastDay(), period.start(), period.lastDay(),
                    period.reconductions().isEmpty() ? CucmArticles.ART_9 : CucmArticles.ART_12);
        }
        requireAdhesion(sheet);
        return new ReplacementPricing(sheet, cotisation, costs, rtt, alreadyUsed);
    }

    /**
     * Art. 4: « Le recours au service nécessite la signature d'un contrat de prestation de service (voir
     * annexe 2) », a contract made under « la convention cadre [...] à laquelle la commune a adhéré ».
     *
     * @param sheet a mission
     * @throws NoRuleAppliesException if the sheet gives no adhesion date, or the mission starts before it
     */
    static void requireAdhesion(MissionSheet sheet) {
        if (sheet.adhesionDate().isEmpty()) {
            throw new NoRuleAppliesException("a replacement mission at " + sheet.commune() + " without an adhesion "
                    + "(« Le recours au service nécessite la signature d'un contrat de prestation »; only a commune "
                    + "that has adhered by annex 1 signs one): give adhesionDate", List.of(CucmArticles.ART_4,
                            CucmArticles.ANNEX_1));
        }
        if (sheet.firstDay().isBefore(sheet.adhesionDate().get())) {
            throw new NoRuleAppliesException("a replacement mission at " + sheet.commune() + " from "
                    + sheet.firstDay() + ", before its adhesion of " + sheet.adhesionDate().get(),
                    List.of(CucmArticles.ART_4, CucmArticles.ANNEX_1));
        }
    }

    @Override
    public List<InvoiceLine> price(Timesheet sheet) {
        java.util.Objects.requireNonNull(sheet, "sheet");
        List<InvoiceLine> out = new ArrayList<>();
        for (YearSettlement s : settle(sheet)) {
            out.addAll(lines(s));
        }
        return out;
    }

    /**
     * Splits the hours of a timesheet (or forecast) year by year.
     *
     * @param sheet the timesheet or forecast, dated within the mission
     * @return one settlement per year with entries, in year order
     * @throws NotEligibleException if the commune is not eligible (not a member, or outside the
     *     scale), naming the article
     * @throws InvalidInputException if the prepaid hours already used exceed the grant
     */
    public List<YearSettlement> settle(Timesheet sheet) {
        java.util.Objects.requireNonNull(sheet, "sheet");
        Map<Year, List<TimesheetEntry>> byYear = new TreeMap<>();
        List<TimesheetEntry> sorted = new ArrayList<>(sheet.entries());
        sorted.sort(Comparator.comparing(TimesheetEntry::date));
        for (TimesheetEntry e : sorted) {
            if (e.date().isBefore(firstDay) || e.date().isAfter(lastDay)) {
                throw new InvalidInputException("timesheet.date", CucmArticles.CONTRACT_ART_2, e.date()
                        + " is outside the mission, " + firstDay + " to " + lastDay);
            }
            byYear.computeIfAbsent(Year.from(e.date()), y -> new ArrayList<>()).add(e);
        }
        List<YearSettlement> out = new ArrayList<>();
        for (Map.Entry<Year, List<TimesheetEntry>> y : byYear.entrySet()) {
            out.add(settleYear(y.getKey(), y.getValue()));
        }
        return out;
    }

    /**
     * @param s a year's settlement
     * @return its invoice lines, one per cost in force on the days billed: billed hours × that cost
     */
    public List<InvoiceLine> lines(YearSettlement s) {
        java.util.Objects.requireNonNull(s, "s");
        List<InvoiceLine> out = new ArrayList<>();
        for (CostPortion p : s.portions()) {
            String description = "Replacement of the secretary of " + commune + ", " + s.year()
                    + (s.portions().size() > 1 ? " (cost in force from " + p.firstDay() + ")" : "") + ": "
                    + s.hoursWorked() + " h worked + " + s.rttHoursBilled() + " h RTT generated − " + s.prepaidUsed()
                    + " h prepaid by the cotisation = " + s.hoursBilled() + " h billed"
                    + (s.portions().size() > 1 ? ", of which " + p.hoursBilled() + " h at this cost" : "")
                    + (p.provisional() ? " (provisional unit cost)" : "");
            out.add(InvoiceLine.of(description, p.hoursBilled(), costs.rateAt(p.firstDay()), CucmArticles.ART_5));
        }
        return out;
    }

    /**
     * @param s a year's settlement
     * @return its invoice line, when the whole year is billed at one cost
     * @throws IllegalStateException if a revision takes effect within the year's hours (several lines)
     * @deprecated a revision may take effect within a year: use {@link #lines(YearSettlement)}
     */
    @Deprecated
    public InvoiceLine line(YearSettlement s) {
        java.util.Objects.requireNonNull(s, "s");
        List<InvoiceLine> l = lines(s);
        if (l.size() != 1) {
            throw new IllegalStateException(s.year() + " is billed at " + l.size() + " costs: use lines()");
        }
        return l.get(0);
    }

    private YearSettlement settleYear(Year year, List<TimesheetEntry> entries) {
        AnnualFeeQuote quote = cotisation.quote(commune, year);
        if (!quote.eligible()) {
            throw new NotEligibleException("billing of " + commune + " for " + year, quote.reason().orElseThrow(),
                    CucmArticles.ART_3);
        }
        Money fee = quote.annualFee().orElseThrow();
        PrepaidLedger ledger = PrepaidWork.grant(PrepaidLedger.empty(), year, fee, costs.rateForYear(year).value());
        Hours granted = ledger.balance(year);
        Hours already = alreadyUsed.getOrDefault(year, Hours.ZERO);
        ledger = PrepaidWork.alreadyUsed(ledger, year, already);
        Hours worked = Hours.ZERO;
        Hours notBilled = Hours.ZERO;
        Hours recordedRtt = Hours.ZERO;
        Hours prepaidUsed = Hours.ZERO;
        Hours billed = Hours.ZERO;
        Map<LocalDate, Hours> billedByVersion = new TreeMap<>();
        Map<LocalDate, LocalDate> firstDayByVersion = new TreeMap<>();
        LocalDate lastEntry = entries.get(entries.size() - 1).date();
        for (TimesheetEntry e : entries) {
            if (e.activity() == Activity.WORK) {
                Consumption c = PrepaidWork.use(ledger, e.date(), e.hours(), "work on " + e.date());
                ledger = c.ledger();
                worked = worked.plus(e.hours());
                prepaidUsed = prepaidUsed.plus(c.prepaidUsed());
                billed = billed.plus(c.overage());
                addAtCost(billedByVersion, firstDayByVersion, e.date(), c.overage());
            } else if (e.activity() == Activity.RTT) {
                recordedRtt = recordedRtt.plus(e.hours());
            } else {
                notBilled = notBilled.plus(e.hours());
            }
        }
        Hours rttBilled = rtt.billableHours(schedule, longerThanOneMonth, worked, recordedRtt);
        boolean recordedAreBilled = rtt.reading() == RttReading.AS_RECORDED && !rttBilled.isZero();
        if (!recordedAreBilled) {
            notBilled = notBilled.plus(recordedRtt);
        }
        if (!rttBilled.isZero()) {
            Consumption c = PrepaidWork.use(ledger, lastEntry, rttBilled, "RTT generated in " + year);
            ledger = c.ledger();
            prepaidUsed = prepaidUsed.plus(c.prepaidUsed());
            billed = billed.plus(c.overage());
            addAtCost(billedByVersion, firstDayByVersion, lastEntry, c.overage());
        }
        if (billedByVersion.isEmpty()) {
            // nothing billed (all prepaid, or nothing billable): one line of 0 h at the cost of the first day
            LocalDate day = entries.get(0).date();
            billedByVersion.put(costs.at(day).version().effectiveFrom(), Hours.ZERO);
            firstDayByVersion.put(costs.at(day).version().effectiveFrom(), day);
        }
        List<CostPortion> portions = new ArrayList<>();
        for (Map.Entry<LocalDate, Hours> v : billedByVersion.entrySet()) {
            LocalDate day = firstDayByVersion.get(v.getKey());
            InForce<HourlyUnitCost> cost = costs.at(day);
            portions.add(CostPortion.of(day, UnitCosts.use(cost), cost.value().hourlyRate(), cost.isCarriedForward(),
                    v.getValue()));
        }
        return YearSettlement.of(year, portions, worked, rttBilled, notBilled, fee, granted, already, prepaidUsed,
                billed, ledger);
    }

    /** Adds hours billed on a day to the portion of the cost in force that day (keyed by its version). */
    private void addAtCost(Map<LocalDate, Hours> billed, Map<LocalDate, LocalDate> firstDay, LocalDate day,
            Hours hours) {
        if (hours.isZero()) {
            return;
        }
        LocalDate version = costs.at(day).version().effectiveFrom();
        billed.merge(version, hours, Hours::plus);
        firstDay.merge(version, day, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** @return the RTT rule */
    public RttRule rttRule() {
        return rtt;
    }

    /** @return whether the replacement lasts beyond one month (judged over its whole period) */
    public boolean longerThanOneMonth() {
        return longerThanOneMonth;
    }
}
