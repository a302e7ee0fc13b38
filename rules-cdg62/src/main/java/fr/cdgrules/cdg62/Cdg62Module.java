package fr.cdgrules.cdg62;

import fr.cdgrules.cdg62.convention.Cdg62Terms;
import fr.cdgrules.cdg62.eligibility.Eligibility;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import java.util.List;

/**
 * The {@code cdg62} rule module: the CDG62's convention for e-administration support (source text
 * 004), found by {@link java.util.ServiceLoader}. It sets no annual fee of its own — the service is
 * "comprise dans la cotisation additionnelle" (art. 5) — so {@link #annualFees()} is empty. Uses the
 * default readings; {@link #rules()} gives the full API. Immutable and thread-safe.
 */
public final class Cdg62Module implements RuleModule {
    /** The module id. */
    public static final String ID = "cdg62";

    private static final List<SourceText> SOURCES = List.of(SourceText.of("004", "004_3084770d592e64d8.txt",
            "Convention pour l'accompagnement à la e-administration (CDG 62)"));

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public Cdg62Module() {
        // stateless
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String issuingBody() {
        return "Centre de gestion de la fonction publique territoriale du Pas-de-Calais (CDG62)";
    }

    @Override
    public List<SourceText> sources() {
        return SOURCES;
    }

    @Override
    public Territory territory() {
        return Eligibility.TERRITORY;
    }

    @Override
    public ConventionTerms conventionTerms() {
        return Cdg62Terms.terms();
    }

    /** @return the rules of this module, under the default readings */
    public Cdg62Rules rules() {
        return Cdg62Rules.standard();
    }

    /**
     * The module's capabilities found by type: its rules ({@code capability(Cdg62Rules.class)}), and the
     * capability interfaces it implements.
     *
     * @param type the capability's type
     * @param <T> that type
     * @return the capability, empty if the module has none of that type
     */
    @Override
    public <T> java.util.Optional<T> capability(Class<T> type) {
        if (type == Cdg62Rules.class) {
            return java.util.Optional.of(type.cast(rules()));
        }
        return RuleModule.super.capability(type);
    }
}
