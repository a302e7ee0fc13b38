package fr.cdgrules.cdg79;

import fr.cdgrules.cdg79.charter.AccessDecision;
import fr.cdgrules.cdg79.charter.AccessPolicy;
import fr.cdgrules.cdg79.charter.AccessRequest;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.cdg79.duration.ConventionStart;
import fr.cdgrules.cdg79.duration.AdhesionConvention;
import fr.cdgrules.cdg79.fee.Adhesion;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.cdg79.fee.PackAdhesion;
import fr.cdgrules.cdg79.intervention.HourlyRates;
import fr.cdgrules.cdg79.intervention.Intervention;
import fr.cdgrules.cdg79.intervention.InterventionBill;
import fr.cdgrules.cdg79.intervention.InterventionBilling;
import fr.cdgrules.cdg79.intervention.Service;
import fr.cdgrules.cdg79.intervention.ServiceTerms;
import fr.cdgrules.cdg79.intervention.TraineeAllowance;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * The CDG79 rules under one set of {@link Cdg79Readings}: the entry point of this module.
 *
 * <pre>{@code
 * Cdg79Rules rules = Cdg79Rules.defaults();
 * AnnualFeeQuote q = rules.quote(clesse, Year.of(2026));          // 150.00 €, 2025 tariff carried forward
 * InterventionBill b = rules.invoice(clesse, Membership.ofYears(Year.of(2026)), interventions, issuedOn);
 * Convention c = rules.convention(AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026)));
 *                                                                 // starts 2026-01-01: deadlines(), stateAt(date)
 * AccessDecision d = rules.decide(CdgJson.read(path, AccessRequest.class));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Cdg79Rules {
    private static final Cdg79Rules DEFAULTS = new Cdg79Rules(Cdg79Readings.defaults(), Cdg79Descriptor.bundled());

    private final Cdg79Readings readings;
    private final PackAdhesion pack;
    private final InterventionBilling billing;
    private final AdhesionConvention duration;
    private final AccessPolicy access;

    private final Descriptor descriptor;

    private Cdg79Rules(Cdg79Readings readings, Descriptor descriptor) {
        this.readings = readings;
        this.descriptor = descriptor;
        this.pack = PackAdhesion.of(readings.ceiling3500(), descriptor.parameter("packFee").scales());
        this.billing = InterventionBilling.of(readings.billableServices(), readings.traineeSupportPeriod(),
                readings.ceiling3500(), HourlyRates.of(descriptor)).withHalfDay(readings.halfDay())
                .withNonMemberTraineeSupport(readings.nonMemberTraineeSupport())
                .withLargeCommuneRate(readings.largeCommuneRate())
                .withTraineeAllowance(TraineeAllowance.of(descriptor));
        if (descriptor.terms().isEmpty()) { // (plain code: a lambda costs a one-shot command its linking)
            throw new IllegalArgumentException(descriptor.file() + " declares no terms");
        }
        this.duration = AdhesionConvention.of(descriptor.terms().get(), readings.conventionStart());
        this.access = AccessPolicy.of(readings.ceiling3500(), readings.platformMembership(),
                readings.charterSignatures(), readings.dgs());
    }

    /** @return the rules under the default readings */
    public static Cdg79Rules defaults() {
        return DEFAULTS;
    }

    /**
     * These rules under other readings, with the same parameters (descriptor). The factory has the
     * same name and shape in every module: {@code Cdg79Rules.defaults().withReadings(readings)}.
     * (Before 0.1.0 this was a static factory; a static and an instance method cannot share one
     * signature, so it became the instance method.)
     *
     * @param readings the readings of the ambiguities
     * @return the rules under those readings
     * @throws NullPointerException if {@code readings} is null
     */
    public Cdg79Rules withReadings(Cdg79Readings readings) {
        return of(readings, descriptor);
    }

    /**
     * The rules under readings, with the parameters of a descriptor (the bundled one, or one with
     * versions supplied at run time: {@link Descriptor#withParameters}).
     *
     * @param readings the readings of the ambiguities
     * @param descriptor a CDG79 descriptor
     * @return the rules
     */
    public static Cdg79Rules of(Cdg79Readings readings, Descriptor descriptor) {
        return new Cdg79Rules(Objects.requireNonNull(readings, "readings"), Objects.requireNonNull(descriptor, "descriptor"));
    }

    /** @return the descriptor whose parameters these rules use */
    public Descriptor descriptor() {
        return descriptor;
    }

    /** @return the readings applied */
    public Cdg79Readings readings() {
        return readings;
    }

    /** @return the pack adhésion (art. 3.1) under these readings */
    public PackAdhesion pack() {
        return pack;
    }

    /** @return the billing of interventions (art. 3.2) under these readings */
    public InterventionBilling billing() {
        return billing;
    }

    /** @return the duration clauses (art. 4) under these readings */
    public AdhesionConvention duration() {
        return duration;
    }

    /** @return the access policy of the platform (art. 1.3, 1.4, charter) under these readings */
    public AccessPolicy access() {
        return access;
    }

    /**
     * @param commune a commune with its population
     * @param year a budget year
     * @return the annual adhesion (art. 3.1)
     * @see PackAdhesion#quote
     */
    public AnnualFeeQuote quote(Collectivity commune, Year year) {
        return pack.quote(commune, year);
    }

    /**
     * @param commune a commune
     * @param date the date of adhesion
     * @return the adhesion: the full fee of that civil year, membership for that civil year (art. 4)
     * @see PackAdhesion#adhesionOn
     */
    public Adhesion adhesionOn(Collectivity commune, LocalDate date) {
        return pack.adhesionOn(commune, date);
    }

    /**
     * @param service a service of art. 1 or 2
     * @return whether it is included in the pack or billed, and why
     */
    public ServiceTerms terms(Service service) {
        return billing.catalogue().terms(service);
    }

    /**
     * @param commune the commune
     * @param membership the civil years it is a member of the pack
     * @param interventions the interventions done
     * @param issuedOn the date drawn up
     * @return the invoice and the outcome of each intervention
     * @see InterventionBilling#invoice
     */
    public InterventionBill invoice(Collectivity commune, Membership membership, List<Intervention> interventions,
            LocalDate issuedOn) {
        java.util.Objects.requireNonNull(interventions, "interventions");
        return billing.invoice(commune, membership, interventions, issuedOn);
    }

    /** @return the duration clauses of art. 4 */
    public ConventionTerms conventionTerms() {
        return duration.terms();
    }

    /**
     * The convention signed (or the adhesion decided) on a date, joining from that date's budget year,
     * its first day placed by the {@link fr.cdgrules.cdg79.duration.ConventionStartReading} of these
     * readings: under the default, 1 January of that year (Clessé, decided 23 April 2026: start
     * 2026-01-01, notice by 2027-12-01). A date that is already the first day (1 January under the
     * default) gives that day. For a decision joining another year, use
     * {@link #convention(AdhesionDecision)}.
     *
     * @param signedOn the date of signature or of the decision to join
     * @return the convention from the first day under the start reading
     * @throws NullPointerException if {@code signedOn} is null
     */
    public Convention convention(LocalDate signedOn) {
        return duration.signedOn(signedOn);
    }

    /**
     * @param decision the decision to join, with the budget year joined
     * @return the convention from the first day under the start reading
     * @throws NullPointerException if {@code decision} is null
     */
    public Convention convention(AdhesionDecision decision) {
        return duration.start(decision).convention();
    }

    /**
     * @param decision the decision to join, with the budget year joined
     * @return where the start reading places the first day, with the convention and the explanation
     * @throws NullPointerException if {@code decision} is null
     */
    public ConventionStart conventionStart(AdhesionDecision decision) {
        return duration.start(decision);
    }

    /**
     * @param commune a commune
     * @param decision its decision to join, with the budget year joined
     * @return the adhesion of the year joined: full fee, membership for that civil year (art. 4)
     * @throws NullPointerException if an argument is null
     * @see PackAdhesion#adhesionFor(Collectivity, AdhesionDecision)
     */
    public Adhesion adhesion(Collectivity commune, AdhesionDecision decision) {
        return pack.adhesionFor(commune, decision);
    }

    /**
     * @param request an access request
     * @return the decision, every condition explained
     */
    public AccessDecision decide(AccessRequest request) {
        return access.decide(request);
    }
}
