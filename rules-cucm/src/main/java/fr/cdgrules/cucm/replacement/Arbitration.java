package fr.cdgrules.cucm.replacement;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.CucmArticles;
import java.math.BigInteger;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Competing requests the criteria of art. 3 cannot tell apart, left to the CUCM: « Si les communes
 * demandeuses ont le même profil et que le remplacement est demandé pour le même motif, un arbitrage
 * sera rendu par la CUCM qui pourra proposer une répartition des heures de l'agent afin d'assurer
 * autant que possible la continuité du service pour chaque commune concernée. A ce titre il pourra
 * être demandé aux communes en concurrence d'adapter les horaires d'ouverture de la mairie ». The
 * ranking does not decide between them; it flags them, with a proposed sharing of the agent's hours
 * in equal parts (a proposal the CUCM may follow or not).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableArbitration.class)
@JsonDeserialize(as = ImmutableArbitration.class)
public abstract class Arbitration {
    Arbitration() {}

    /** @return the requests with the same profile and the same reason, in the ranking's provisional order */
    @JsonProperty("requests")
    public abstract List<ReplacementRequest> requests();

    /** @return their common reason (« le même motif ») */
    @JsonProperty("reason")
    public abstract ReplacementReason reason();

    /** @return their common profile: true if all are priority communes (« moins de 600 habitants » ...) */
    @JsonProperty("priorityProfile")
    public abstract boolean priorityProfile();

    static Arbitration of(List<ReplacementRequest> requests) {
        ReplacementRequest first = requests.get(0);
        return ImmutableArbitration.of(requests, first.reason(), first.isPriorityCommune());
    }

    /** @return the positions in the ranking are provisional until the CUCM arbitrates: art. 3 */
    public Citation citation() {
        return CucmArticles.ART_3;
    }

    /**
     * The proposed sharing (« une répartition des heures de l'agent »): the agent's week in equal parts.
     *
     * @param schedule the agent's schedule
     * @return the weekly hours proposed for each commune, exact (35 h between two communes: 17.5 h each)
     * @throws NullPointerException if an argument is null, naming it
     */
    public Hours proposedWeeklyHoursEach(WorkSchedule schedule) {
        java.util.Objects.requireNonNull(schedule, "schedule");
        Hours week = schedule.weeklyHours();
        BigInteger n = BigInteger.valueOf(requests().size());
        return Hours.parse(week.numerator() + "/" + week.denominator().multiply(n));
    }

    /** @return the communes concerned, in words */
    public String describe() {
        return "arbitrage by the CUCM between " + String.join(", ", requests().stream()
                .map(r -> r.commune().toString()).toList()) + " (same profile, same reason " + reason().name() + ")";
    }
}
