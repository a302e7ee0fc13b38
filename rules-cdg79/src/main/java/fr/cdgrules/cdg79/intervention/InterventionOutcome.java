package fr.cdgrules.cdg79.intervention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.finding.Finding;
import java.util.List;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What became of one intervention: billed (with its invoice line), included, or not billable, and
 * the full explanation (membership on the day, the service's treatment and reading, the allowance of
 * art. 2.3, the rate version).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableInterventionOutcome.class)
@JsonDeserialize(as = ImmutableInterventionOutcome.class)
public abstract class InterventionOutcome {
    InterventionOutcome() {}

    /** @return the intervention */
    @JsonProperty("intervention")
    public abstract Intervention intervention();

    /** @return billed, included or not billable */
    @JsonProperty("kind")
    public abstract OutcomeKind kind();

    /** @return the invoice line, present exactly when billed */
    @JsonProperty("line")
    public abstract Optional<InvoiceLine> line();

    /** @return how the outcome was decided */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    /**
     * @return what the rules found about the intervention beyond its price: a specific intervention
     *     without its ground (art. 2.6), a service not offered to the commune; empty when nothing
     */
    @JsonProperty("findings")
    public abstract List<Finding> findings();

    static InterventionOutcome billed(Intervention i, InvoiceLine line, Explanation e, List<Finding> findings) {
        return ImmutableInterventionOutcome.of(i, OutcomeKind.BILLED, Optional.of(line), e, findings);
    }

    static InterventionOutcome notBilled(Intervention i, OutcomeKind kind, Explanation e, List<Finding> findings) {
        return ImmutableInterventionOutcome.of(i, kind, Optional.empty(), e, findings);
    }

    /** @return the amount due for this intervention: the line's amount, or zero */
    public Money amountDue() {
        return line().map(InvoiceLine::amount).orElse(Money.ZERO);
    }

    /** @return the conclusion in words: the result of the last step */
    public String reason() {
        return explanation().steps().isEmpty() ? kind().name()
                : explanation().steps().get(explanation().steps().size() - 1).result();
    }

    @Value.Check
    void check() {
        if ((kind() == OutcomeKind.BILLED) != line().isPresent()) {
            throw new InvalidInputException("outcome.line", null, "an outcome has a line exactly when billed");
        }
    }

    @Override
    public String toString() {
        return intervention() + " → " + kind() + (line().isPresent() ? " " + line().get().amount().toDisplayString() : "")
                + ": " + reason() + (findings().isEmpty() ? "" : " " + findings());
    }
}
