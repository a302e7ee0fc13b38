package fr.cdgrules.cdg44.financing;

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
 * A trainee's situation over the training: a {@link TraineeStatus} on entry, and for a job seeker
 * whose ARE rights end during the training, the last day of those rights (« les demandeurs d'emploi
 * en fin de droit du bénéfice de l'allocation de retour à l'emploi »). {@link #statusOn(LocalDate)}
 * gives the status on a day: with ARE up to and including the last day of rights, after the end of
 * rights from the next day.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTraineeSituation.class)
@JsonDeserialize(as = ImmutableTraineeSituation.class)
public abstract class TraineeSituation {
    TraineeSituation() {}

    /** @return the status on entry into the training */
    @JsonProperty("status")
    public abstract TraineeStatus status();

    /** @return for a job seeker with ARE whose rights end during the training, the last day of rights */
    @JsonProperty("areRightsLastDay")
    public abstract Optional<LocalDate> areRightsLastDay();

    /**
     * @param status a status that does not change during the training
     * @return the situation
     * @throws InvalidInputException if the status is {@link TraineeStatus#JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS},
     *     which is reached through {@link #jobSeekerWithAreEndingOn(LocalDate)}
     */
    public static TraineeSituation of(TraineeStatus status) {
        if (status == TraineeStatus.JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS) {
            throw new InvalidInputException("situation.status", Cdg44Articles.FINANCING_REGION_RELAY, "a job seeker is "
                    + "« en fin de droit » after a last day of ARE rights: use jobSeekerWithAreEndingOn(lastDay)");
        }
        return ImmutableTraineeSituation.of(status, Optional.empty());
    }

    /**
     * @param lastDayOfRights the last day of ARE rights
     * @return a job seeker with ARE whose rights end on that day
     */
    public static TraineeSituation jobSeekerWithAreEndingOn(LocalDate lastDayOfRights) {
        java.util.Objects.requireNonNull(lastDayOfRights, "lastDayOfRights");
        return ImmutableTraineeSituation.of(TraineeStatus.JOB_SEEKER_WITH_ARE, Optional.of(lastDayOfRights));
    }

    /**
     * @param date a day of the training
     * @return the status on that day
     */
    public TraineeStatus statusOn(LocalDate date) {
        java.util.Objects.requireNonNull(date, "date");
        return areRightsLastDay().filter(date::isAfter).isPresent() ? TraineeStatus.JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS
                : status();
    }

    @Value.Check
    void check() {
        if (areRightsLastDay().isPresent() && status() != TraineeStatus.JOB_SEEKER_WITH_ARE) {
            throw new InvalidInputException("situation.areRightsLastDay", Cdg44Articles.FINANCING_FRANCE_TRAVAIL,
                    "only a job seeker with ARE has a last day of ARE rights, not " + status());
        }
    }
}
