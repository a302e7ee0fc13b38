package fr.cdgrules.cucm;

import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.TariffRevision;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import java.time.Year;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.ParameterFragment;
import fr.cdgrules.core.descriptor.ReadingChoices;
import java.util.function.BiFunction;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.cucm.billing.ForecastSplitReading;
import fr.cdgrules.cucm.billing.RttDayReading;
import fr.cdgrules.cucm.billing.RttReading;
import fr.cdgrules.cucm.cotisation.TenThousandReading;
import fr.cdgrules.cucm.membership.AdhesionDateReading;
import fr.cdgrules.cucm.replacement.AccidentRankReading;
import fr.cdgrules.cucm.replacement.PriorityCriteriaReading;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The CUCM rule module (id {@code cucm}), found through {@link java.util.ServiceLoader}: its
 * descriptor ({@code cucm.yaml}: text, territory (EPCI SIREN 247100290), terms, scale, unit cost,
 * readings, test cases) plus the Java hooks of the cotisation, the missions, the priorities and the
 * termination dues. The loader's instance uses the default readings ({@link CucmRules#defaults()});
 * derive others with {@link #withReadings(Map)} and {@link #withParameters(ParameterFragment)}; reach
 * every rule through {@code capability(CucmRules.class)} or {@link #rules()}. Immutable and thread-safe.
 */
public final class CucmModule implements RuleModule, FeeCollection, TariffRevision {
    /** The module id. */
    public static final String ID = "cucm";

    /** How each reading declared in {@code cucm.yaml} applies an option id (core's {@link ReadingChoices}). */
    private static final class Readings {
        static final Map<String, BiFunction<CucmReadings, String, CucmReadings>> SETTERS = Map.of(
                "tenThousand", (r, o) -> r.withTenThousand(TenThousandReading.valueOf(o)),
                "rtt", (r, o) -> r.withRtt(RttReading.valueOf(o)),
                "rttDay", (r, o) -> r.withRttDay(RttDayReading.valueOf(o)),
                "accidentRank", (r, o) -> r.withAccidentRank(AccidentRankReading.valueOf(o)),
                "priorityCriteria", (r, o) -> r.withPriorityCriteria(PriorityCriteriaReading.valueOf(o)),
                "adhesionDate", (r, o) -> r.withAdhesionDate(AdhesionDateReading.valueOf(o)),
                "curePeriodCounting", (r, o) -> r.withCurePeriodCounting(PeriodCounting.valueOf(o)),
                "forecastSplit", (r, o) -> r.withForecastSplit(ForecastSplitReading.valueOf(o)));
    }

    /** The rules given, or null for the defaults, read on first use (so that finding the module reads nothing). */
    private final CucmRules given;

    /** Creates the module with the default readings and the bundled descriptor (read on first use). */
    public CucmModule() {
        this.given = null;
    }

    private CucmModule(CucmRules rules) {
        this.given = rules;
    }

    /** The default rules, built when first asked for. */
    private static final class Defaults {
        static final CucmRules RULES = CucmRules.defaults();
    }

    /**
     * @param rules the rules (readings, descriptor) the module exposes
     * @return the module
     */
    public static CucmModule of(CucmRules rules) {
        return new CucmModule(Objects.requireNonNull(rules, "rules"));
    }

    /** @return the rules behind this module */
    public CucmRules rules() {
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
        return Optional.of(rules().annualFees());
    }

    @Override
    public ConventionTerms conventionTerms() {
        return rules().conventionTerms();
    }

    /**
     * The framework convention runs from 1 July 2022 to 30 June 2024 "Quel que soit la date
     * d'adhésion individuelle des communes" (art. 9): the same convention whatever start is asked.
     *
     * @param start ignored
     * @return the framework convention, 2022-07-01 to 2024-06-30
     */
    @Override
    public Convention convention(LocalDate start) {
        java.util.Objects.requireNonNull(start, "start");
        return rules().convention();
    }

    @Override
    public Set<Capability> capabilities() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(rules().descriptor().capabilities()));
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        for (Object o : List.of(rules(), rules().billing(), rules().cotisationRule(), rules().priorityOrder())) {
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

    /** The parameters a deliberation revises and the rules look up by date: the only ones a fragment may supply. */
    private static final Set<String> REVISABLE = Set.of("cotisation", "hourlyUnitCost", "structureCostRate");

    /**
     * The module with parameter versions supplied at run time. Only the scale ({@code cotisation}), the
     * hourly unit cost and the structure-cost rate, which the rules look up by date, may be supplied;
     * the convention's fixed figures ({@link CucmParameters}: payment term, exempt year, thresholds,
     * durations) are read once from the bundled descriptor, so a version of one of them is refused
     * rather than silently ignored.
     *
     * @param fragment the versions supplied
     * @return the module with them
     * @throws InvalidInputException naming {@code parameters.KEY} for a fixed figure
     * @throws fr.cdgrules.core.descriptor.InvalidDescriptorException listing every error of the fragment
     */
    @Override
    public CucmModule withParameters(ParameterFragment fragment) {
        Descriptor before = rules().descriptor();
        Descriptor after = before.withParameters(fragment);
        for (String key : before.parameters().keySet()) {
            if (!REVISABLE.contains(key) && after.parameter(key) != before.parameter(key)) {
                throw new InvalidInputException("parameters." + key, before.parameter(key).versions().get(0).article(),
                        "parameter '" + key + "' is a fixed figure of the convention and cannot be supplied at run time"
                                + " (the ones that can: " + new java.util.TreeSet<>(REVISABLE) + ")");
            }
        }
        return new CucmModule(rules().withDescriptor(after));
    }

    /**
     * The module under other readings, chosen by id: exactly the readings the descriptor declares
     * ({@code readings:} of {@code cucm.yaml}) and, for each, exactly its declared options.
     *
     * @param choices reading id → option id, e.g. {@code tenThousand → FOURTH_STRATUM}
     * @return the module under those readings
     * @throws fr.cdgrules.core.error.InvalidInputException naming {@code readings.ID} for an undeclared
     *     reading or option
     */
    @Override
    public CucmModule withReadings(Map<String, String> choices) {
        return new CucmModule(rules().withReadings(
                ReadingChoices.apply(rules().descriptor(), rules().readings(), choices, Readings.SETTERS)));
    }

    @Override
    public String toString() {
        return "cucm rule module (" + rules().descriptor().body() + ")";
    }

    /**
     * The object of the year's titre: the annual cotisation (art. 5).
     *
     * @param year the budget year
     * @return the object
     * @throws NullPointerException if an argument is null, naming it
     */
    @Override
    public String titreObject(Year year) {
        java.util.Objects.requireNonNull(year, "year");
        return "Cotisation " + year + " au service commun de remplacement des secrétaires de mairie (" + CucmArticles.ART_5
                + ")";
    }

    /**
     * « La commune concernée disposera alors d'un délai de paiement de 30 jours », « qu'il s'agisse du
     * montant de la cotisation annuelle ou bien du montant du remboursement » (art. 5).
     *
     * @return 30 days from receipt of the titre, art. 5
     */
    @Override
    public Optional<PaymentTerm> paymentTerm() {
        // parameter paymentTermDays of the descriptor
        return Optional.of(fr.cdgrules.cucm.cotisation.CotisationTitre.PAYMENT_TERM);
    }

    /** @return the scale of art. 5 as bundled */
    @Override
    public Timeline<StrataScale> feeTariff() {
        return CotisationRule.bundledScale();
    }
}
