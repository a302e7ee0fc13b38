/**
 * cdg-rules for the Communauté urbaine Creusot Montceau (CUCM): the shared replacement service for
 * mairie secretaries and communal administrative staff (seed 003: convention cadre de mutualisation
 * de services and the council deliberation of 30 June 2022).
 *
 * <p>Entry points: {@link fr.cdgrules.cucm.CucmRules} (every rule, with the readings chosen) and
 * {@link fr.cdgrules.cucm.CucmModule} (the {@link fr.cdgrules.core.module.RuleModule} found by
 * {@link java.util.ServiceLoader} under the id {@code cucm}).
 */
module fr.cdgrules.cucm {
    requires transitive fr.cdgrules.core;
    requires static org.immutables.value.annotations;

    exports fr.cdgrules.cucm;
    exports fr.cdgrules.cucm.source;
    exports fr.cdgrules.cucm.cost;
    exports fr.cdgrules.cucm.cotisation;
    exports fr.cdgrules.cucm.prepaid;
    exports fr.cdgrules.cucm.replacement;
    exports fr.cdgrules.cucm.billing;
    exports fr.cdgrules.cucm.membership;
    exports fr.cdgrules.cucm.convention;
    exports fr.cdgrules.cucm.year;

    opens fr.cdgrules.cucm.cost to tools.jackson.databind;
    opens fr.cdgrules.cucm.cotisation to tools.jackson.databind;
    opens fr.cdgrules.cucm.replacement to tools.jackson.databind;
    opens fr.cdgrules.cucm.billing to tools.jackson.databind;
    opens fr.cdgrules.cucm.membership to tools.jackson.databind;
    opens fr.cdgrules.cucm.convention to tools.jackson.databind;
    opens fr.cdgrules.cucm.year to tools.jackson.databind;

    provides fr.cdgrules.core.module.RuleModule with fr.cdgrules.cucm.CucmModule;
}
