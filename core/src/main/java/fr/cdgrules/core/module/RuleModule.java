package fr.cdgrules.core.module;

import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
     * A capability of this module beyond the SPI's own methods ({@link MembershipRules},
     * {@link FeeCollection}, {@link TariffRevision}, or a module's own interface), discovered without
     * knowing the module's class. The default gives this module when it implements the type.
     *
     * @param <T> the capability
     * @param type the capability's interface
     * @return the capability, empty when the module does not offer it
     */
    default <T> Optional<T> capability(Class<T> type) {
        java.util.Objects.requireNonNull(type, "type");
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }
}
