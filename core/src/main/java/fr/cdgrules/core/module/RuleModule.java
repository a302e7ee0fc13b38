package fr.cdgrules.core.module;

import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.ParameterFragment;
import fr.cdgrules.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service-provider interface each issuing body implements. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code provides fr.cdgrules.core.module.RuleModule with ...} in
 * the module's {@code module-info.java}, or a {@code META-INF/services} entry on the class path) and
 * looked up by {@link #id()} through {@link RuleModules}.
 *
 * <p>Implementations must be immutable and thread-safe, with a public no-argument constructor (or a
 * public static {@code provider()} method) as {@code ServiceLoader} requires.
 */
public interface RuleModule {
    /** @return the stable id, lower case, e.g. {@code cdg79} */
    String id();

    /** @return the issuing body, e.g. "Centre de gestion de la fonction publique territoriale des Deux-Sèvres (CDG79)" */
    String issuingBody();

    /** @return the source texts implemented */
    List<SourceText> sources();

    /** @return the territory served */
    Territory territory();

    /** @return the annual-fee capability, empty for a module that sets no fee */
    default Optional<AnnualFees> annualFees() {
        return Optional.empty();
    }

    /** @return the duration, renewal and termination clauses */
    ConventionTerms conventionTerms();

    /**
     * The convention that starts on a date. The default applies {@link #conventionTerms()} to it;
     * a module whose convention has fixed dates whatever the start (e.g. the CUCM framework
     * convention) overrides this.
     *
     * @param start the start date asked for
     * @return the convention
     */
    default Convention convention(LocalDate start) {
        return Convention.of(conventionTerms(), start);
    }

    /**
     * What this module can compute. The default: {@link Capability#DEADLINES}, and
     * {@link Capability#ANNUAL_FEE} when {@link #annualFees()} is present; modules with bespoke
     * rules add theirs.
     *
     * @return the capabilities
     */
    default Set<Capability> capabilities() {
        Set<Capability> set = EnumSet.of(Capability.DEADLINES);
        if (annualFees().isPresent()) {
            set.add(Capability.ANNUAL_FEE);
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /**
     * The object implementing a capability, found by its type rather than by the module's class:
     * {@code module.capability(CucmRules.class)}, never a test of the module's concrete class; also the
     * yearly operations ({@link MembershipRules}, {@link FeeCollection}, {@link TariffRevision}). The
     * default gives this module when it implements the type; modules with bespoke rules override it
     * to give their entry points too, and fall back to this default.
     *
     * @param type the type of the capability's entry point
     * @param <T> that type
     * @return the entry point, empty if this module has none of that type
     * @throws NullPointerException if {@code type} is null
     */
    default <T> Optional<T> capability(Class<T> type) {
        java.util.Objects.requireNonNull(type, "type");
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }

    /** @return the descriptor the module is built on (body, texts, terms, parameters, readings), if any */
    default Optional<Descriptor> descriptor() {
        return Optional.empty();
    }

    /**
     * A module derived with dated parameter versions supplied at run time (a deliberation adopted
     * after the release): each version is added, or replaces the bundled version taking effect the
     * same day, and is marked {@link fr.cdgrules.core.timeline.VersionOrigin#SUPPLIED} in traces.
     *
     * @param fragment the parameter versions, checked against this module's descriptor
     * @return the derived module
     * @throws fr.cdgrules.core.descriptor.InvalidDescriptorException if the fragment names an unknown
     *     parameter or article, or a version is malformed
     * @throws InvalidInputException if the module has no updatable parameter
     */
    default RuleModule withParameters(ParameterFragment fragment) {
        java.util.Objects.requireNonNull(fragment, "fragment");
        throw new InvalidInputException("parameters", null, "module " + id() + " has no parameter that can be supplied");
    }

    /**
     * The same module under other readings of its ambiguities, chosen by reading id and option id
     * (as the descriptor and the module README name them), e.g. {@code {"ceiling3500": "INCLUDED_PER_TABLE"}}.
     *
     * @param choices reading id → option id; readings not named keep their default
     * @return the module under those readings
     * @throws InvalidInputException if a reading or option is unknown
     */
    default RuleModule withReadings(Map<String, String> choices) {
        if (!choices.isEmpty()) {
            throw new InvalidInputException("readings", null, "module " + id() + " has no reading " + choices.keySet());
        }
        return this;
    }
}
