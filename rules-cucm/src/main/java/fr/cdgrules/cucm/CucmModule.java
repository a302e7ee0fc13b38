package fr.cdgrules.cucm;

import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.TariffRevision;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import java.time.Year;
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
        return "cucm";
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

    @Override
    public CucmModule withParameters(ParameterFragment fragment) {
        return new CucmModule(rules().withDescriptor(rules().descriptor().withParameters(fragment)));
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
        CucmReadings r = rules().readings();
        Descriptor d = rules().descriptor();
        for (Map.Entry<String, String> e : choices.entrySet()) {
            String o = e.getValue();
            fr.cdgrules.core.descriptor.Reading declared = d.reading(e.getKey()).orElseThrow(() -> new InvalidInputException(
                    "readings." + e.getKey(), null, "module cucm has no reading '" + e.getKey() + "' (it has "
                    + d.readings().stream().map(fr.cdgrules.core.descriptor.Reading::id).toList() + ")"));
            if (o == null || declared.option(o).isEmpty()) {
                throw new InvalidInputException("readings." + e.getKey(), null, "reading '" + e.getKey()
                        + "' has no option '" + o + "'");
            }
            try {
                r = switch (e.getKey()) {
                    case "tenThousand" -> r.withTenThousand(TenThousandReading.valueOf(o));
                    case "rtt" -> r.withRtt(RttReading.valueOf(o));
                    case "rttDay" -> r.withRttDay(RttDayReading.valueOf(o));
                    case "accidentRank" -> r.withAccidentRank(AccidentRankReading.valueOf(o));
                    case "priorityCriteria" -> r.withPriorityCriteria(PriorityCriteriaReading.valueOf(o));
                    case "adhesionDate" -> r.withAdhesionDate(AdhesionDateReading.valueOf(o));
                    case "curePeriodCounting" -> r.withCurePeriodCounting(PeriodCounting.valueOf(o));
                    case "forecastSplit" -> r.withForecastSplit(ForecastSplitReading.valueOf(o));
                    default -> throw new IllegalStateException("reading '" + e.getKey() + "' is declared in "
                            + d.file() + " but not implemented");
                };
            } catch (IllegalArgumentException x) {
                throw new IllegalStateException("option '" + o + "' of reading '" + e.getKey() + "' is declared in "
                        + d.file() + " but is not a constant of the reading", x);
            }
        }
        return new CucmModule(rules().withReadings(r));
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
     */
    @Override
    public String titreObject(Year year) {
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

    /**
     * The cotisation under another version of its scale, under the module's readings and unit costs.
     *
     * @param version the new version, with its deciding act
     * @return the cotisation with that version (replacing a version of the same date)
     */
    @Override
    public AnnualFees withFeeTariff(Version<StrataScale> version) {
        Objects.requireNonNull(version, "version");
        CotisationRule rule = CotisationRule.of(CotisationRule.bundledScale().withVersion(version),
                rules().readings().tenThousand(), rules().unitCosts());
        return rule::quote;
    }
}
