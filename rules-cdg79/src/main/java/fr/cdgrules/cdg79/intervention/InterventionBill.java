package fr.cdgrules.cdg79.intervention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.billing.Bill;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Money;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A bill of interventions (art. 3.2) with what became of each intervention: the core {@link Bill}
 * holds one line per billed intervention (hours × the rate in force that day, rounded once to the
 * cent half up, with the rate version and article), and the outcomes say for every intervention —
 * billed or not — why.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableInterventionBill.class)
@JsonDeserialize(as = ImmutableInterventionBill.class)
public abstract class InterventionBill {
    InterventionBill() {}

    /** @return the estimate or invoice */
    @JsonProperty("bill")
    public abstract Bill bill();

    /** @return the outcome of each intervention, in date order */
    @JsonProperty("outcomes")
    public abstract List<InterventionOutcome> outcomes();

    static InterventionBill of(Bill bill, List<InterventionOutcome> outcomes) {
        return ImmutableInterventionBill.of(bill, outcomes);
    }

    /** @return the total of the bill, the exact sum of its lines */
    public Money total() {
        return bill().total();
    }

    /**
     * @param kind an outcome kind
     * @return the outcomes of that kind
     */
    public List<InterventionOutcome> outcomes(OutcomeKind kind) {
        java.util.Objects.requireNonNull(kind, "kind");
        return outcomes().stream().filter(o -> o.kind() == kind).toList();
    }

    /** @return the findings of every outcome, in date order (a specific intervention without its ground, …) */
    public Findings findings() {
        Findings all = Findings.none();
        for (InterventionOutcome o : outcomes()) {
            all = all.plus(Findings.of(o.findings()));
        }
        return all;
    }

    /** @return the bill, then every intervention not billed with the reason, then the findings */
    public String render() {
        StringBuilder sb = new StringBuilder(bill().render());
        for (InterventionOutcome o : outcomes()) {
            if (o.kind() != OutcomeKind.BILLED) {
                sb.append("  not billed (").append(o.kind()).append("): ").append(o.intervention()).append(" — ")
                        .append(o.reason()).append('\n');
            }
        }
        findings().all().forEach(f -> sb.append("  ").append(f).append('\n'));
        return sb.toString();
    }
}
