/**
 * cdg-rules for the CDG62 (Centre de gestion de la fonction publique territoriale du Pas-de-Calais):
 * the convention for e-administration support ("Convention pour l'accompagnement à la
 * e-administration", source text 004).
 *
 * <p>Service types and commitments ({@code service}), who may sign and what it costs
 * ({@code eligibility}, {@code price}), the yearly assistance minimum ({@code assistance}) and the
 * convention in time ({@code convention}). {@link fr.cdgrules.cdg62.Cdg62Rules} is the entry point;
 * {@link fr.cdgrules.cdg62.Cdg62Module} is the {@link fr.cdgrules.core.module.RuleModule} found by
 * {@link java.util.ServiceLoader} under the id {@code cdg62}.
 */
module fr.cdgrules.cdg62 {
    requires transitive fr.cdgrules.core;
    requires static org.immutables.value.annotations;

    exports fr.cdgrules.cdg62;
    exports fr.cdgrules.cdg62.assistance;
    exports fr.cdgrules.cdg62.convention;
    exports fr.cdgrules.cdg62.eligibility;
    exports fr.cdgrules.cdg62.price;
    exports fr.cdgrules.cdg62.service;

    opens fr.cdgrules.cdg62 to tools.jackson.databind;
    opens fr.cdgrules.cdg62.assistance to tools.jackson.databind;
    opens fr.cdgrules.cdg62.convention to tools.jackson.databind;
    opens fr.cdgrules.cdg62.eligibility to tools.jackson.databind;
    opens fr.cdgrules.cdg62.price to tools.jackson.databind;
    opens fr.cdgrules.cdg62.service to tools.jackson.databind;

    provides fr.cdgrules.core.module.RuleModule with fr.cdgrules.cdg62.Cdg62Module;
}
