package fr.cdgrules.cdg44.cohort;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The admissions to a session: a decision per candidate (the admitted first, in rank order, then the
 * others in the order examined), the findings on the session (size, pilot) and the explanation.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCohortAdmission.class)
@JsonDeserialize(as = ImmutableCohortAdmission.class)
public abstract class CohortAdmission {
    CohortAdmission() {}

    /** @return the session */
    @JsonProperty("session")
    public abstract Session session();

    /** @return one decision per candidate */
    @JsonProperty("decisions")
    public abstract List<AdmissionDecision> decisions();

    /** @return the findings on the resulting cohort (below the minimum, pilot, ...) */
    @JsonProperty("findings")
    public abstract Findings findings();

    /** @return how the decisions were reached */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    static CohortAdmission of(Session session, List<AdmissionDecision> decisions, Findings findings,
            Explanation explanation) {
        return ImmutableCohortAdmission.of(session, decisions, findings, explanation);
    }

    /** @return the admitted candidates, in rank order */
    public List<Candidate> admitted() {
        return decisions().stream().filter(AdmissionDecision::isAdmitted).map(AdmissionDecision::candidate).toList();
    }

    /**
     * @param id a candidate id
     * @return the decision on that candidate
     * @throws InvalidInputException if no candidate has that id
     */
    public AdmissionDecision decisionFor(String id) {
        java.util.Objects.requireNonNull(id, "id");
        return decisions().stream().filter(d -> d.candidate().id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("candidate.id", null, "no candidate '" + id + "' in " + session()));
    }
}
