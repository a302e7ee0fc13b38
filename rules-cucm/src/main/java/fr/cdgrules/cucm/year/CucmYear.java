package fr.cdgrules.cucm.year;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.ledger.Consumption;
import fr.cdgrules.core.ledger.LedgerEntryKind;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.YearSettlement;
import fr.cdgrules.cucm.prepaid.PrepaidWork;
import fr.cdgrules.cucm.CucmArticles;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The CUCM's year: replacement missions for several communes, invoiced in date order (first day;
 * a commune's missions in the order {@link CucmRules#invoices} takes them) against one prepaid-hours ledger per commune and year, then one
 * {@link YearStatement} per commune and year.
 *
 * <p>« un nombre de jour de travail équivalent « payés d'avance » » (art. 5): a year's prepaid
 * hours are used once, by the missions of that year in the order they were worked; a mission
 * across 31 December uses the prepaid hours of each year for the hours of that year. What is left
 * on 31 December is forfeited (the cotisation « restera acquis à la CUCM »).
 *
 * <p>Each invoice is the module's ({@link CucmRules#invoice}); this class feeds each mission the
 * prepaid hours the earlier missions of the same commune have already used in its first year, and
 * keeps the ledgers.
 */
public final class CucmYear {
    private final CucmRules rules;
    private final List<MissionSheet> ordered;
    private final List<MissionBill> invoices;

    private CucmYear(CucmRules rules, List<MissionSheet> ordered, List<MissionBill> invoices) {
        this.rules = rules;
        this.ordered = ordered;
        this.invoices = invoices;
    }

    /**
     * Invoices the missions in date order, each commune's prepaid hours of a year used once.
     *
     * @param rules the CUCM rules
     * @param missions the missions, with their timesheets, in any order
     * @return the year's invoices
     * @throws InvalidInputException if a mission states prepaid hours already used that differ from
     *     the earlier missions', or two missions of a commune overlapping across 31 December would
     *     both draw on the later year's prepaid hours
     */
    public static CucmYear invoice(CucmRules rules, List<MissionSheet> missions) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(missions, "missions");
        // each commune's missions through the module: all the missions of a year share its prepaid hours once
        Map<String, List<MissionSheet>> byCommune = new TreeMap<>();
        for (int i = 0; i < missions.size(); i++) {
            MissionSheet m = Objects.requireNonNull(missions.get(i), "missions[" + i + "]");
            byCommune.computeIfAbsent(m.commune().code(), k -> new ArrayList<>()).add(m);
        }
        List<MissionSheet> sheets = new ArrayList<>();
        List<MissionBill> bills = new ArrayList<>();
        for (List<MissionSheet> ms : byCommune.values()) {
            List<MissionSheet> sorted = new ArrayList<>(ms);
            sorted.sort(Comparator.comparing(MissionSheet::firstDay)); // the order MissionBilling.invoices takes
            sheets.addAll(sorted);
            bills.addAll(rules.invoices(ms));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            order.add(i);
        }
        // by first day; List.sort is stable and the sheets are by commune code, each commune's in the order the
        // module invoiced them: missions of the same first day stay by commune code, then in that order
        order.sort(Comparator.comparing((Integer i) -> sheets.get(i).firstDay()));
        return new CucmYear(rules, order.stream().map(sheets::get).toList(), order.stream().map(bills::get).toList());
    }

    /** @return the missions in the order invoiced */
    public List<MissionSheet> missions() {
        return ordered;
    }

    /** @return the invoices, one per mission, in the same order */
    public List<MissionBill> invoices() {
        return invoices;
    }

    /**
     * @param year a budget year
     * @return one statement per commune with hours in that year, by INSEE code
     */
    public List<YearStatement> statements(Year year) {
        Objects.requireNonNull(year, "year");
        Map<String, List<Integer>> byCommune = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            final int k = i;
            if (invoices.get(i).settlements().stream().anyMatch(s -> s.year().equals(year))) {
                byCommune.computeIfAbsent(ordered.get(i).commune().code(), c -> new ArrayList<>()).add(k);
            }
        }
        List<YearStatement> out = new ArrayList<>();
        for (List<Integer> idx : byCommune.values()) {
            out.add(statement(year, idx));
        }
        return List.copyOf(out);
    }

    private YearStatement statement(Year year, List<Integer> idx) {
        Collectivity commune = ordered.get(idx.get(0)).commune();
        AnnualFeeQuote quote = rules.cotisation(commune, year);
        Money cotisation = quote.annualFee().orElseThrow();
        PrepaidLedger ledger = rules.prepaidLedger(commune, year);
        Hours granted = ledger.balance(year);
        Hours worked = Hours.ZERO;
        Hours billable = Hours.ZERO;
        Hours billed = Hours.ZERO;
        Money amount = Money.ZERO;
        List<YearStatement.MissionLine> lines = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<Citation> cites = new LinkedHashSet<>(quote.citations());
        cites.add(CucmArticles.ART_5);
        // prepaid hours used in the year before these missions, as the first one states (none: the ledger unchanged)
        ledger = PrepaidWork.alreadyUsed(ledger, year, settlement(invoices.get(idx.get(0)), year).prepaidAlreadyUsed());
        for (int i : idx) {
            MissionSheet m = ordered.get(i);
            MissionBill bill = invoices.get(i);
            YearSettlement s = settlement(bill, year);
            // the year's ledger is drawn on once per mission, in date order: it cannot give more than the grant
            Consumption c = PrepaidWork.use(ledger, m.firstDay().getYear() == year.getValue() ? m.firstDay()
                    : year.atDay(1), s.hoursBillable(), "mission of " + m.firstDay() + " to " + m.lastDay());
            if (!c.prepaidUsed().equals(s.prepaidUsed())) {
                throw new IllegalStateException("prepaid hours of " + year + " used twice for " + commune + ": the ledger"
                        + " gives " + c.prepaidUsed() + " h, the invoice " + s.prepaidUsed() + " h");
            }
            ledger = c.ledger();
            worked = worked.plus(s.hoursWorked());
            billable = billable.plus(s.hoursBillable());
            billed = billed.plus(s.hoursBilled());
            amount = amount.plus(s.amount());
            lines.add(new YearStatement.MissionLine(m.firstDay(), m.lastDay(), s.hoursBillable(), s.prepaidUsed(),
                    s.hoursBilled(), s.amount()));
            bill.findings().all().stream().filter(f -> !findings.contains(f)).forEach(findings::add);
        }
        ledger = rules.closeYear(ledger, year);
        Hours used = ledger.total(year, LedgerEntryKind.PREPAID_USE);
        Hours usedByMissions = lines.stream().map(YearStatement.MissionLine::prepaidUsed).reduce(Hours.ZERO, Hours::plus);
        Hours usedBefore = used.minus(usedByMissions);
        Hours forfeited = ledger.total(year, LedgerEntryKind.FORFEITURE);
        return new YearStatement(commune, year, cotisation, granted, usedBefore, usedByMissions, forfeited, worked, billable,
                billed, amount, cotisation.plus(amount), lines, findings, List.copyOf(cites));
    }

    /** @return the bill's settlement of the year (the bill settles hours on it) */
    private static YearSettlement settlement(MissionBill bill, Year year) {
        return bill.settlements().stream().filter(x -> x.year().equals(year)).findFirst().orElseThrow();
    }

    /** @return the years on which the invoices settle hours, in order */
    private Set<Year> yearsSettled() {
        Set<Year> years = new TreeSet<>();
        invoices.forEach(b -> b.settlements().forEach(x -> years.add(x.year())));
        return years;
    }

    /**
     * Two years are equal when they hold the same missions and the same invoices, in the same order, and
     * give the same statements for every year their invoices settle hours on (cotisation, prepaid hours
     * granted, used and forfeited, amounts). The rules that produced them are not compared (a service):
     * rules that invoice and state these missions alike give equal years; rules setting another
     * cotisation or grant give unequal ones, through the statements.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof CucmYear other) || !ordered.equals(other.ordered) || !invoices.equals(other.invoices)) {
            return false;
        }
        for (Year year : yearsSettled()) {
            if (!statements(year).equals(other.statements(year))) {
                return false;
            }
        }
        return true;
    }

    /** @return a hash of the missions and invoices (the statements follow from them and the rules) */
    @Override
    public int hashCode() {
        return Objects.hash(ordered, invoices);
    }

    @Override
    public String toString() {
        return "CUCM year: " + ordered.size() + " missions invoiced, years " + yearsSettled();
    }
}
