/**
 * cdg-rules core: the domain model and rule machinery shared by every issuing body.
 *
 * <p>Knows no specific body. Rule modules ({@code rules-cdg79}, {@code rules-cucm}, ...) implement
 * {@link fr.cdgrules.core.module.RuleModule} and are discovered through {@link java.util.ServiceLoader}.
 */
module fr.cdgrules.core {
    requires static org.immutables.value.annotations;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires transitive org.threeten.extra;
    requires org.apache.commons.numbers.fraction;

    exports fr.cdgrules.core.billing;
    exports fr.cdgrules.core.calendar;
    exports fr.cdgrules.core.citation;
    exports fr.cdgrules.core.descriptor;
    exports fr.cdgrules.core.error;
    exports fr.cdgrules.core.explain;
    exports fr.cdgrules.core.feerun;
    exports fr.cdgrules.core.finding;
    exports fr.cdgrules.core.json;
    exports fr.cdgrules.core.ledger;
    exports fr.cdgrules.core.limits;
    exports fr.cdgrules.core.lifecycle;
    exports fr.cdgrules.core.membership;
    exports fr.cdgrules.core.module;
    exports fr.cdgrules.core.notice;
    exports fr.cdgrules.core.money;
    exports fr.cdgrules.core.population;
    exports fr.cdgrules.core.register;
    exports fr.cdgrules.core.simulation;
    exports fr.cdgrules.core.strata;
    exports fr.cdgrules.core.territory;
    exports fr.cdgrules.core.timeline;

    opens fr.cdgrules.core.billing to tools.jackson.databind;
    opens fr.cdgrules.core.calendar to tools.jackson.databind;
    opens fr.cdgrules.core.citation to tools.jackson.databind;
    opens fr.cdgrules.core.explain to tools.jackson.databind;
    opens fr.cdgrules.core.feerun to tools.jackson.databind;
    opens fr.cdgrules.core.finding to tools.jackson.databind;
    opens fr.cdgrules.core.ledger to tools.jackson.databind;
    opens fr.cdgrules.core.lifecycle to tools.jackson.databind;
    opens fr.cdgrules.core.membership to tools.jackson.databind;
    opens fr.cdgrules.core.module to tools.jackson.databind;
    opens fr.cdgrules.core.money to tools.jackson.databind;
    opens fr.cdgrules.core.notice to tools.jackson.databind;
    opens fr.cdgrules.core.population to tools.jackson.databind;
    opens fr.cdgrules.core.register to tools.jackson.databind;
    opens fr.cdgrules.core.simulation to tools.jackson.databind;
    opens fr.cdgrules.core.strata to tools.jackson.databind;
    opens fr.cdgrules.core.territory to tools.jackson.databind;
    opens fr.cdgrules.core.timeline to tools.jackson.databind;

    uses fr.cdgrules.core.module.RuleModule;
}
