package fr.cdgrules.cucm.replacement;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A replacement granted to a commune: its reason and its period, first to last day inclusive.
 * Ended early when an urgent request pre-empts it ({@link #preemptedBy}).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableReplacement.class)
@JsonDeserialize(as = ImmutableReplacement.class)
public abstract class Replacement {
    Replacement() {}

    /** @return the commune replaced */
    @JsonProperty("commune")
    public abstract Collectivity commune();

    /** @return the reason */
    @JsonProperty("reason")
    public abstract ReplacementReason reason();

    /** @return the first day */
    @JsonProperty("firstDay")
    public abstract LocalDate firstDay();

    /** @return the last day, inclusive */
    @JsonProperty("lastDay")
    public abstract LocalDate lastDay();

    /**
     * @param commune the commune
     * @param reason the reason
     * @param firstDay the first day
     * @param lastDay the last day, inclusive, not before the first
     * @return the replacement
     */
    public static Replacement of(Collectivity commune, ReplacementReason reason, LocalDate firstDay, LocalDate lastDay) {
        return ImmutableReplacement.of(commune, reason, firstDay, lastDay);
    }

    /**
     * The replacement a request asks for, over its forecast period.
     *
     * @param request the request
     * @return the replacement
     */
    public static Replacement granted(ReplacementRequest request) {
        java.util.Objects.requireNonNull(request, "request");
        return of(request.commune(), request.reason(), request.start(), request.forecastLastDay());
    }

    /**
     * @param lastDay another last day
     * @return this replacement ending that day
     */
    public abstract Replacement withLastDay(LocalDate lastDay);

    /**
     * Art. 3: "toute demande de remplacement pour congés de maladie, de maternité ou absence suite à
     * un accident, restera prioritaire et mettra un terme au remplacement pour motifs non urgents en
     * cours".
     *
     * <p>Dates: the urgent replacement starts on the request's first day; a non-urgent replacement in
     * progress on that day (it started earlier and would end on or after it) ends the day before.
     * A replacement that has not started by then is not "en cours": the two compete and
     * {@link PriorityOrder} decides. Two urgent replacements never pre-empt each other: the CUCM
     * arbitrates ("un arbitrage sera rendu par la CUCM qui pourra proposer une répartition des heures
     * de l'agent").
     *
     * @param request the new request
     * @return the outcome, with this replacement as it then stands
     */
    public Preemption preemptedBy(ReplacementRequest request) {
        java.util.Objects.requireNonNull(request, "request");
        LocalDate urgentStart = request.start();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("in progress", reason().name() + " replacement of " + commune() + " from " + firstDay() + " to "
                + lastDay());
        inputs.put("new request", request.reason().name() + " request of " + request.commune() + " starting "
                + urgentStart);
        PreemptionOutcome outcome;
        String why;
        Replacement after = this;
        if (!request.reason().isUrgent()) {
            outcome = PreemptionOutcome.NEW_REQUEST_NOT_URGENT;
            why = "only a request for illness, maternity or accident ends a replacement in progress";
        } else if (reason().isUrgent()) {
            outcome = PreemptionOutcome.BOTH_URGENT;
            why = "both are urgent: no pre-emption, the CUCM arbitrates and may share the agent's hours";
        } else if (!urgentStart.isAfter(firstDay())) {
            outcome = PreemptionOutcome.NOT_YET_STARTED;
            why = "the replacement has not started on " + urgentStart + ": not « en cours », the requests compete";
        } else if (urgentStart.isAfter(lastDay())) {
            outcome = PreemptionOutcome.ALREADY_ENDED;
            why = "the replacement ends on " + lastDay() + ", before the urgent one starts";
        } else {
            outcome = PreemptionOutcome.ENDED;
            after = withLastDay(urgentStart.minusDays(1));
            why = "ended: its last day becomes " + after.lastDay() + ", the day before the urgent replacement starts";
        }
        Explanation e = Explanation.of("pre-emption of the " + reason().name() + " replacement of " + commune(),
                TraceStep.of("urgent request ends a non-urgent replacement in progress", CucmArticles.ART_3, inputs, why));
        return Preemption.of(outcome, this, after, request, e);
    }

    @Value.Check
    void check() {
        if (lastDay().isBefore(firstDay())) {
            throw new InvalidInputException("replacement.lastDay", CucmArticles.ART_3,
                    "the last day " + lastDay() + " is before the first day " + firstDay());
        }
    }
}
