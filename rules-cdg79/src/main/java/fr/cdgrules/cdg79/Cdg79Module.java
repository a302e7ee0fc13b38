package fr.cdgrules.cdg79;

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
public final class Cdg79Module implements RuleModule {
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
}
