package fr.cdgrules.cucm;

import fr.cdgrules.core.descriptor.Descriptor;
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
import fr.cdgrules.cucm.convention.FrameworkConvention;
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
 *         HourlyUnitCost.of(Money.parse("31.50")), Source.of("délibération ...", CucmText.ART_5)));
 * }</pre>
 */
public final class CucmRules {
    private static final CucmRules STANDARD = of(CucmReadings.defaults(), CucmDescriptor.bundled());

    private final CucmReadings readings;
    private final Descriptor descriptor;
    private final UnitCosts costs;
    private final CotisationRule cotisation;
    private final MissionBilling billing;
    private final PriorityOrder priorityOrder;

    private CucmRules(CucmReadings readings, Descriptor descriptor, UnitCosts costs) {
        this.readings = Objects.requireNonNull(readings);
        this.descriptor = Objects.requireNonNull(descriptor);
        this.costs = Objects.requireNonNull(costs);
        this.cotisation = CotisationRule.of(descriptor.parameter("cotisation").scales(), readings.tenThousand(), costs);
        this.billing = MissionBilling.of(cotisation, costs, RttRule.of(readings.rtt(), readings.rttDay()));
        this.priorityOrder = PriorityOrder.of(readings.accidentRank(), readings.priorityCriteria());
    }

    /** @return the rules under the default readings, with the bundled costs (2022: 30 €/h) */
    public static CucmRules defaults() {
        return STANDARD;
    }

    /**
     * @return the rules under the default readings
     * @deprecated the factory is named {@link #defaults()} in every module
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
                UnitCosts.of(descriptor));
    }

    /** @return the descriptor whose parameters these rules use */
    public Descriptor descriptor() {
        return descriptor;
    }

    /**
     * @param readings other readings
     * @return these rules under those readings
     */
    public CucmRules withReadings(CucmReadings readings) {
        return new CucmRules(readings, descriptor, costs);
    }

    /**
     * Records a revised hourly unit cost ("Il sera révisé tous les ans", art. 5), e.g. the cost the
     * CUCM communicates for a new year.
     *
     * @param revision the version, effective from a date (1 January of its year), with its decision
     * @return these rules with the revision
     */
    public CucmRules withHourlyCost(Version<HourlyUnitCost> revision) {
        return new CucmRules(readings, descriptor, costs.with(revision));
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
     * @return its hourly unit cost, carried forward (provisional) if none was published for it
     */
    public InForce<HourlyUnitCost> hourlyCost(Year year) {
        return costs.forYear(year);
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
        return cotisation.quote(commune, year);
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
     * @throws fr.cdgrules.core.error.InvalidInputException if the commune owes no cotisation that year (not eligible)
     */
    public PrepaidLedger prepaidLedger(Collectivity commune, Year year) {
        return prepaidLedger(PrepaidLedger.empty(), commune, year);
    }

    /**
     * @param ledger a commune's ledger
     * @param commune the commune
     * @param year a year not yet granted
     * @return the ledger with that year's grant
     */
    public PrepaidLedger prepaidLedger(PrepaidLedger ledger, Collectivity commune, Year year) {
        AnnualFeeQuote q = cotisation(commune, year);
        if (!q.eligible()) {
            throw new fr.cdgrules.core.error.InvalidInputException("commune", fr.cdgrules.cucm.source.CucmText.ART_3,
                    q.reason().orElseThrow());
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
        return PrepaidWork.closeYear(ledger, year);
    }

    /**
     * @param request a replacement request
     * @return refusals (not a member, outside the convention) and warnings (soft rules of art. 3)
     */
    public Findings check(ReplacementRequest request) {
        return RequestChecks.check(request);
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
        return priorityOrder.rank(requests);
    }

    /**
     * @param inProgress a replacement in progress
     * @param request a new request
     * @return whether (and when) the new request ends the replacement in progress (art. 3)
     */
    public Preemption preempt(Replacement inProgress, ReplacementRequest request) {
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

    /** @return the billing of missions */
    public MissionBilling billing() {
        return billing;
    }

    /**
     * @param form an adhesion form (annex 1)
     * @return the adhesion: accepted or refused, its date, the end of the non-recruitment commitment
     */
    public Adhesion adhesion(AdhesionForm form) {
        return Adhesion.of(form, readings.adhesionDate());
    }

    /** @return the duration and termination clauses (art. 9, 10) */
    public ConventionTerms conventionTerms() {
        return FrameworkConvention.terms();
    }

    /** @return the framework convention, 1 July 2022 to 30 June 2024 */
    public Convention convention() {
        return FrameworkConvention.convention();
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
        return TerminationSettlement.of(cotisation, billing).dues(convention, commune, cotisationAlreadyPaid,
                unpaidReplacements);
    }

    @Override
    public String toString() {
        return "CucmRules[" + readings + ", " + costs + "]";
    }
}
