package fr.cdgrules.cdg79.intervention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How one service is paid for under a {@link BillableServicesReading}: its treatment, the articles
 * that say so, and why, in words. Made by {@link ServiceCatalogue#terms}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableServiceTerms.class)
@JsonDeserialize(as = ImmutableServiceTerms.class)
public abstract class ServiceTerms {
    ServiceTerms() {}

    /** @return the service */
    @JsonProperty("service")
    public abstract Service service();

    /** @return how it is paid for */
    @JsonProperty("treatment")
    public abstract ServiceTreatment treatment();

    /** @return the reading applied */
    @JsonProperty("reading")
    public abstract BillableServicesReading reading();

    /** @return the articles behind the treatment */
    @JsonProperty("citations")
    public abstract List<Citation> citations();

    /** @return why, quoting the text */
    @JsonProperty("reason")
    public abstract String reason();

    static ServiceTerms of(Service service, ServiceTreatment treatment, BillableServicesReading reading,
            List<Citation> citations, String reason) {
        return ImmutableServiceTerms.of(service, treatment, reading, citations, reason);
    }

    /** @return true if a member can be billed by the hour for it (always, or beyond an allowance) */
    public boolean isBillable() {
        return treatment() == ServiceTreatment.BILLABLE_HOURLY
                || treatment() == ServiceTreatment.INCLUDED_WITHIN_ALLOWANCE;
    }

    @Override
    public String toString() {
        return service() + ": " + treatment() + " — " + reason();
    }
}
