package fr.cdgrules.cucm;

import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.TariffRevision;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import java.time.Year;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The CUCM rule module (id {@code cucm}), found through {@link java.util.ServiceLoader}: the
 * cotisation of the member communes (EPCI SIREN 247100290) and the framework convention of
 * 1 July 2022 – 30 June 2024, under the default readings ({@link CucmRules#standard()}). For the
 * rest of the rules (missions, priorities, termination dues) use {@link #rules()}. Immutable and
 * thread-safe.
 */
public final class CucmModule implements RuleModule, FeeCollection, TariffRevision {
    private final CucmRules rules;

    /** Creates the module with the default readings and the bundled costs. */
    public CucmModule() {
        this.rules = CucmRules.standard();
    }

    /** @return the rules behind this module */
    public CucmRules rules() {
        return rules;
    }

    @Override
    public String id() {
        return "cucm";
    }

    @Override
    public String issuingBody() {
        return CucmText.ISSUING_BODY;
    }

    @Override
    public List<SourceText> sources() {
        return List.of(CucmText.sourceText());
    }

    @Override
    public Territory territory() {
        return CucmText.TERRITORY;
    }

    @Override
    public Optional<AnnualFees> annualFees() {
        return Optional.of(rules.annualFees());
    }

    @Override
    public ConventionTerms conventionTerms() {
        return rules.conventionTerms();
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
        return rules.convention();
    }

    @Override
    public String toString() {
        return "cucm rule module (" + CucmText.ISSUING_BODY + ")";
    }

    /**
     * The object of the year's titre: the annual cotisation (art. 5).
     *
     * @param year the budget year
     * @return the object
     */
    @Override
    public String titreObject(Year year) {
        return "Cotisation " + year + " au service commun de remplacement des secrétaires de mairie (003 art. 5)";
    }

    /**
     * « La commune concernée disposera alors d'un délai de paiement de 30 jours », « qu'il s'agisse du
     * montant de la cotisation annuelle ou bien du montant du remboursement » (art. 5).
     *
     * @return 30 days from receipt of the titre, art. 5
     */
    @Override
    public Optional<PaymentTerm> paymentTerm() {
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
        java.util.Objects.requireNonNull(version, "version");
        Timeline<StrataScale> t = CotisationRule.bundledScale();
        java.util.List<Version<StrataScale>> vs = new java.util.ArrayList<>(t.versions());
        vs.removeIf(v -> v.effectiveFrom().equals(version.effectiveFrom()));
        vs.add(version);
        CotisationRule rule = CotisationRule.of(Timeline.of(t.parameter(), vs), rules.readings().tenThousand(),
                rules.unitCosts());
        return rule::quote;
    }

    /**
     * The module's capabilities found by type: its rules ({@code capability(CucmRules.class)}), and the
     * capability interfaces it implements.
     *
     * @param type the capability's type
     * @param <T> that type
     * @return the capability, empty if the module has none of that type
     */
    @Override
    public <T> java.util.Optional<T> capability(Class<T> type) {
        if (type == CucmRules.class) {
            return java.util.Optional.of(type.cast(rules()));
        }
        return RuleModule.super.capability(type);
    }
}
