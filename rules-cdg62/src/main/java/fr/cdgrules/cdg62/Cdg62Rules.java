package fr.cdgrules.cdg62;

import fr.cdgrules.cdg62.convention.Cdg62Terms;
import fr.cdgrules.cdg62.convention.EAdministrationConvention;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.ConventionRefusedException;
import fr.cdgrules.cdg62.eligibility.Eligibility;
import fr.cdgrules.cdg62.price.PriceQuote;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.ServiceChoice;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * The entry point to the rules of the CDG62 e-administration convention (source text 004) under a
 * set of readings. Immutable and thread-safe.
 *
 * <pre>{@code
 * Cdg62Rules rules = Cdg62Rules.defaults();                       // default readings
 * PriceQuote q = rules.price(commune, Year.of(2025), AdditionalContribution.PAYING, ServiceType.IDELIBRE);
 * EAdministrationConvention c = rules.conclude(commune, AdditionalContribution.PAYING,
 *         ServiceType.IDELIBRE, LocalDate.of(2025, 1, 1));
 * }</pre>
 */
public final class Cdg62Rules {
    private static final Cdg62Rules DEFAULTS = new Cdg62Rules(Cdg62Readings.defaults());

    private final Cdg62Readings readings;

    private Cdg62Rules(Cdg62Readings readings) {
        this.readings = readings;
    }

    /** @return the rules under the default readings (those of the {@code cdg62} rule module) */
    public static Cdg62Rules defaults() {
        return DEFAULTS;
    }

    /**
     * @return the rules under the default readings
     * @deprecated use {@link #defaults()}, the factory's name in every module
     */
    @Deprecated
    public static Cdg62Rules standard() {
        return defaults();
    }

    /**
     * These rules under other readings. The factory has the same name and shape in every module:
     * {@code Cdg62Rules.defaults().withReadings(readings)}. (Before 0.1.0 this was a static factory; a
     * static and an instance method cannot share one signature, so it became the instance method.)
     *
     * @param readings the readings to use
     * @return the rules under them
     * @throws NullPointerException if {@code readings} is null
     */
    public Cdg62Rules withReadings(Cdg62Readings readings) {
        return new Cdg62Rules(Objects.requireNonNull(readings, "readings"));
    }

    /** @return the readings in use */
    public Cdg62Readings readings() {
        return readings;
    }

    /** @return the duration, renewal and termination clauses (art. 2, art. 6) */
    public ConventionTerms terms() {
        return Cdg62Terms.terms();
    }

    /**
     * @param collectivity a collectivity
     * @param contribution whether it pays the cotisation additionnelle
     * @return whether it may take out the service, with refusals citing the preamble and art. 5
     */
    public Eligibility eligibility(Collectivity collectivity, AdditionalContribution contribution) {
        java.util.Objects.requireNonNull(collectivity, "collectivity");
        java.util.Objects.requireNonNull(contribution, "contribution");
        return Eligibility.assess(collectivity, contribution);
    }

    /**
     * @param collectivity a collectivity
     * @param year the year
     * @param contribution whether it pays the cotisation additionnelle that year
     * @param type the service type
     * @return {@code 0.00} € (art. 5, included in the cotisation additionnelle) or a refusal
     */
    public PriceQuote price(Collectivity collectivity, Year year, AdditionalContribution contribution, ServiceType type) {
        java.util.Objects.requireNonNull(collectivity, "collectivity");
        java.util.Objects.requireNonNull(year, "year");
        java.util.Objects.requireNonNull(contribution, "contribution");
        java.util.Objects.requireNonNull(type, "type");
        return PriceQuote.of(collectivity, year, contribution, type);
    }

    /**
     * @param type a service type
     * @return what each party undertakes for it (art. 3, art. 4), under these readings
     */
    public List<Commitment> commitments(ServiceType type) {
        java.util.Objects.requireNonNull(type, "type");
        return Commitment.forService(type, readings.signatureCertificates());
    }

    /**
     * @param services the services chosen (a sending type with IDELIBRE, art. 1)
     * @return what each party undertakes for them, each commitment once (art. 3, art. 4), under these readings
     */
    public List<Commitment> commitments(ServiceChoice services) {
        java.util.Objects.requireNonNull(services, "services");
        return Commitment.forService(services, readings.signatureCertificates());
    }

    /**
     * @param collectivity the collectivity
     * @param contribution whether it pays the cotisation additionnelle
     * @param type the service type chosen
     * @param start the first day in force
     * @return the convention, under these readings
     * @throws ConventionRefusedException if the collectivity may not sign it
     */
    public EAdministrationConvention conclude(Collectivity collectivity, AdditionalContribution contribution,
            ServiceType type, LocalDate start) {
        java.util.Objects.requireNonNull(collectivity, "collectivity");
        java.util.Objects.requireNonNull(contribution, "contribution");
        return EAdministrationConvention.conclude(collectivity, contribution, type, start, readings);
    }

    /**
     * @param collectivity the collectivity
     * @param contribution whether it pays the cotisation additionnelle
     * @param services the services chosen: one type, or a sending type with IDELIBRE (art. 1)
     * @param start the first day in force
     * @return the convention, under these readings
     * @throws ConventionRefusedException if the collectivity may not sign it
     */
    public EAdministrationConvention conclude(Collectivity collectivity, AdditionalContribution contribution,
            ServiceChoice services, LocalDate start) {
        java.util.Objects.requireNonNull(collectivity, "collectivity");
        java.util.Objects.requireNonNull(contribution, "contribution");
        return EAdministrationConvention.conclude(collectivity, contribution, services, start, readings);
    }
}
