package fr.cdgrules.cucm.convention;

import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.Termination;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionBilling;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import fr.cdgrules.cucm.CucmArticles;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes {@link TerminationDues}: the cotisation of the year of the termination (in full: it is
 * "forfaitaire") and the final amounts of the replacements done and not yet paid (billed together by
 * {@link MissionBilling#invoices}: all the missions of a year share that year's prepaid hours once). Works for both kinds of termination: art. 10 says "Dans tous
 * les cas de figure".
 */
public final class TerminationSettlement {
    private final CotisationRule cotisation;
    private final MissionBilling billing;

    private TerminationSettlement(CotisationRule cotisation, MissionBilling billing) {
        this.cotisation = Objects.requireNonNull(cotisation, "cotisation");
        this.billing = Objects.requireNonNull(billing, "billing");
    }

    /**
     * @param cotisation the cotisation rule
     * @param billing the billing of missions
     * @return the settlement
     */
    public static TerminationSettlement of(CotisationRule cotisation, MissionBilling billing) {
        java.util.Objects.requireNonNull(cotisation, "cotisation");
        java.util.Objects.requireNonNull(billing, "billing");
        return new TerminationSettlement(cotisation, billing);
    }

    /**
     * @param convention the commune's convention, with its termination recorded
     * @param commune the commune
     * @param cotisationAlreadyPaid whether the cotisation of the year is already paid
     * @param unpaidReplacements the replacements done and not yet paid, with their timesheets
     * @return what stays due
     * @throws NoRuleAppliesException if no termination is recorded on the convention (art. 10)
     * @throws InvalidInputException if a replacement is another commune's, or hours are recorded after
     *     the termination took effect
     */
    public TerminationDues dues(Convention convention, Collectivity commune, boolean cotisationAlreadyPaid,
            List<MissionSheet> unpaidReplacements) {
        java.util.Objects.requireNonNull(convention, "convention");
        java.util.Objects.requireNonNull(commune, "commune");
        java.util.Objects.requireNonNull(unpaidReplacements, "unpaidReplacements");
        Termination t = convention.termination().orElseThrow(() -> new NoRuleAppliesException(
                "the dues of a termination (convention): no termination is recorded on this convention",
                List.of(CucmArticles.ART_10)));
        Year year = Year.from(t.notifiedOn());
        for (int i = 0; i < unpaidReplacements.size(); i++) {
            MissionSheet s = unpaidReplacements.get(i);
            if (!s.commune().code().equals(commune.code())) {
                throw new InvalidInputException("unpaidReplacements[" + i + "].commune", CucmArticles.ART_10,
                        s.commune() + " is not " + commune);
            }
            for (TimesheetEntry e : s.timesheet()) {
                if (!e.date().isBefore(t.effectiveOn())) {
                    throw new InvalidInputException("unpaidReplacements[" + i + "].timesheet", CucmArticles.ART_10,
                            "hours on " + e.date() + ", after the termination took effect on " + t.effectiveOn());
                }
            }
        }
        // all the missions of a year share that year's prepaid hours once
        List<MissionBill> bills = billing.invoices(unpaidReplacements);
        AnnualFeeQuote quote = cotisation.quote(commune, year);
        Money fee = quote.annualFee().orElse(Money.ZERO);
        Map<String, String> termination = new LinkedHashMap<>();
        termination.put("kind", t.kind().name());
        termination.put("notified on", t.notifiedOn().toString());
        termination.put("effective on", t.effectiveOn().toString());
        t.reason().ifPresent(r -> termination.put("reasons", r));
        Map<String, String> cot = new LinkedHashMap<>();
        cot.put("year", year.toString());
        cot.put("already paid", String.valueOf(cotisationAlreadyPaid));
        Money due = cotisationAlreadyPaid ? Money.ZERO : fee;
        Money replacements = Money.total(bills.stream().map(MissionBill::total).toList());
        Explanation e = Explanation.of("sums due by " + commune + " on termination",
                TraceStep.of("termination of the convention", t.citation(), termination,
                        "individual termination; no indemnity (« Aucune des parties ne pourra réclamer une quelconque "
                                + "indemnité »)"),
                TraceStep.of("cotisation of the current year stays due", List.of(CucmArticles.ART_10, CucmArticles.ART_5), cot,
                        quote.tariff().map(List::of).orElse(List.of()),
                        fee.toDisplayString() + " for " + year + (quote.eligible() ? "" : " (" + quote.reason().orElseThrow()
                                + ")") + "; due now: " + due.toDisplayString()
                                + " (« la cotisation forfaitaire de l'année en cours »)"),
                TraceStep.of("replacements done stay due", List.of(CucmArticles.ART_10, CucmArticles.ART_5),
                        Map.of("unpaid replacements", String.valueOf(bills.size())), List.of(),
                        replacements.toDisplayString() + " (« La commune restera redevable des remboursements pour "
                                + "remplacement »), billed together: the missions of a year share that year's "
                                + "prepaid hours once"),
                TraceStep.of("total due", CucmArticles.ART_10, Map.of(), due.plus(replacements).toDisplayString()));
        return TerminationDues.of(t, year, fee, cotisationAlreadyPaid, bills, e);
    }
}
