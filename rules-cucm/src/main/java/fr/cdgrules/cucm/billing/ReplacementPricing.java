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
import fr.cdgrules.cucm.cost.UnitCosts;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import fr.cdgrules.cucm.prepaid.PrepaidWork;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pricing of a replacement mission (art. 5 and 6), the same for the provisional cost and the
 * final amount (core {@link Pricing}):
 *
 * <ul>
 *   <li>"le cout de fonctionnement du service [...] multiplié par le nombre d'heures effectuées":
 *       hours of work (activity {@code WORK}) are billable at the hourly unit cost of their year;
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
 * <p>One line per budget year: billed hours × unit cost of the year, the only rounding (once, to
 * the cent, half up, by {@link Money#multipliedBy(fr.cdgrules.core.money.Hours)}). Hence an invoice's
 * total is the sum of its lines and each line is exactly its billed hours × unit cost.
 */
public final class ReplacementPricing implements Pricing {
    private final Collectivity commune;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final WorkSchedule schedule;
    private final Hours alreadyUsed;
    private final boolean longerThanOneMonth;
    private final CotisationRule cotisation;
    private final UnitCosts costs;
    private final RttRule rtt;

    private ReplacementPricing(MissionSheet sheet, CotisationRule cotisation, UnitCosts costs, RttRule rtt) {
        this.commune = sheet.commune();
        this.firstDay = sheet.firstDay();
        this.lastDay = sheet.lastDay();
        this.schedule = sheet.schedule();
        this.alreadyUsed = sheet.prepaidHoursAlreadyUsedOrZero();
        this.longerThanOneMonth = sheet.isLongerThanOneMonth();
        this.cotisation = cotisation;
        this.costs = costs;
        this.rtt = rtt;
    }

    /**
     * @param sheet the mission (its timesheet and forecast are not read: they are priced by {@link #price})
     * @param cotisation the cotisation rule
     * @param costs the hourly unit costs
     * @param rtt the RTT rule
     * @return the pricing of that mission
     * @throws ConventionNotInForceException if the mission is outside the framework convention (art. 9)
     */
    public static ReplacementPricing of(MissionSheet sheet, CotisationRule cotisation, UnitCosts costs, RttRule rtt) {
        if (sheet.firstDay().isBefore(CucmText.CONVENTION_START) || sheet.lastDay().isAfter(CucmText.CONVENTION_LAST_DAY)) {
            throw new ConventionNotInForceException("a replacement mission from " + sheet.firstDay() + " to "
                    + sheet.lastDay(), CucmText.CONVENTION_START, CucmText.CONVENTION_LAST_DAY, CucmText.ART_9);
        }
        return new ReplacementPricing(sheet, cotisation, costs, rtt);
    }

    @Override
    public List<InvoiceLine> price(Timesheet sheet) {
        return settle(sheet).stream().map(this::line).toList();
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
        Map<Year, List<TimesheetEntry>> byYear = new TreeMap<>();
        List<TimesheetEntry> sorted = new ArrayList<>(sheet.entries());
        sorted.sort(Comparator.comparing(TimesheetEntry::date));
        for (TimesheetEntry e : sorted) {
            if (e.date().isBefore(firstDay) || e.date().isAfter(lastDay)) {
                throw new InvalidInputException("timesheet.date", CucmText.CONTRACT_ART_2, e.date()
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
     * @return its invoice line: billed hours × unit cost of the year
     */
    public InvoiceLine line(YearSettlement s) {
        String description = "Replacement of the secretary of " + commune + ", " + s.year() + ": " + s.hoursWorked()
                + " h worked + " + s.rttHoursBilled() + " h RTT generated − " + s.prepaidUsed()
                + " h prepaid by the cotisation = " + s.hoursBilled() + " h billed"
                + (s.costProvisional() ? " (provisional unit cost)" : "");
        return InvoiceLine.of(description, s.hoursBilled(), costs.rateForYear(s.year()), CucmText.ART_5);
    }

    private YearSettlement settleYear(Year year, List<TimesheetEntry> entries) {
        AnnualFeeQuote quote = cotisation.quote(commune, year);
        if (!quote.eligible()) {
            throw new NotEligibleException("billing of " + commune + " for " + year, quote.reason().orElseThrow(),
                    CucmText.ART_3);
        }
        Money fee = quote.annualFee().orElseThrow();
        InForce<Money> rate = costs.rateForYear(year);
        PrepaidLedger ledger = PrepaidWork.grant(PrepaidLedger.empty(), year, fee, rate.value());
        Hours granted = ledger.balance(year);
        Hours already = year.equals(Year.from(firstDay)) ? alreadyUsed : Hours.ZERO;
        ledger = PrepaidWork.alreadyUsed(ledger, year, already);
        Hours worked = Hours.ZERO;
        Hours notBilled = Hours.ZERO;
        Hours recordedRtt = Hours.ZERO;
        Hours prepaidUsed = Hours.ZERO;
        Hours billed = Hours.ZERO;
        LocalDate lastEntry = entries.get(entries.size() - 1).date();
        for (TimesheetEntry e : entries) {
            if (e.activity() == Activity.WORK) {
                Consumption c = PrepaidWork.use(ledger, e.date(), e.hours(), "work on " + e.date());
                ledger = c.ledger();
                worked = worked.plus(e.hours());
                prepaidUsed = prepaidUsed.plus(c.prepaidUsed());
                billed = billed.plus(c.overage());
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
        }
        return YearSettlement.of(year, UnitCosts.use(rate), rate.value(), rate.isCarriedForward(), worked, rttBilled,
                notBilled, fee, granted, already, prepaidUsed, billed, ledger);
    }

    /** @return the RTT rule */
    public RttRule rttRule() {
        return rtt;
    }

    /** @return whether the mission lasts beyond one month */
    public boolean longerThanOneMonth() {
        return longerThanOneMonth;
    }
}
