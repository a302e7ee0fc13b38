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
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.money.Hours;
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
 *       last day of the six months ({@link TraineeSupportPeriodReading}), on-site support within the
 *       limit of two half-days ("dans la limite de 2 demi-journées"), counted in half-days from the
 *       hours of each on-site entry ({@link HalfDayReading}: by default 3 h 30 a half-day, so a 7-hour
 *       day on site uses both); on-site hours beyond the two half-days and any support after the six
 *       months are billed. For a non-member, see {@link NonMemberTraineeSupportReading} (by default
 *       billed from the first hour at the non-member rate).
 *   <li>A specific intervention (art. 2.6) states its ground, « urgence » or « force majeure »;
 *       without one it is billed as recorded, with a warning finding.
 *   <li>A commune not under the ceiling (3 500 inhabitants or more by default) cannot join the pack:
 *       see {@link LargeCommuneRateReading} (by default the non-member rate).
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
    private final HalfDayReading halfDay;
    private final NonMemberTraineeSupportReading nonMemberSupport;
    private final LargeCommuneRateReading largeCommune;
    private final TraineeAllowance included;

    private InterventionBilling(ServiceCatalogue catalogue, TraineeSupportPeriodReading periodReading,
            Ceiling3500Reading ceilingReading, HourlyRates rates, HalfDayReading halfDay,
            NonMemberTraineeSupportReading nonMemberSupport, LargeCommuneRateReading largeCommune,
            TraineeAllowance allowance) {
        this.catalogue = catalogue;
        this.periodReading = periodReading;
        this.ceilingReading = ceilingReading;
        this.rates = rates;
        this.halfDay = halfDay;
        this.nonMemberSupport = nonMemberSupport;
        this.largeCommune = largeCommune;
        this.included = allowance;
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
        return new InterventionBilling(ServiceCatalogue.of(servicesReading),
                Objects.requireNonNull(periodReading, "periodReading"),
                Objects.requireNonNull(ceilingReading, "ceilingReading"), Objects.requireNonNull(rates, "rates"),
                HalfDayReading.defaultReading(), NonMemberTraineeSupportReading.defaultReading(),
                LargeCommuneRateReading.defaultReading(), TraineeAllowance.bundled());
    }

    /**
     * @param traineeAllowance the six months and the on-site half-days of art. 2.3 (the descriptor's parameters)
     * @return this billing rule with them
     * @throws NullPointerException if {@code traineeAllowance} is null
     */
    public InterventionBilling withTraineeAllowance(TraineeAllowance traineeAllowance) {
        return new InterventionBilling(catalogue, periodReading, ceilingReading, rates, halfDay, nonMemberSupport,
                largeCommune, Objects.requireNonNull(traineeAllowance, "traineeAllowance"));
    }

    /** @return the six months and the on-site half-days of art. 2.3 used */
    public TraineeAllowance traineeAllowance() {
        return included;
    }

    /**
     * @param reading the length of a half-day on site (art. 2.3)
     * @return this billing rule with that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public InterventionBilling withHalfDay(HalfDayReading reading) {
        return new InterventionBilling(catalogue, periodReading, ceilingReading, rates,
                Objects.requireNonNull(reading, "reading"), nonMemberSupport, largeCommune, included);
    }

    /**
     * @param reading how a non-member's graduate is supported (art. 2.3)
     * @return this billing rule with that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public InterventionBilling withNonMemberTraineeSupport(NonMemberTraineeSupportReading reading) {
        return new InterventionBilling(catalogue, periodReading, ceilingReading, rates, halfDay,
                Objects.requireNonNull(reading, "reading"), largeCommune, included);
    }

    /**
     * @param reading how a commune of 3 500 inhabitants or more is billed (art. 2, 3.2)
     * @return this billing rule with that reading
     * @throws NullPointerException if {@code reading} is null
     */
    public InterventionBilling withLargeCommuneRate(LargeCommuneRateReading reading) {
        return new InterventionBilling(catalogue, periodReading, ceilingReading, rates, halfDay, nonMemberSupport,
                Objects.requireNonNull(reading, "reading"), included);
    }

    /** @return the reading of the length of a half-day on site */
    public HalfDayReading halfDay() {
        return halfDay;
    }

    /** @return the reading of a non-member's graduate support */
    public NonMemberTraineeSupportReading nonMemberTraineeSupport() {
        return nonMemberSupport;
    }

    /** @return the reading of the rates of a commune of 3 500 inhabitants or more */
    public LargeCommuneRateReading largeCommuneRate() {
        return largeCommune;
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
        java.util.Objects.requireNonNull(interventions, "interventions");
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
        java.util.Objects.requireNonNull(planned, "planned");
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
        Objects.requireNonNull(interventions, "interventions");
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
        Bill bill = Bill.of(kind, "interventions of the CDG79 for " + commune + " (" + Cdg79Articles.HOURLY_RATES + ")", issuedOn, lines,
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

        if (!member && !ceilingReading.isUnderCeiling(commune.population())
                && catalogue.terms(i.service()).treatment() != ServiceTreatment.COMPULSORY_COMPETENCE) {
            Map<String, String> largeInputs = new LinkedHashMap<>();
            largeInputs.put("population", Long.toString(commune.population().inhabitants()));
            largeInputs.put("reading", "LargeCommuneRateReading." + largeCommune.name());
            if (largeCommune == LargeCommuneRateReading.NOT_OFFERED) {
                String why = "not offered: art. 2 offers its services 'à destination des communes de moins de 3 500"
                        + " habitants' and " + commune + " has " + commune.population().inhabitants()
                        + " inhabitants (reading LargeCommuneRateReading.NOT_OFFERED); no rule prices the intervention;"
                        + " no line";
                steps.add(TraceStep.of("a commune of 3 500 inhabitants or more", List.of(Cdg79Articles.SERVICES,
                        Cdg79Articles.HOURLY_RATES), largeInputs, List.of(), why));
                return notBilled(i, OutcomeKind.NOT_BILLABLE, subject, steps, List.of(Cdg79Articles.SERVICES), why,
                        List.of(Finding.refusal("service-not-offered-above-ceiling", i.date() + ": " + why,
                                Cdg79Articles.SERVICES)));
            }
            steps.add(TraceStep.of("a commune of 3 500 inhabitants or more", List.of(Cdg79Articles.HOURLY_RATES,
                            Cdg79Articles.SERVICES), largeInputs, List.of(),
                    "billed as a 'Commune non adhérente' (reading LargeCommuneRateReading.NON_MEMBER_RATE): it cannot"
                            + " join the pack, and art. 3.2 prices every commune that is not a member"));
        }

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
                return billed(i, member, subject, steps, "billed by the hour (" + i.service().citation() + ")",
                        i.hours(), groundFindings(i, steps));
            case INCLUDED_WITHIN_ALLOWANCE:
                return traineeSupport(i, member, subject, steps, halfDaysUsed);
            default:
                throw new IllegalStateException("untreated " + terms.treatment());
        }
    }

    private List<Finding> groundFindings(Intervention i, List<TraceStep> steps) {
        if (i.service() != Service.SPECIFIC_INTERVENTION) {
            return List.of();
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("ground", i.ground().map(InterventionGround::name).orElse("none stated"));
        String rule = "ground of a specific intervention: 'En cas d'urgence ou de force majeure, le CDG79 peut"
                + " accompagner les collectivités intéressées, sur une mission ponctuelle'";
        if (i.ground().isPresent()) {
            steps.add(TraceStep.of(rule, Cdg79Articles.SPECIFIC_INTERVENTION, inputs,
                    "ground stated: « " + i.ground().get().text() + " »"));
            return List.of();
        }
        steps.add(TraceStep.of(rule, Cdg79Articles.SPECIFIC_INTERVENTION, inputs,
                "no ground stated: billed as recorded, with a finding"));
        return List.of(Finding.warning("specific-intervention-without-ground", i.date() + ": a specific intervention"
                + " (art. 2.6) is given 'En cas d'urgence ou de force majeure'; none is stated for this one — record"
                + " its ground (URGENCY or FORCE_MAJEURE)", Cdg79Articles.SPECIFIC_INTERVENTION));
    }

    private InterventionOutcome traineeSupport(Intervention i, boolean member, String subject, List<TraceStep> steps,
            Map<String, Integer> halfDaysUsed) {
        Graduate g = i.graduate().orElseThrow();
        boolean allowance = member || nonMemberSupport == NonMemberTraineeSupportReading.ALLOWANCE_FOR_EVERY_COMMUNE;
        if (!member) {
            Map<String, String> inputs = new LinkedHashMap<>();
            inputs.put("reading", "NonMemberTraineeSupportReading." + nonMemberSupport.name());
            steps.add(TraceStep.of("support of a graduate for a commune that is not a member: 'Au titre des dispositifs"
                            + " de formation qu'il propose, le CDG79 accompagne' (art. 2.3) against 'au titre d'une"
                            + " adhésion facultative' (art. 2; annex column 'ADHESION ANNUELLE')",
                    List.of(Cdg79Articles.TRAINEE_SUPPORT, Cdg79Articles.SERVICES, Cdg79Articles.ANNEX), inputs,
                    List.of(), allowance ? "the six months and two half-days on site are included for every commune"
                            : "the included support is a pack service: billed from the first hour at the non-member rate"));
        }
        if (!allowance) {
            return billed(i, false, subject, steps, "support of a graduate for a non-member: the included support is a"
                    + " pack service ('au titre d'une adhésion facultative', art. 2; annex column 'ADHESION ANNUELLE');"
                    + " billed from the first hour at the non-member rate", i.hours(), List.of());
        }
        LocalDate last = periodReading.lastIncludedDay(g.firstPostingOn(), included.period(g.firstPostingOn()));
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
            return billed(i, member, subject, steps, "support after the six months: billed", i.hours(), List.of());
        }
        if (!i.onSiteHalfDay()) {
            return notBilled(i, OutcomeKind.INCLUDED, subject, steps, List.of(Cdg79Articles.TRAINEE_SUPPORT),
                    "remote support within the six months: included" + (member ? " in the pack" : "") + "; no line",
                    List.of());
        }
        String key = g.name() + "|" + g.firstPostingOn();
        int before = halfDaysUsed.getOrDefault(key, g.includedHalfDaysAlreadyUsed());
        int limit = included.onSiteHalfDays(g.firstPostingOn());
        int left = Math.max(0, limit - before);
        int uses = halfDay.halfDaysUsed(i.hours());
        Map<String, String> halfInputs = new LinkedHashMap<>();
        halfInputs.put("hoursOnSite", i.hours().toString());
        halfInputs.put("halfDayReading", "HalfDayReading." + halfDay.name() + " (" + halfDay.length() + " h)");
        halfInputs.put("halfDaysUsed", Integer.toString(uses));
        halfInputs.put("includedHalfDaysAlreadyUsed", Integer.toString(before));
        halfInputs.put("limit", Integer.toString(limit));
        String rule = "on-site support 'dans la limite de 2 demi-journées', counted in half-days of " + halfDay.length()
                + " h (reading HalfDayReading." + halfDay.name() + ")";
        String usesText = i.hours() + " h on site use " + uses + " half-day" + (uses > 1 ? "s" : "");
        if (uses <= left) {
            halfDaysUsed.put(key, before + uses);
            String which = uses == 1 ? "half-day " + (before + 1) : "half-days " + (before + 1) + " to " + (before + uses);
            steps.add(TraceStep.of(rule, Cdg79Articles.TRAINEE_SUPPORT, halfInputs,
                    usesText + ": on-site " + which + " of " + limit + ": included"));
            return notBilled(i, OutcomeKind.INCLUDED, subject, steps, List.of(Cdg79Articles.TRAINEE_SUPPORT),
                    "on-site " + which + " of " + limit + " within the six months: included"
                            + (member ? " in the pack" : "") + "; no line", List.of());
        }
        halfDaysUsed.put(key, limit);
        if (left == 0) {
            steps.add(TraceStep.of(rule, Cdg79Articles.TRAINEE_SUPPORT, halfInputs,
                    usesText + ", beyond the " + limit + " included: billable"));
            return billed(i, member, subject, steps, "on-site support beyond the two included half-days: billed",
                    i.hours(), List.of());
        }
        Hours included = halfDay.hoursOf(left);
        Hours beyond = i.hours().minus(included);
        steps.add(TraceStep.of(rule, Cdg79Articles.TRAINEE_SUPPORT, halfInputs,
                usesText + "; " + left + " of the " + limit + " included half-days left: "
                        + included + " h included, the " + beyond + " h beyond the two included half-days billable"));
        return billed(i, member, subject, steps, "on-site support: " + included + " h included (the half-day"
                + (left > 1 ? "s" : "") + " left), " + beyond + " h beyond the two included half-days billed", beyond,
                List.of());
    }

    private InterventionOutcome billed(Intervention i, boolean member, String subject, List<TraceStep> steps,
            String why, Hours hours, List<Finding> findings) {
        InForce<Money> rate = rates.rateOn(i.date(), member);
        String description = i.date() + " — " + i.service().title() + " (" + i.service().citation() + ")"
                + (i.onSiteHalfDay() ? ", on site" : "")
                + (hours.equals(i.hours()) ? "" : ", " + hours + " h of " + i.hours() + " h beyond the included half-days")
                + i.graduate().map(g -> ", " + g.name()).orElse("")
                + i.ground().map(g -> ", " + g.text()).orElse("")
                + (member ? " — tarif commune adhérente" : " — tarif commune non adhérente");
        InvoiceLine line = InvoiceLine.of(description, hours, rate, Cdg79Articles.HOURLY_RATES);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("hours", hours.toString());
        inputs.put("member", Boolean.toString(member));
        List<TraceStep> all = new ArrayList<>(steps);
        all.add(TraceStep.of("hourly rate: " + (member ? "'Commune adhérente au plan d'actions SGDM'"
                        : "'Commune non adhérente'") + "; amount = hours × rate, rounded once to the cent, half up",
                List.of(Cdg79Articles.HOURLY_RATES), inputs, List.of(ParameterUse.of(rate)),
                why + ": " + hours + " h × " + rate.value().toDisplayString() + " = "
                        + line.amount().toDisplayString()));
        return InterventionOutcome.billed(i, line, Explanation.of(subject, all), findings);
    }

    private static InterventionOutcome notBilled(Intervention i, OutcomeKind kind, String subject,
            List<TraceStep> steps, List<Citation> citations, String result) {
        return notBilled(i, kind, subject, steps, citations, result, List.of());
    }

    private static InterventionOutcome notBilled(Intervention i, OutcomeKind kind, String subject,
            List<TraceStep> steps, List<Citation> citations, String result, List<Finding> findings) {
        List<TraceStep> all = new ArrayList<>(steps);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("hours", i.hours().toString());
        all.add(TraceStep.of("amount due for the intervention", citations, inputs, List.of(), result));
        return InterventionOutcome.notBilled(i, kind, Explanation.of(subject, all), findings);
    }
}
