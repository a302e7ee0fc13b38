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
        return Cdg62Rules.defaults();
    }

    private static final fr.cdgrules.core.descriptor.Descriptor DESCRIPTOR = loadDescriptor();

    private static fr.cdgrules.core.descriptor.Descriptor loadDescriptor() {
        try (java.io.InputStream in = Cdg62Module.class.getResourceAsStream("cdg62.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource cdg62.yaml");
            }
            return fr.cdgrules.core.descriptor.DescriptorLoader.read("cdg62.yaml", in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the bundled descriptor ({@code cdg62.yaml}): texts and articles, territory, terms, capabilities, test cases */
    @Override
    public java.util.Optional<fr.cdgrules.core.descriptor.Descriptor> descriptor() {
        return java.util.Optional.of(DESCRIPTOR);
    }

    @Override
    public java.util.Set<fr.cdgrules.core.module.Capability> capabilities() {
        return java.util.EnumSet.copyOf(DESCRIPTOR.capabilities());
    }

    @Override
    public <T> java.util.Optional<T> capability(Class<T> type) {
        Object r = rules();
        return type.isInstance(r) ? java.util.Optional.of(type.cast(r)) : RuleModule.super.capability(type);
    }
}
