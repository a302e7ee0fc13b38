package fr.cdgrules.cdg79;

import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.TariffRevision;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cdg79.fee.PackAdhesion;
import java.time.Year;
import fr.cdgrules.cdg79.charter.CharterSignaturesReading;
import fr.cdgrules.cdg79.charter.DgsReading;
import fr.cdgrules.cdg79.charter.PlatformMembershipReading;
import fr.cdgrules.cdg79.duration.ConventionStartReading;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.intervention.BillableServicesReading;
import fr.cdgrules.cdg79.intervention.HalfDayReading;
import fr.cdgrules.cdg79.intervention.LargeCommuneRateReading;
import fr.cdgrules.cdg79.intervention.NonMemberTraineeSupportReading;
import fr.cdgrules.cdg79.intervention.TraineeSupportPeriodReading;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.ParameterFragment;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The CDG79 rule module ({@code cdg79}), found through {@link java.util.ServiceLoader}: its
 * descriptor ({@code cdg79.yaml}: texts, territory, terms, tariff, rates, readings, test cases) plus
 * the Java hooks of the pack adhésion, the hourly interventions and the platform charter. The
 * loader's instance uses the default readings ({@link Cdg79Readings#defaults()}); derive others with
 * {@link #withReadings(Map)} and {@link #withParameters(ParameterFragment)}; reach every rule through
 * {@code capability(Cdg79Rules.class)} or {@link #rules()}. Immutable and thread-safe.
 */
public final class Cdg79Module implements RuleModule, FeeCollection, TariffRevision {
    /** The module id. */
    public static final String ID = "cdg79";

    /** The reading ids {@link #withReadings(Map)} accepts: every reading of {@link Cdg79Readings}. */
    private static final List<String> READINGS = List.of("ceiling3500", "billableServices", "traineeSupportPeriod",
            "conventionStart", "platformMembership", "charterSignatures", "dgs", "halfDay", "nonMemberTraineeSupport",
            "largeCommuneRate");

    private final Cdg79Rules rules;

    /** Creates the module, with the default readings and the bundled descriptor (for {@link java.util.ServiceLoader}). */
    public Cdg79Module() {
        this(Cdg79Rules.defaults());
    }

    private Cdg79Module(Cdg79Rules rules) {
        this.rules = rules;
    }

    /**
     * @param rules the rules (readings and descriptor) the module exposes
     * @return the module
     */
    public static Cdg79Module of(Cdg79Rules rules) {
        return new Cdg79Module(Objects.requireNonNull(rules, "rules"));
    }

    /** @return the rules under this module's readings and parameters */
    public Cdg79Rules rules() {
        return rules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String issuingBody() {
        return rules.descriptor().body();
    }

    @Override
    public List<SourceText> sources() {
        return rules.descriptor().sources();
    }

    @Override
    public Territory territory() {
        return rules.descriptor().territory();
    }

    @Override
    public Optional<AnnualFees> annualFees() {
        return Optional.of(rules::quote);
    }

    @Override
    public ConventionTerms conventionTerms() {
        return rules.conventionTerms();
    }

    /**
     * The convention signed (or the adhesion decided) on a date: the module's start reading places its
     * first day (by default 1 January of that year, {@link Cdg79Rules#convention(LocalDate)}).
     *
     * @param start the date of signature or of the decision to join, as asked
     * @return the convention from the first day under the default start reading
     */
    @Override
    public Convention convention(LocalDate start) {
        return rules.convention(start);
    }

    @Override
    public Set<Capability> capabilities() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(rules.descriptor().capabilities()));
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        for (Object o : List.of(rules, rules.pack(), rules.billing(), rules.access(), rules.duration())) {
            if (type.isInstance(o)) {
                return Optional.of(type.cast(o));
            }
        }
        return RuleModule.super.capability(type);
    }

    @Override
    public Optional<Descriptor> descriptor() {
        return Optional.of(rules.descriptor());
    }

    @Override
    public Cdg79Module withParameters(ParameterFragment fragment) {
        return new Cdg79Module(Cdg79Rules.of(rules.readings(), rules.descriptor().withParameters(fragment)));
    }

    @Override
    public Cdg79Module withReadings(Map<String, String> choices) {
        Cdg79Readings r = rules.readings();
        for (Map.Entry<String, String> e : choices.entrySet()) {
            String o = e.getValue();
            try {
                r = switch (e.getKey()) {
                    case "ceiling3500" -> r.withCeiling3500(Ceiling3500Reading.valueOf(o));
                    case "billableServices" -> r.withBillableServices(BillableServicesReading.valueOf(o));
                    case "traineeSupportPeriod" -> r.withTraineeSupportPeriod(TraineeSupportPeriodReading.valueOf(o));
                    case "conventionStart" -> r.withConventionStart(ConventionStartReading.valueOf(o));
                    case "platformMembership" -> r.withPlatformMembership(PlatformMembershipReading.valueOf(o));
                    case "charterSignatures" -> r.withCharterSignatures(CharterSignaturesReading.valueOf(o));
                    case "dgs" -> r.withDgs(DgsReading.valueOf(o));
                    case "halfDay" -> r.withHalfDay(HalfDayReading.valueOf(o));
                    case "nonMemberTraineeSupport" -> r.withNonMemberTraineeSupport(NonMemberTraineeSupportReading.valueOf(o));
                    case "largeCommuneRate" -> r.withLargeCommuneRate(LargeCommuneRateReading.valueOf(o));
                    default -> throw new InvalidInputException("readings." + e.getKey(), null, "module cdg79 has no reading '"
                            + e.getKey() + "' (it has " + READINGS + ")");
                };
            } catch (IllegalArgumentException | NullPointerException x) {
                throw new InvalidInputException("readings." + e.getKey(), null, "reading '" + e.getKey() + "' has no option '"
                        + o + "'");
            }
        }
        return new Cdg79Module(Cdg79Rules.of(r, rules.descriptor()));
    }

    @Override
    public String toString() {
        return "cdg79 rule module (" + rules.descriptor().body() + ")";
    }

    /**
     * The object of the year's titre: the annual adhesion to the pack (art. 3.1).
     *
     * @param year the budget year
     * @return the object
     */
    @Override
    public String titreObject(Year year) {
        return "Adhésion " + year + " au pack « Secrétaire général de mairie » (000 art. 3.1)";
    }

    /**
     * Seed 000 sets no payment term for the adhesion.
     *
     * @return empty
     */
    @Override
    public Optional<PaymentTerm> paymentTerm() {
        return Optional.empty();
    }

    /** @return the tariff of art. 3.1 as published */
    @Override
    public Timeline<StrataScale> feeTariff() {
        return PackAdhesion.publishedTariff();
    }

    /**
     * The pack under another version of its tariff (« les tarifs sont susceptibles d'évoluer par
     * décision du Conseil d'administration », art. 3.1), under the module's readings.
     *
     * @param version the new version, with its deciding act
     * @return the annual adhesion with that version (replacing a version of the same date)
     */
    @Override
    public AnnualFees withFeeTariff(Version<StrataScale> version) {
        Objects.requireNonNull(version, "version");
        PackAdhesion pack = PackAdhesion.of(rules.readings().ceiling3500(),
                PackAdhesion.publishedTariff().withVersion(version));
        return pack::quote;
    }
}
