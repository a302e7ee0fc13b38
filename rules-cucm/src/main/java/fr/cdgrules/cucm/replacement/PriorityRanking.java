package fr.cdgrules.cucm.replacement;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Competing requests in the order they are served ({@link PriorityOrder#rank}). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePriorityRanking.class)
@JsonDeserialize(as = ImmutablePriorityRanking.class)
public abstract class PriorityRanking {
    PriorityRanking() {}

    /** @return the ranked requests, first served first */
    @JsonProperty("ranked")
    public abstract List<RankedRequest> ranked();

    /**
     * @return the groups of requests with the same profile and the same reason: « un arbitrage sera rendu
     *     par la CUCM » (art. 3); their relative order in {@link #ranked()} is provisional
     */
    @JsonProperty("arbitrations")
    public abstract List<Arbitration> arbitrations();

    /**
     * @param ranked the ranked requests, in order
     * @return the ranking, with no arbitration
     */
    public static PriorityRanking of(List<RankedRequest> ranked) {
        java.util.Objects.requireNonNull(ranked, "ranked");
        return ImmutablePriorityRanking.of(ranked, List.of());
    }

    /**
     * @param ranked the ranked requests, in order
     * @param arbitrations the groups left to the CUCM's arbitration
     * @return the ranking
     */
    public static PriorityRanking of(List<RankedRequest> ranked, List<Arbitration> arbitrations) {
        java.util.Objects.requireNonNull(ranked, "ranked");
        java.util.Objects.requireNonNull(arbitrations, "arbitrations");
        return ImmutablePriorityRanking.of(ranked, arbitrations);
    }

    /** @return warnings, one per arbitration left to the CUCM (art. 3) */
    public fr.cdgrules.core.finding.Findings findings() {
        return fr.cdgrules.core.finding.Findings.of(arbitrations().stream()
                .map(a -> fr.cdgrules.core.finding.Finding.warning("arbitration-by-the-cucm", a.describe()
                        + ": « un arbitrage sera rendu par la CUCM qui pourra proposer une répartition des heures de "
                        + "l'agent »; the order given is provisional", a.citation()))
                .toList());
    }

    /** @return the requests, first served first */
    public List<ReplacementRequest> requests() {
        return ranked().stream().map(RankedRequest::request).toList();
    }

    /** @return the request served first, if any */
    public Optional<ReplacementRequest> first() {
        return ranked().stream().findFirst().map(RankedRequest::request);
    }
}
