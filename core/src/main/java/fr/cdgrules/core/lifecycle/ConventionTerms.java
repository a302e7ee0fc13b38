package fr.cdgrules.core.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The duration clauses of a convention, independent of any start date: initial term, renewal
 * policy and termination clauses, each with its article. {@link Convention#of} applies them to a
 * start date.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableConventionTerms.class)
@JsonDeserialize(as = ImmutableConventionTerms.class)
public abstract class ConventionTerms {
    ConventionTerms() {}

    /** @return the length of the initial term, e.g. {@code P2Y} */
    @JsonProperty("initialTerm")
    public abstract Period initialTerm();

    /** @return the article fixing the initial term */
    @JsonProperty("termCitation")
    public abstract Citation termCitation();

    /** @return the renewal clause */
    @JsonProperty("renewal")
    public abstract RenewalPolicy renewal();

    /** @return the termination clauses; the first one that is not for fault is what a plain notice means */
    @JsonProperty("terminations")
    public abstract List<TerminationRule> terminations();

    /**
     * @param initialTerm the initial term
     * @param termCitation its article
     * @param renewal the renewal clause
     * @param terminations the termination clauses
     * @return the terms
     */
    public static ConventionTerms of(Period initialTerm, Citation termCitation, RenewalPolicy renewal,
            List<TerminationRule> terminations) {
        java.util.Objects.requireNonNull(terminations, "terminations");
        return ImmutableConventionTerms.of(initialTerm, termCitation, renewal, terminations);
    }

    /**
     * @param kind a termination kind
     * @return the clause of that kind, if the convention has one
     */
    public Optional<TerminationRule> termination(TerminationKind kind) {
        java.util.Objects.requireNonNull(kind, "kind");
        return terminations().stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** @return the longest the convention can run: initial term plus every renewal */
    public Period maximumDuration() {
        Period p = initialTerm();
        for (int i = 0; i < renewal().maxRenewals(); i++) {
            p = p.plus(renewal().renewalTerm().orElseThrow());
        }
        return p.normalized();
    }

    @Value.Check
    void check() {
        if (initialTerm().isNegative() || initialTerm().isZero()) {
            throw new InvalidInputException("terms.initialTerm", termCitation(), "an initial term must be positive");
        }
    }
}
