package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Territory;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.billing.Bill;
import fr.cdgrules.core.billing.BillKind;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.InForce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bills the interventions of the CDG79 for a commune (art. 3.2, with art. 2.3 to 2.6):
 *
 * <blockquote>"l'intervention du CDG79 fera l'objet d'une facturation définie comme suit :
 * Commune adhérente au plan d'actions SGDM : 35 € de l'heure — Commune non adhérente : 75 € de
 * l'heure" (000 art. 3.2)</blockquote>
 *
 * <p>For each intervention, in date order:
 * <ol>
 *   <li>Membership is read on the day of the intervention ({@link Membership#isMemberOn}).
 *   <li>The service's treatment comes from the {@link ServiceCatalogue} under the
 *       {@link BillableServicesReading}.
 *   <li>A service included in the pack gives no line for a member ({@link OutcomeKind#INCLUDED}); for
 *       a non-member it gives no line either ({@link OutcomeKind#NOT_BILLABLE}): art. 2 offers these
 *       services "au titre d'une adhésion facultative" and the convention sets no hourly price for
 *       them. A compulsory competence (the network, art. 1) is never billed.
 *   <li>Support of a graduate (art. 2.3) is included for a member from the first posting through the
 *       last day of the six months ({@link TraineeSupportPeriodReading}), on-site half-days within
 *       the limit of two ("dans la limite de 2 demi-journées"); the third half-day on site and any
 *       support after the six months are billed. The allowance is a pack service (art. 2; annex
 *       column "ADHESION ANNUELLE"): a non-member is billed from the first hour, at the non-member rate.
 *   <li>A billed intervention gives one line: its exact hours × the rate in force that day
 *       ({@link HourlyRates}), rounded once to the cent, half up ({@link Money#multipliedBy}), with
 *       the rate version and art. 3.2. The total is the exact sum of the lines.
 * </ol>
 * The bill carries no payment term: the convention sets none. Immutable and thread-safe.
 */
public final class InterventionBilling {
    private final ServiceCatalogue catalogue;
    private final TraineeSupportPeriodReading periodReading;
    private final Ceiling3500Reading ceilingReading;
    private final HourlyRates rates;

    private InterventionBilling(ServiceCatalogue catalogue, TraineeSupportPeriodReading periodReading,
            Ceiling3500Reading ceilingReading, HourlyRates rates) {
        this.catalogue = catalogue;
        this.periodReading = periodReading;
        this.ceilingReading = ceilingReading;
        this.rates = rates;
    }

    /**
     * @param servicesReading which services art. 3.2 bills
     * @param periodReading how the six months of art. 2.3 end
     * @param ceilingReading the reading of the 3 500 ceiling (a commune above it cannot be a member)
     * @param rates the hourly rates
     * @return the billing rule
     */
    public static InterventionBilling of(BillableServicesReading servicesReading,
            TraineeSupportPeriodReading periodReading, Ceiling3500Reading ceilingReading, HourlyRates rates) {
        return new InterventionBilling(ServiceCatalogue.of(servicesReading), Objects.requireNonNull(periodReading),
                Objects.requireNonNull(ceilingReading), Objects.requireNonNull(rates));
    }

    /** @return the catalogue of services under this rule's reading */
    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    /** @return the hourly rates used */
    public HourlyRates rates() {
        return rates;
    }

    /**
     * The invoice of interventions done.
     *
     * @param commune the commune
     * @param membership the civil years the commune is a member of the pack
     * @param interventions the interventions, in any order
     * @param issuedOn the date the invoice is drawn up
     * @return the invoice and the outcome of each intervention
     * @throws NotEligibleException if the commune is outside the Deux-Sèvres, or is said to be a member
     *     while above the ceiling (a refusal naming the article)
     * @throws fr.cdgrules.core.error.NothingInForceException if a billed intervention is dated before
     *     the first hourly rate
     */
    public InterventionBill invoice(Collectivity commune, Membership membership, List<Intervention> interventions,
            LocalDate issuedOn) {
        return bill(BillKind.INVOICE, commune, membership, interventions, issuedOn);
    }

    /**
     * The estimate (coût prévisionnel) of planned interventions: the same rules as {@link #invoice}.
     *
     * @param commune the commune
     * @param membership the civil years the commune is a member of the pack
     * @param planned the planned interventions
     * @param issuedOn the date the estimate is drawn up
     * @return the estimate and the outcome of each intervention
     */
    public InterventionBill estimate(Collectivity commune, Membership membership, List<Intervention> planned,
            LocalDate issuedOn) {
        return bill(BillKind.ESTIMATE, commune, membership, planned, issuedOn);
    }

    private InterventionBill bill(BillKind kind, Collectivity commune, Membership membership,
            List<Intervention> interventions, LocalDate issuedOn) {
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (!Cdg79Territory.DEUX_SEVRES.contains(commune)) {
            throw new NotEligibleException("interventions of the CDG79 for " + commune,
                    Cdg79Territory.DEUX_SEVRES.outsideReason(commune), Cdg79Territory.DEUX_SEVRES.citation());
        }
        List<Intervention> sorted = new ArrayList<>(interventions);
        sorted.sort(Comparator.comparing(Intervention::date));
        Map<String, Integer> halfDaysUsed = new HashMap<>();
        List<InterventionOutcome> outcomes = new ArrayList<>();
        List<InvoiceLine> lines = new ArrayList<>();
        for (Intervention i : sorted) {
            InterventionOutcome o = assess(commune, membership, i, halfDaysUsed);
            outcomes.add(o);
            o.line().ifPresent(lines::add);
        }
        Bill bill = Bill.of(kind, "interventions of the CDG79 for " + commune + " (000 art. 3.2)", issuedOn, lines,
                Optional.empty());
        return InterventionBill.of(bill, outcomes);
    }

    private InterventionOutcome assess(Collectivity commune, Membership membership, Intervention i,
            Map<String, Integer> halfDaysUsed) {
        String subject = "intervention of " + i.date() + " for " + commune + ": " + i.service().title();
        List<TraceStep> steps = new ArrayList<>();

        boolean member = membership.isMemberOn(i.date());
        if (member && !ceilingReading.isUnderCeiling(commune.population())) {
            throw new NotEligibleException("the pack membership of " + commune, commune.population().inhabitants()
                    + " inhabitants: the pack is reserved to 'communes de moins de 3 500 habitants' (reading "
                    + ceilingReading.name() + ")", Cdg79Articles.SERVICES);
        }
        Map<String, String> memberInputs = new LinkedHashMap<>();
        memberInputs.put("date", i.date().toString());
        memberInputs.put("membership", membership.toString());
        steps.add(TraceStep.of("membership on the day of the intervention: 'Commune adhérente au plan d'actions SGDM'"
                        + " / 'Commune non adhérente'", List.of(Cdg79Articles.HOURLY_RATES, Cdg79Articles.DURATION),
                memberInputs, List.of(), member ? "member (adhesion for the civil year " + i.date().getYear() + ")"
                        : "not a member on " + i.date()));

        ServiceTerms terms = catalogue.terms(i.service());
        Map<String, String> serviceInputs = new LinkedHashMap<>();
        serviceInputs.put("service", i.service().name());
        serviceInputs.put("reading", terms.reading().name());
        steps.add(TraceStep.of("treatment of the service under the reading of art. 3.2", terms.citations(),
                serviceInputs, List.of(), terms.treatment() + ": " + terms.reason()));

        switch (terms.treatment()) {
            case COMPULSORY_COMPETENCE:
                return notBilled(i, member ? OutcomeKind.INCLUDED : OutcomeKind.NOT_BILLABLE, subject, steps,
                        terms.citations(), member
                                ? "included: a compulsory competence of the CDG79, also paid for by the annual adhesion;"
                                        + " no line"
                                : "not billable: a compulsory competence of the CDG79, never billed by the hour;"
                                        + " no line");
            case INCLUDED_IN_PACK:
                return member
                        ? notBilled(i, OutcomeKind.INCLUDED, subject, steps, terms.citations(),
                                "included in the pack adhésion of " + i.date().getYear() + ": nothing due; no line")
                        : notBilled(i, OutcomeKind.NOT_BILLABLE, subject, steps,
                                List.of(Cdg79Articles.SERVICES, Cdg79Articles.HOURLY_RATES),
                                "not billable: the service is offered 'au titre d'une adhésion facultative' (art. 2)"
                                        + " and art. 3.2 sets no hourly price for it; the commune is not a member on "
                                        + i.date() + " — it can join the pack (art. 3.1); no line");
            case BILLABLE_HOURLY:
                return billed(i, member, subject, steps, "billed by the hour (" + i.service().citation() + ")");
            case INCLUDED_WITHIN_ALLOWANCE:
                return traineeSupport(i, member, subject, steps, halfDaysUsed);
            default:
                throw new IllegalStateException("untreated " + terms.treatment());
        }
    }

    private InterventionOutcome traineeSupport(Intervention i, boolean member, String subject, List<TraceStep> steps,
            Map<String, Integer> halfDaysUsed) {
        Graduate g = i.graduate().orElseThrow();
        if (!member) {
            return billed(i, false, subject, steps, "support of a graduate for a non-member: the included support is a"
                    + " pack service ('au titre d'une adhésion facultative', art. 2; annex column 'ADHESION ANNUELLE');"
                    + " billed from the first hour at the non-member rate");
        }
        LocalDate last = periodReading.lastIncludedDay(g.firstPostingOn());
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("graduate", g.toString());
        inputs.put("firstPostingOn", g.firstPostingOn().toString());
        inputs.put("reading", periodReading.name());
        inputs.put("date", i.date().toString());
        boolean within = !i.date().isAfter(last);
        steps.add(TraceStep.of("six months of included support: 'sur une période de six mois à l'issue de leur"
                        + " première prise de poste en collectivité'", Cdg79Articles.TRAINEE_SUPPORT, inputs,
                within ? "within the six months (" + g.firstPostingOn() + " to " + last + " inclusive)"
                        : "after the six months, which ended on " + last + ": 'Au-delà de ces six mois, un"
                                + " accompagnement particulier peut être sollicité auprès du CDG (cf article 3)'"));
        if (!within) {
            return billed(i, true, subject, steps, "support after the six months: billed");
        }
        if (!i.onSiteHalfDay()) {
            return notBilled(i, OutcomeKind.INCLUDED, subject, steps, List.of(Cdg79Articles.TRAINEE_SUPPORT),
                    "remote support within the six months: included in the pack; no line");
        }
        String key = g.name() + "|" + g.firstPostingOn();
        int before = halfDaysUsed.getOrDefault(key, g.includedHalfDaysAlreadyUsed());
        int nth = before + 1;
        Map<String, String> halfInputs = new LinkedHashMap<>();
        halfInputs.put("includedHalfDaysAlreadyUsed", Integer.toString(before));
        halfInputs.put("limit", Integer.toString(Graduate.INCLUDED_HALF_DAYS));
        if (nth <= Graduate.INCLUDED_HALF_DAYS) {
            halfDaysUsed.put(key, nth);
            steps.add(TraceStep.of("on-site support 'dans la limite de 2 demi-journées'", Cdg79Articles.TRAINEE_SUPPORT,
                    halfInputs, "on-site half-day " + nth + " of " + Graduate.INCLUDED_HALF_DAYS + ": included"));
            return notBilled(i, OutcomeKind.INCLUDED, subject, steps, List.of(Cdg79Articles.TRAINEE_SUPPORT),
                    "on-site half-day " + nth + " of " + Graduate.INCLUDED_HALF_DAYS
                            + " within the six months: included in the pack; no line");
        }
        halfDaysUsed.put(key, before);
        steps.add(TraceStep.of("on-site support 'dans la limite de 2 demi-journées'", Cdg79Articles.TRAINEE_SUPPORT,
                halfInputs, "on-site half-day beyond the " + Graduate.INCLUDED_HALF_DAYS + " included: billable"));
        return billed(i, true, subject, steps, "on-site half-day beyond the two included: billed");
    }

    private InterventionOutcome billed(Intervention i, boolean member, String subject, List<TraceStep> steps,
            String why) {
        InForce<Money> rate = rates.rateOn(i.date(), member);
        String description = i.date() + " — " + i.service().title() + " (" + i.service().citation() + ")"
                + (i.onSiteHalfDay() ? ", half-day on site" : "")
                + i.graduate().map(g -> ", " + g.name()).orElse("")
                + (member ? " — tarif commune adhérente" : " — tarif commune non adhérente");
        InvoiceLine line = InvoiceLine.of(description, i.hours(), rate, Cdg79Articles.HOURLY_RATES);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("hours", i.hours().toString());
        inputs.put("member", Boolean.toString(member));
        List<TraceStep> all = new ArrayList<>(steps);
        all.add(TraceStep.of("hourly rate: " + (member ? "'Commune adhérente au plan d'actions SGDM'"
                        : "'Commune non adhérente'") + "; amount = hours × rate, rounded once to the cent, half up",
                List.of(Cdg79Articles.HOURLY_RATES), inputs, List.of(ParameterUse.of(rate)),
                why + ": " + i.hours() + " h × " + rate.value().toDisplayString() + " = "
                        + line.amount().toDisplayString()));
        return InterventionOutcome.billed(i, line, Explanation.of(subject, all));
    }

    private static InterventionOutcome notBilled(Intervention i, OutcomeKind kind, String subject,
            List<TraceStep> steps, List<Citation> citations, String result) {
        List<TraceStep> all = new ArrayList<>(steps);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("hours", i.hours().toString());
        all.add(TraceStep.of("amount due for the intervention", citations, inputs, List.of(), result));
        return InterventionOutcome.notBilled(i, kind, Explanation.of(subject, all));
    }
}
