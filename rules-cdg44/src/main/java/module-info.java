/**
 * The Pays de la Loire cooperation (coordinator CDG44): the partnership convention 2024-2027 for
 * training mairie secretaries (seed 002) between the five centres de gestion, the CNFPT, the Région
 * and the FRAMEL, France Travail taking part without signing.
 *
 * <p>Entry point: {@link fr.cdgrules.cdg44.Cdg44Rules}; the {@link fr.cdgrules.core.module.RuleModule}
 * found by {@link java.util.ServiceLoader} is {@link fr.cdgrules.cdg44.Cdg44Module} (id {@code cdg44}).
 */
module fr.cdgrules.cdg44 {
    requires transitive fr.cdgrules.core;
    requires static org.immutables.value.annotations;

    exports fr.cdgrules.cdg44;
    exports fr.cdgrules.cdg44.partnership;
    exports fr.cdgrules.cdg44.cohort;
    exports fr.cdgrules.cdg44.financing;
    exports fr.cdgrules.cdg44.steering;

    opens fr.cdgrules.cdg44 to tools.jackson.databind;
    opens fr.cdgrules.cdg44.partnership to tools.jackson.databind;
    opens fr.cdgrules.cdg44.cohort to tools.jackson.databind;
    opens fr.cdgrules.cdg44.financing to tools.jackson.databind;
    opens fr.cdgrules.cdg44.steering to tools.jackson.databind;

    provides fr.cdgrules.core.module.RuleModule with fr.cdgrules.cdg44.Cdg44Module;
}
