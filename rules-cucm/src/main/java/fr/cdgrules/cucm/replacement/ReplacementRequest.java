package fr.cdgrules.cucm.replacement;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmArticles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A commune's request for the replacement agent, with the information art. 3 asks for: "la date
 * souhaitée de début de la prestation", "la durée estimée de son besoin", "les principales missions
 * à exercer par l'agent", "le nombre d'ETP de la commune" — plus the date of the request, the reason
 * and whether the commune employs a single part-time secretary (for the priorities of art. 3).
 *
 * <p>The forecast period runs from {@link #start()} for {@link #forecastDuration()} (calendar
 * months, weeks of 7 days); its last day is the day before {@code start + duration}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableReplacementRequest.class)
@JsonDeserialize(as = ImmutableReplacementRequest.class)
public abstract class ReplacementRequest {
    ReplacementRequest() {}

    /**
     * « moins de 600 habitants » (art. 3): a commune of 599 inhabitants qualifies, 600 does not; parameter
     * {@code priorityPopulationBelow} of the descriptor.
     */
    public static final long SMALL_COMMUNE_LIMIT = fr.cdgrules.cucm.CucmParameters.population("priorityPopulationBelow");

    /** @return the commune, with its population */
    @JsonProperty("commune")
    public abstract Collectivity commune();

    /** @return the date the request reached the CUCM */
    @JsonProperty("requestedOn")
    public abstract LocalDate requestedOn();

    /** @return "la date souhaitée de début de la prestation" */
    @JsonProperty("start")
    public abstract LocalDate start();

    /** @return "la durée estimée de son besoin", e.g. {@code P6W} or {@code P2M} */
    @JsonProperty("forecastDuration")
    public abstract Period forecastDuration();

    /** @return the reason */
    @JsonProperty("reason")
    public abstract ReplacementReason reason();

    /** @return "les principales missions à exercer par l'agent" */
    @JsonProperty("mainTasks")
    public abstract List<String> mainTasks();

    /** @return "le nombre d'ETP de la commune" (full-time equivalents), exact, ≥ 0 */
    @JsonProperty("fteCount")
    public abstract BigDecimal fteCount();

    /**
     * @return true if the commune "n'emploie qu'un seul agent administratif à temps non complet en tant
     *     que secrétaire de mairie"
     */
    @JsonProperty("singlePartTimeSecretary")
    public abstract boolean singlePartTimeSecretary();

    /**
     * @return the day the commune's adhesion took effect, if it has adhered (art. 4: only an adherent
     *     commune has recourse to the service)
     */
    @JsonProperty("adhesionDate")
    public abstract java.util.Optional<LocalDate> adhesionDate();

    /**
     * @param commune the commune, with its population
     * @param requestedOn the date of the request
     * @param start the wished first day
     * @param forecastDuration the forecast duration, positive
     * @param reason the reason
     * @param mainTasks the main tasks
     * @param fteCount the commune's full-time equivalents, ≥ 0
     * @param singlePartTimeSecretary whether its only administrative agent is a part-time secretary
     * @return the request
     * @throws InvalidInputException if the duration is not positive or the FTE count negative
     */
    public static ReplacementRequest of(Collectivity commune, LocalDate requestedOn, LocalDate start,
            Period forecastDuration, ReplacementReason reason, List<String> mainTasks, BigDecimal fteCount,
            boolean singlePartTimeSecretary) {
        java.util.Objects.requireNonNull(mainTasks, "mainTasks");
        return ImmutableReplacementRequest.of(commune, requestedOn, start, forecastDuration, reason, mainTasks, fteCount,
                singlePartTimeSecretary, java.util.Optional.empty());
    }

    /**
     * @param reason another reason
     * @return this request with that reason
     */
    public abstract ReplacementRequest withReason(ReplacementReason reason);

    /**
     * @param date the day the commune's adhesion took effect
     * @return this request with it
     */
    public abstract ReplacementRequest withAdhesionDate(LocalDate date);

    /**
     * @param start another wished first day
     * @return this request with that first day
     */
    public abstract ReplacementRequest withStart(LocalDate start);

    /**
     * @param requestedOn another request date
     * @return this request with that date
     */
    public abstract ReplacementRequest withRequestedOn(LocalDate requestedOn);

    /** @return the first day after the forecast period ({@code start + duration}, months clamped to month end) */
    public LocalDate forecastEndExclusive() {
        return CalendarMonths.plus(start(), forecastDuration(), MonthEndRule.CLAMP_TO_MONTH_END);
    }

    /** @return the last day of the forecast period */
    public LocalDate forecastLastDay() {
        return forecastEndExclusive().minusDays(1);
    }

    /** @return the number of calendar days of the forecast period */
    public long forecastDays() {
        return ChronoUnit.DAYS.between(start(), forecastEndExclusive());
    }

    /**
     * The priority profile of art. 3: "communes de plus petite taille (celles de moins de 600
     * habitants) qui n'emploient qu'un seul agent administratif à temps non complet en tant que
     * secrétaire de mairie" — both conditions.
     *
     * @return true for a priority commune
     */
    public boolean isPriorityCommune() {
        return commune().population().inhabitants() < SMALL_COMMUNE_LIMIT && singlePartTimeSecretary();
    }

    @Value.Check
    void check() {
        if (forecastDays() <= 0) {
            throw new InvalidInputException("forecastDuration", CucmArticles.ART_3,
                    "the forecast duration must be positive, got " + forecastDuration());
        }
        if (fteCount().signum() < 0) {
            throw new InvalidInputException("fteCount", CucmArticles.ART_3,
                    "a number of full-time equivalents cannot be negative, got " + fteCount().toPlainString());
        }
        for (int i = 0; i < mainTasks().size(); i++) {
            if (mainTasks().get(i).isBlank()) {
                throw new InvalidInputException("mainTasks[" + i + "]", CucmArticles.ART_3, "a main task cannot be blank");
            }
        }
    }

    @Override
    public String toString() {
        return reason().name() + " request of " + commune() + " made " + requestedOn() + " for " + start() + " to "
                + forecastLastDay();
    }
}
