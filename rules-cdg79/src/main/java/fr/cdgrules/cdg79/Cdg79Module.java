package fr.cdgrules.cdg79;

import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.TariffRevision;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cdg79.fee.PackAdhesion;
import java.time.Year;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The CDG79 rule module ({@code cdg79}), found through {@link java.util.ServiceLoader}: the pack
 * adhésion, the duration clauses and the territory of seed 000, under the default readings
 * ({@link Cdg79Readings#defaults()}). For the hourly interventions, the platform charter and the other
 * readings use {@link #rules()} or {@link Cdg79Rules}. Immutable and thread-safe.
 */
public final class Cdg79Module implements RuleModule, FeeCollection, TariffRevision {
    /** The module id. */
    public static final String ID = "cdg79";

    private static final List<SourceText> SOURCES = List.of(
            SourceText.of("000", "000_2b251d75239922ee.txt", "Convention d'adhésion aux services déployés dans le"
                    + " cadre du plan d'actions « Secrétaire général de mairie » (CDG79), son annexe et la charte"
                    + " d'utilisation de la plateforme logicielle collaborative départementale et communautaire"),
            SourceText.of("001", "001_e88a7be615633645.txt", "Délibération du conseil municipal de Clessé du"
                    + " 23 avril 2026 : adhésion au « pack adhésion » du CDG79 à compter de l'exercice 2026"));

    private final Cdg79Rules rules = Cdg79Rules.defaults();

    /** Creates the module, with the default readings (for {@link java.util.ServiceLoader}). */
    public Cdg79Module() {
        // stateless beyond the shared, immutable default rules
    }

    /** @return the rules under the default readings */
    public Cdg79Rules rules() {
        return rules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String issuingBody() {
        return "Centre de gestion de la fonction publique territoriale des Deux-Sèvres (CDG79)";
    }

    @Override
    public List<SourceText> sources() {
        return SOURCES;
    }

    @Override
    public Territory territory() {
        return Cdg79Territory.DEUX_SEVRES;
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
        java.util.Objects.requireNonNull(version, "version");
        Timeline<StrataScale> t = PackAdhesion.publishedTariff();
        java.util.List<Version<StrataScale>> vs = new java.util.ArrayList<>(t.versions());
        vs.removeIf(v -> v.effectiveFrom().equals(version.effectiveFrom()));
        vs.add(version);
        PackAdhesion pack = PackAdhesion.of(rules.readings().ceiling3500(), Timeline.of(t.parameter(), vs));
        return pack::quote;
    }

    /**
     * The module's capabilities found by type: its rules ({@code capability(Cdg79Rules.class)}), and the
     * capability interfaces it implements.
     *
     * @param type the capability's type
     * @param <T> that type
     * @return the capability, empty if the module has none of that type
     */
    @Override
    public <T> java.util.Optional<T> capability(Class<T> type) {
        if (type == Cdg79Rules.class) {
            return java.util.Optional.of(type.cast(rules()));
        }
        return RuleModule.super.capability(type);
    }
}
