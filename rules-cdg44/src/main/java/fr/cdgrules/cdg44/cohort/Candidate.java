package fr.cdgrules.cdg44.cohort;

import fr.cdgrules.cdg44.Cdg44Articles;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A candidate to a session: an id (unique within a session), a category, the date of application,
 * for an agent of a non-affiliated collectivity the département of that collectivity, and the
 * immersion, if any.
 *
 * <p>The « sélection des prérequis » (art. 2) has no criteria in the text: callers pass the candidates
 * that passed it.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCandidate.class)
@JsonDeserialize(as = ImmutableCandidate.class)
public abstract class Candidate {
    Candidate() {}

    /** @return the id, unique within a session; the second key of the order of admission */
    @JsonProperty("id")
    public abstract String id();

    /** @return the category (job seeker, agent in retraining, ...) */
    @JsonProperty("category")
    public abstract CandidateCategory category();

    /** @return the date of application; the first key of the order of admission within a category */
    @JsonProperty("appliedOn")
    public abstract LocalDate appliedOn();

    /** @return the département of the employing collectivity (required for a non-affiliated collectivity's agent) */
    @JsonProperty("employerDepartment")
    public abstract Optional<Department> employerDepartment();

    /** @return the immersion, if one took place */
    @JsonProperty("immersion")
    public abstract Optional<Immersion> immersion();

    /**
     * @param id the id
     * @param category the category
     * @param appliedOn the date of application
     * @param employerDepartment the département of the employing collectivity, if any
     * @param immersion the immersion, if any
     * @return the candidate
     * @throws InvalidInputException if the id is blank, or an agent of a non-affiliated collectivity has no département
     */
    public static Candidate of(String id, CandidateCategory category, LocalDate appliedOn,
            Optional<? extends Department> employerDepartment, Optional<? extends Immersion> immersion) {
        return ImmutableCandidate.of(id, category, appliedOn, employerDepartment, immersion);
    }

    /**
     * @param id the id
     * @param appliedOn the date of application
     * @param immersion the immersion
     * @return a job seeker
     */
    public static Candidate jobSeeker(String id, LocalDate appliedOn, Immersion immersion) {
        java.util.Objects.requireNonNull(immersion, "immersion");
        return of(id, CandidateCategory.JOB_SEEKER, appliedOn, Optional.empty(), Optional.of(immersion));
    }

    /**
     * @param id the id
     * @param appliedOn the date of application
     * @return a job seeker without an immersion (none is required of job seekers by default, see
     *     {@link ImmersionScopeReading})
     */
    public static Candidate jobSeeker(String id, LocalDate appliedOn) {
        return of(id, CandidateCategory.JOB_SEEKER, appliedOn, Optional.empty(), Optional.empty());
    }

    /**
     * @param id the id
     * @param appliedOn the date of application
     * @param employerDepartment the département of the non-affiliated collectivity
     * @return an agent in retraining of a non-affiliated collectivity, without an immersion
     */
    public static Candidate nonAffiliatedAgent(String id, LocalDate appliedOn, Department employerDepartment) {
        java.util.Objects.requireNonNull(employerDepartment, "employerDepartment");
        return of(id, CandidateCategory.NON_AFFILIATED_COLLECTIVITY_AGENT, appliedOn, Optional.of(employerDepartment),
                Optional.empty());
    }

    /**
     * @param id the id
     * @param appliedOn the date of application
     * @param immersion the immersion
     * @return an agent of the Région in retraining
     */
    public static Candidate regionAgent(String id, LocalDate appliedOn, Immersion immersion) {
        java.util.Objects.requireNonNull(immersion, "immersion");
        return of(id, CandidateCategory.REGION_AGENT, appliedOn, Optional.empty(), Optional.of(immersion));
    }

    /**
     * @param id the id
     * @param appliedOn the date of application
     * @param employerDepartment the département of the non-affiliated collectivity
     * @param immersion the immersion
     * @return an agent in retraining of a non-affiliated collectivity
     */
    public static Candidate nonAffiliatedAgent(String id, LocalDate appliedOn, Department employerDepartment,
            Immersion immersion) {
        java.util.Objects.requireNonNull(employerDepartment, "employerDepartment");
        java.util.Objects.requireNonNull(immersion, "immersion");
        return of(id, CandidateCategory.NON_AFFILIATED_COLLECTIVITY_AGENT, appliedOn, Optional.of(employerDepartment),
                Optional.of(immersion));
    }

    @Value.Check
    void check() {
        if (id().isBlank()) {
            throw new InvalidInputException("candidate.id", Cdg44Articles.ART_1, "a candidate needs an id");
        }
        if (category() == CandidateCategory.NON_AFFILIATED_COLLECTIVITY_AGENT && employerDepartment().isEmpty()) {
            throw new InvalidInputException("candidate.employerDepartment", Cdg44Articles.ART_1, "candidate " + id()
                    + ": an agent of a non-affiliated collectivity is admitted only in « le département concerné »; "
                    + "give the collectivity's département");
        }
    }

    @Override
    public String toString() {
        return id() + " (" + category() + ", applied " + appliedOn() + ")";
    }
}
