package fr.cdgrules.cdg44;

import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import java.util.List;

/**
 * The rule module {@code cdg44}, found through {@link java.util.ServiceLoader}: the partnership
 * convention 2024-2027 of the Pays de la Loire cooperation (seed 002), under the default readings.
 * Immutable and thread-safe.
 *
 * <p>A multi-party partnership, not a priced membership: {@link #annualFees()} stays empty.
 * {@link #convention(java.time.LocalDate)} (inherited) applies {@link #conventionTerms()} to the start
 * given, which is the date of effect (the last of the four signatures, see {@link Cdg44Rules#entryIntoForce}).
 */
public final class Cdg44Module implements RuleModule {
    /** The id of the module. */
    public static final String ID = "cdg44";
    /** Seed 002, the partnership convention. */
    public static final SourceText SOURCE = SourceText.of("002", "002_2649ee19b8a53414.txt",
            "Convention de partenariat 2024-2027 — formation au métier de secrétaire général de mairie (coopération "
                    + "des centres de gestion des Pays de la Loire, CNFPT, Région des Pays de la Loire, FRAMEL)");

    private final Cdg44Rules rules = Cdg44Rules.defaults();

    /** Creates the module, as {@code ServiceLoader} does. */
    public Cdg44Module() {
        // stateless beyond the default rules
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String issuingBody() {
        return "Centre de gestion de Loire-Atlantique (CDG44), coordonnateur de la coopération régionale des centres "
                + "de gestion des Pays de la Loire";
    }

    @Override
    public List<SourceText> sources() {
        return List.of(SOURCE);
    }

    @Override
    public Territory territory() {
        return Cdg44Rules.territory();
    }

    @Override
    public ConventionTerms conventionTerms() {
        return rules.conventionTerms();
    }

    /** @return the rules under the default readings */
    public Cdg44Rules rules() {
        return rules;
    }

    /** The bundled descriptor, read when first asked for (finding the module reads nothing). */
    private static final class Bundled {
        static final fr.cdgrules.core.descriptor.Descriptor DESCRIPTOR = loadDescriptor();
    }

    private static fr.cdgrules.core.descriptor.Descriptor loadDescriptor() {
        try (java.io.InputStream in = Cdg44Module.class.getResourceAsStream("cdg44.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource cdg44.yaml");
            }
            return fr.cdgrules.core.descriptor.DescriptorLoader.read("cdg44.yaml", in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the bundled descriptor ({@code cdg44.yaml}): texts and articles, territory, terms, capabilities, test cases */
    @Override
    public java.util.Optional<fr.cdgrules.core.descriptor.Descriptor> descriptor() {
        return java.util.Optional.of(Bundled.DESCRIPTOR);
    }

    @Override
    public java.util.Set<fr.cdgrules.core.module.Capability> capabilities() {
        return java.util.EnumSet.copyOf(Bundled.DESCRIPTOR.capabilities());
    }

    @Override
    public <T> java.util.Optional<T> capability(Class<T> type) {
        Object r = rules;
        return type.isInstance(r) ? java.util.Optional.of(type.cast(r)) : RuleModule.super.capability(type);
    }
}
