package fr.cdgrules.cucm;

import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionBilling;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.RttRule;
import fr.cdgrules.cucm.convention.FaultTermination;
import fr.cdgrules.cucm.convention.ForceMajeure;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import fr.cdgrules.cucm.convention.Reconduction;
import fr.cdgrules.cucm.cotisation.CotisationTitre;
import fr.cdgrules.cucm.convention.TerminationDues;
import fr.cdgrules.cucm.convention.TerminationSettlement;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import fr.cdgrules.cucm.cost.UnitCosts;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import fr.cdgrules.cucm.membership.Adhesion;
import fr.cdgrules.cucm.membership.AdhesionForm;
import fr.cdgrules.cucm.prepaid.PrepaidWork;
import fr.cdgrules.cucm.replacement.PriorityOrder;
import fr.cdgrules.cucm.replacement.PriorityRanking;
import fr.cdgrules.cucm.replacement.RenewalDates;
import fr.cdgrules.cucm.replacement.Replacement;
import fr.cdgrules.cucm.replacement.Preemption;
import fr.cdgrules.cucm.replacement.ReplacementRequest;
import fr.cdgrules.cucm.replacement.RequestChecks;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Every rule of the CUCM shared replacement service (seed 003), under one set of
 * {@link CucmReadings} and one series of hourly unit costs. Immutable and thread-safe; the
 * {@code with...} methods return new instances.
 *
 * <pre>{@code
 * CucmRules rules = CucmRules.defaults();
 * AnnualFeeQuote q = rules.cotisation(commune, Year.of(2023));      // 210 €, 7 h prepaid
 * MissionBill estimate = rules.estimate(sheet);                     // provisional cost
 * MissionBill invoice = rules.invoice(sheet);                       // final amount, due date
 * CucmRules revised = rules.withHourlyCost(Version.of(LocalDate.of(2024, 1, 1),
 *         HourlyUnitCost.of(Money.parse("31.50")), Source.of("délibération ...", CucmArticles.ART_5)));
 * }</pre>
 */
public final class CucmRules {
    private static final CucmRules DEFAULTS = of(CucmReadings.defaults(), CucmDescriptor.bundled());

    private final CucmReadings readings;
    private final Descriptor descriptor;
    private final UnitCosts costs;
    private final FrameworkPeriod period;
    private final CotisationRule cotisation;
    private final MissionBilling billing;
    private final PriorityOrder priorityOrder;

    private CucmRules(CucmReadings readings, Descriptor descriptor, UnitCosts costs, FrameworkPeriod period) {
        this.readings = Objects.requireNonNull(readings, "readings");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.costs = Objects.requireNonNull(costs, "costs");
        this.period = Objects.requireNonNull(period, "period").withCureCounting(readings.curePeriodCounting());
        this.cotisation = CotisationRule.of(descriptor.parameter("cotisation").scales(), readings.tenThousand(), costs,
                this.period);
        this.billing = MissionBilling.of(cotisation, costs, RttRule.of(readings.rtt(), readings.rttDay()),
                readings.forecastSplit());
        this.priorityOrder = PriorityOrder.of(readings.accidentRank(), readings.priorityCriteria());
    }

    /** @return the rules under the default readings, with the bundled costs (2022: 30 €/h) */
    public static CucmRules defaults() {
        return DEFAULTS;
    }

    /**
     * @return the rules under the default readings
     * @deprecated use {@link #defaults()}, the factory's name in every module
     */
    @Deprecated
    public static CucmRules standard() {
        return defaults();
    }

    /**
     * The rules under readings, with the parameters of a descriptor (the bundled one, or one with
     * versions supplied at run time: {@link Descriptor#withParameters}).
     *
     * @param readings the readings
     * @param descriptor a CUCM descriptor
     * @return the rules
     */
    public static CucmRules of(CucmReadings readings, Descriptor descriptor) {
        return new CucmRules(Objects.requireNonNull(readings, "readings"), Objects.requireNonNull(descriptor, "descriptor"),
                UnitCosts.of(descriptor), FrameworkPeriod.initial());
    }

    /**
     * @param newDescriptor a CUCM descriptor (e.g. with versions supplied at run time)
     * @return these rules, same readings and reconductions, with its parameters
     */
    public CucmRules withDescriptor(Descriptor newDescriptor) {
        return new CucmRules(readings, Objects.requireNonNull(newDescriptor, "descriptor"), UnitCosts.of(newDescriptor), period);
    }

    /** @return the descriptor whose parameters these rules use */
    public Descriptor descriptor() {
        return descriptor;
    }

    /**
     * These rules under other readings, same parameters and reconductions. The factory has the same
     * name and shape in every module: {@code CucmRules.defaults().withReadings(readings)}.
     *
     * @param readings other readings
     * @return these rules under those readings
     * @throws NullPointerException if {@code readings} is null
     */
    public CucmRules withReadings(CucmReadings readings) {
        return new CucmRules(readings, descriptor, costs, period);
    }

    /**
     * Records a reconduction of the framework convention decided after the bilan (délibération: « avant
     * qu'un bilan ne décide de sa reconduction »; art. 9: « non reconductible de façon tacite »; art. 12:
     * « un avenant signé des deux parties »). After it, cotisations, requests, adhesions and missions
     * compute until the last day it sets.
     *
     * @param reconduction the reconduction, with the last day it sets
     * @return these rules with the convention reconducted
     * @throws NullPointerException if {@code reconduction} is null
     * @throws fr.cdgrules.core.error.InvalidInputException if it is not decided while the convention is
     *     in force, or does not extend it
     */
    public CucmRules withReconduction(Reconduction reconduction) {
        return new CucmRules(readings, descriptor, costs, period.withReconduction(reconduction));
    }

    /** @return the framework convention's period of force, with its reconductions */
    public FrameworkPeriod framework() {
        return period;
    }

    /**
     * Records a revised hourly unit cost ("Il sera révisé tous les ans", art. 5), e.g. the cost the
     * CUCM communicates for a new year.
     *
     * @param revision the version, effective from the date its decision gives (the hours of that day on are
     *     priced at it), with its decision
     * @return these rules with the revision
     */
    public CucmRules withHourlyCost(Version<HourlyUnitCost> revision) {
        java.util.Objects.requireNonNull(revision, "revision");
        return new CucmRules(readings, descriptor, costs.with(revision), period);
    }

    /** @return the readings */
    public CucmReadings readings() {
        return readings;
    }

    /** @return the hourly unit costs */
    public UnitCosts unitCosts() {
        return costs;
    }

    /**
     * @param year a budget year
     * @return its hourly unit cost on 1 January (the cost its prepaid hours are counted at), carried
     *     forward (provisional) if none was published for it
     */
    public InForce<HourlyUnitCost> hourlyCost(Year year) {
        return costs.forYear(year);
    }

    /**
     * @param day a day of work
     * @return the hourly unit cost in force that day, provisional when no revision covers it
     */
    public InForce<HourlyUnitCost> hourlyCostOn(LocalDate day) {
        return costs.at(day);
    }

    /** @return the cotisation rule */
    public CotisationRule cotisationRule() {
        return cotisation;
    }

    /**
     * @param commune a collectivity with its population
     * @param year a budget year
     * @return its cotisation and the prepaid hours it buys (art. 5)
     */
    public AnnualFeeQuote cotisation(Collectivity commune, Year year) {
        java.util.Objects.requireNonNull(commune, "commune");
        java.util.Objects.requireNonNull(year, "year");
        return cotisation.quote(commune, year);
    }

    /**
     * The titre de recettes of a year's cotisation and its due date: art. 5, « Qu'il s'agisse du montant
     * de la cotisation annuelle ou bien du montant du remboursement dus, les communes s'acquitteront des
     * sommes mises à leur charge par la CUCM à réception des titres de recettes [...]. La commune
     * concernée disposera alors d'un délai de paiement de 30 jours ».
     *
     * @param commune an adherent commune
     * @param year the budget year
     * @param receivedOn the day the commune received the titre
     * @return the titre: amount, due date (receipt + 30 days), explanation
     * @throws NullPointerException if an argument is null
     * @throws NotEligibleException if the commune is not eligible (not a member: art. 3)
     * @throws fr.cdgrules.core.error.NoRuleAppliesException for 2022 (« aucune cotisation ne sera demandée »)
     */
    public CotisationTitre cotisationTitre(Collectivity commune, Year year, LocalDate receivedOn) {
        java.util.Objects.requireNonNull(commune, "commune");
        java.util.Objects.requireNonNull(year, "year");
        java.util.Objects.requireNonNull(receivedOn, "receivedOn");
        return CotisationTitre.of(cotisation(commune, year), receivedOn);
    }

    /** @return the cotisation as the core annual-fee capability */
    public AnnualFees annualFees() {
        return cotisation::quote;
    }

    /**
     * Opens a commune's prepaid work for a year: the grant its cotisation buys.
     *
     * @param commune the commune
     * @param year the year
     * @return a ledger with the grant
     * @throws NotEligibleException if the commune owes no cotisation that year (not a member: art. 3)
     */
    public PrepaidLedger prepaidLedger(Collectivity commune, Year year) {
        java.util.Objects.requireNonNull(commune, "commune");
        java.util.Objects.requireNonNull(year, "year");
        return prepaidLedger(PrepaidLedger.empty(), commune, year);
    }

    /**
     * @param ledger a commune's ledger
     * @param commune the commune
     * @param year a year not yet granted
     * @return the ledger with that year's grant
     */
    public PrepaidLedger prepaidLedger(PrepaidLedger ledger, Collectivity commune, Year year) {
        java.util.Objects.requireNonNull(ledger, "ledger");
        java.util.Objects.requireNonNull(commune, "commune");
        java.util.Objects.requireNonNull(year, "year");
        AnnualFeeQuote q = cotisation(commune, year);
        if (!q.eligible()) {
            throw new NotEligibleException("the prepaid work of " + commune + " for " + year, q.reason().orElseThrow(),
                    CucmArticles.ART_3);
        }
        Money fee = q.annualFee().orElseThrow();
        return PrepaidWork.grant(ledger, year, fee, costs.forYear(year).value().hourlyRate());
    }

    /**
     * @param ledger a ledger
     * @param year the year to close
     * @return the ledger with the year's unused prepaid hours forfeited
     */
    public PrepaidLedger closeYear(PrepaidLedger ledger, Year year) {
        java.util.Objects.requireNonNull(ledger, "ledger");
        java.util.Objects.requireNonNull(year, "year");
        return PrepaidWork.closeYear(ledger, year);
    }

    /**
     * @param request a replacement request
     * @return refusals (not a member, outside the convention) and warnings (soft rules of art. 3)
     */
    public Findings check(ReplacementRequest request) {
        return RequestChecks.check(request, period);
    }

    /** @return the priority order of competing requests (art. 3) */
    public PriorityOrder priorityOrder() {
        return priorityOrder;
    }

    /**
     * @param requests competing requests
     * @return them in the order they are served, each explaining its place
     */
    public PriorityRanking rank(Collection<ReplacementRequest> requests) {
        java.util.Objects.requireNonNull(requests, "requests");
        return priorityOrder.rank(requests);
    }

    /**
     * @param inProgress a replacement in progress
     * @param request a new request
     * @return whether (and when) the new request ends the replacement in progress (art. 3)
     */
    public Preemption preempt(Replacement inProgress, ReplacementRequest request) {
        java.util.Objects.requireNonNull(inProgress, "inProgress");
        java.util.Objects.requireNonNull(request, "request");
        return inProgress.preemptedBy(request);
    }

    /**
     * @param contractLastDay the last day of a service contract
     * @return when to ask for its renewal and when the CUCM answers (contract art. 4)
     */
    public RenewalDates renewal(LocalDate contractLastDay) {
        return RenewalDates.of(contractLastDay);
    }

    /**
     * @param sheet a mission with its forecast hours
     * @return the provisional cost (art. 5)
     */
    public MissionBill estimate(MissionSheet sheet) {
        return billing.estimate(sheet);
    }

    /**
     * @param sheet a mission with its timesheet
     * @return the final amount, prepaid hours deducted, with its due date when known (art. 5)
     */
    public MissionBill invoice(MissionSheet sheet) {
        return billing.invoice(sheet);
    }

    /**
     * The final amounts of several missions of one commune: all the missions of a year share that year's
     * prepaid hours once (art. 5), taken in order of their first day.
     *
     * @param missions the commune's missions, each with its timesheet
     * @return their invoices, in order of first day
     * @see MissionBilling#invoices(List)
     */
    public List<MissionBill> invoices(List<MissionSheet> missions) {
        return billing.invoices(missions);
    }

    /** @return the billing of missions */
    public MissionBilling billing() {
        return billing;
    }

    /**
     * @param form an adhesion form (annex 1)
     * @return the adhesion: accepted or refused, its date, the end of the non-recruitment commitment
     */
    public Adhesion adhesion(AdhesionForm form) {
        return Adhesion.of(form, readings.adhesionDate(), period);
    }

    /**
     * @param missions a year's missions, for one or several communes, in any order
     * @return their invoices in date order against one prepaid-hours ledger per commune and year,
     *     with a statement per commune and year ({@link fr.cdgrules.cucm.year.CucmYear#statements})
     */
    public fr.cdgrules.cucm.year.CucmYear year(List<MissionSheet> missions) {
        return fr.cdgrules.cucm.year.CucmYear.invoice(this, missions);
    }

    /** @return the duration and termination clauses (art. 9, 10), as reconducted */
    public ConventionTerms conventionTerms() {
        return period.terms();
    }

    /** @return the framework convention, 1 July 2022 to 30 June 2024 or as reconducted */
    public Convention convention() {
        return period.convention();
    }

    /**
     * Serves the formal notice of art. 10, barred by force majeure.
     *
     * @param convention the commune's convention
     * @param servedOn the day it was notified
     * @param breach « la nature des manquements constatés »
     * @param forceMajeure circumstances of force majeure established for the breaches, if any
     * @return the convention with the formal notice, its « délai d'un mois » counted under
     *     {@link CucmReadings#curePeriodCounting()}
     * @throws fr.cdgrules.core.error.NoRuleAppliesException if the breaches are imputable to force majeure
     */
    public Convention formalNotice(Convention convention, LocalDate servedOn, String breach,
            java.util.Optional<ForceMajeure> forceMajeure) {
        return FaultTermination.formalNotice(convention, servedOn, breach, forceMajeure);
    }

    /**
     * Confirms the termination for fault of art. 10: « A moins que les manquements ne soient imputables à
     * des circonstances de force majeure dûment établies ».
     *
     * @param convention the commune's convention, with its formal notice
     * @param confirmedOn the day the confirming letter was notified
     * @param forceMajeure circumstances of force majeure established for the breaches, if any
     * @return the convention with the termination recorded
     * @throws fr.cdgrules.core.error.NoRuleAppliesException if the breaches are imputable to force majeure
     */
    public Convention confirmFaultTermination(Convention convention, LocalDate confirmedOn,
            java.util.Optional<ForceMajeure> forceMajeure) {
        return FaultTermination.confirm(convention, confirmedOn, forceMajeure);
    }

    /**
     * @param convention a commune's convention with its termination recorded
     * @param commune the commune
     * @param cotisationAlreadyPaid whether the year's cotisation is paid
     * @param unpaidReplacements replacements done and not yet paid
     * @return what stays due (art. 10)
     */
    public TerminationDues dueAtTermination(Convention convention, Collectivity commune, boolean cotisationAlreadyPaid,
            List<MissionSheet> unpaidReplacements) {
        java.util.Objects.requireNonNull(convention, "convention");
        java.util.Objects.requireNonNull(commune, "commune");
        java.util.Objects.requireNonNull(unpaidReplacements, "unpaidReplacements");
        return TerminationSettlement.of(cotisation, billing).dues(convention, commune, cotisationAlreadyPaid,
                unpaidReplacements);
    }

    @Override
    public String toString() {
        return "CucmRules[" + readings + ", " + costs + ", " + period + "]";
    }
}
