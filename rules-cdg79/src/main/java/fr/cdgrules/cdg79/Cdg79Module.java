package fr.cdgrules.cdg79;

import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.TariffRevision;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.cdg79.adhesion.RegisterAdmission;
import fr.cdgrules.cdg79.fee.PackAdhesion;
import java.time.Year;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.ParameterFragment;
import fr.cdgrules.core.descriptor.Reading;
import fr.cdgrules.core.descriptor.ReadingOption;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.register.LateNoticeReading;
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

    /** The rules given to {@link #of(Cdg79Rules)}, or null for the default rules (made on first use). */
    private final Cdg79Rules given;
    /** The register admission under these rules, made on first use. */
    private volatile RegisterAdmission admission;

    /**
     * Creates the module, with the default readings and the bundled descriptor (for
     * {@link java.util.ServiceLoader}). Cheap: the descriptor and the rules are read on first use, so that
     * loading every module costs a one-shot command only the module it uses.
     */
    public Cdg79Module() {
        this.given = null;
    }

    private Cdg79Module(Cdg79Rules rules) {
        this.given = rules;
    }

    /** The default rules, made when first asked for. */
    private static final class Defaults {
        static final Cdg79Rules RULES = Cdg79Rules.defaults();
    }

    private RegisterAdmission admission() {
        RegisterAdmission a = admission;
        if (a == null) {
            // made twice at worst, by two threads at once: equal values, either one kept
            a = RegisterAdmission.of(this, rules().duration(), LateNoticeReading.defaultReading());
            admission = a;
        }
        return a;
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
        return given != null ? given : Defaults.RULES;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String issuingBody() {
        return rules().descriptor().body();
    }

    @Override
    public List<SourceText> sources() {
        return rules().descriptor().sources();
    }

    @Override
    public Territory territory() {
        return rules().descriptor().territory();
    }

    @Override
    public Optional<AnnualFees> annualFees() {
        return Optional.of(rules()::quote);
    }

    @Override
    public ConventionTerms conventionTerms() {
        return rules().conventionTerms();
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
        return rules().convention(start);
    }

    @Override
    public Set<Capability> capabilities() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(rules().descriptor().capabilities()));
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        for (Object o : List.of(rules(), rules().pack(), rules().billing(), rules().access(), rules().duration(), admission())) {
            if (type.isInstance(o)) {
                return Optional.of(type.cast(o));
            }
        }
        return RuleModule.super.capability(type);
    }

    @Override
    public Optional<Descriptor> descriptor() {
        return Optional.of(rules().descriptor());
    }

    @Override
    public Cdg79Module withParameters(ParameterFragment fragment) {
        return new Cdg79Module(Cdg79Rules.of(rules().readings(), rules().descriptor().withParameters(fragment)));
    }

    /**
     * The module under other readings, chosen by id: exactly the readings its descriptor declares
     * ({@code cdg79.yaml}, {@code readings:}), each with one of its declared options.
     *
     * @param choices reading id → option id
     * @return the module under those readings, with the same parameters
     * @throws InvalidInputException naming {@code readings.<id>} if the descriptor declares no such
     *     reading or no such option of it
     */
    @Override
    public Cdg79Module withReadings(Map<String, String> choices) {
        Objects.requireNonNull(choices, "choices");
        Descriptor d = rules().descriptor();
        Cdg79Readings r = rules().readings();
        for (Map.Entry<String, String> e : choices.entrySet()) {
            String id = e.getKey();
            String o = e.getValue();
            Reading declared = d.reading(id).orElseThrow(() -> new InvalidInputException("readings." + id, null,
                    "module cdg79 has no reading '" + id + "' (it has " + d.readings().stream().map(Reading::id).toList()
                            + ")"));
            if (o == null || declared.option(o).isEmpty()) {
                throw new InvalidInputException("readings." + id, null, "reading '" + id + "' has no option '" + o
                        + "' (it has " + declared.options().stream().map(ReadingOption::id).toList() + ")");
            }
            r = r.with(id, o);
        }
        return new Cdg79Module(Cdg79Rules.of(r, d));
    }

    @Override
    public String toString() {
        return "cdg79 rule module (" + rules().descriptor().body() + ")";
    }

    /**
     * The object of the year's titre: the annual adhesion to the pack (art. 3.1).
     *
     * @param year the budget year
     * @return the object
     * @throws NullPointerException if an argument is null, naming it
     */
    @Override
    public String titreObject(Year year) {
        java.util.Objects.requireNonNull(year, "year");
        return "Adhésion " + year + " au pack « Secrétaire général de mairie » (" + Cdg79Articles.FEE + ")";
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

    /** @return the tariff of art. 3.1 this module prices with (as published, plus any version supplied) */
    @Override
    public Timeline<StrataScale> feeTariff() {
        return rules().pack().tariff();
    }
}
