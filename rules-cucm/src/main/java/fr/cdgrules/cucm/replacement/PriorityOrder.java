package fr.cdgrules.cucm.replacement;

import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmArticles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The order of competing requests (art. 3): a total order, earliest served first.
 *
 * <p>Under the default readings ({@link PriorityCriteriaReading#REASON_THEN_PROFILE},
 * {@link AccidentRankReading#EQUAL_TO_ILLNESS_AND_MATERNITY}) the criteria are, in order:
 * <ol>
 *   <li>the reason's rank: (0) "Maladie et congés maternité" and "Accident"; (1) other absences;
 *       (2) "mission particulière" and "surcroît d'activité"; (3) "congés d'été";
 *   <li>the commune's profile: "communes de moins de 600 habitants qui n'emploient qu'un seul agent
 *       administratif à temps non complet" first;
 *   <li>for other absences, "sous réserve de la durée": the longer forecast first;
 *   <li>a provisional order when the criteria of the text cannot decide: earlier request, commune
 *       code, earlier start, the text's order of reasons of equal rank, longer forecast, then every other
 *       field. Requests of communes with the same profile and the same reason are not decided by it:
 *       « un arbitrage sera rendu par la CUCM » — {@link #rank} flags them as an {@link Arbitration},
 *       with a proposed sharing of the agent's hours.
 * </ol>
 * Consistent with {@code equals}: two requests compare equal only if they are equal. Immutable and
 * thread-safe.
 */
public final class PriorityOrder implements Comparator<ReplacementRequest> {
    private final AccidentRankReading accidentReading;
    private final PriorityCriteriaReading criteriaReading;
    private final List<PriorityCriterion> criteria;

    private PriorityOrder(AccidentRankReading accidentReading, PriorityCriteriaReading criteriaReading) {
        this.accidentReading = Objects.requireNonNull(accidentReading, "accidentReading");
        this.criteriaReading = Objects.requireNonNull(criteriaReading, "criteriaReading");
        List<PriorityCriterion> list = new ArrayList<>(List.of(PriorityCriterion.values()));
        if (criteriaReading == PriorityCriteriaReading.PROFILE_THEN_REASON) {
            list.set(0, PriorityCriterion.COMMUNE_PROFILE);
            list.set(1, PriorityCriterion.REASON);
        }
        this.criteria = List.copyOf(list);
    }

    /**
     * @param accidentReading where an accident ranks
     * @param criteriaReading whether the reason or the profile comes first
     * @return the order
     */
    public static PriorityOrder of(AccidentRankReading accidentReading, PriorityCriteriaReading criteriaReading) {
        java.util.Objects.requireNonNull(accidentReading, "accidentReading");
        java.util.Objects.requireNonNull(criteriaReading, "criteriaReading");
        return new PriorityOrder(accidentReading, criteriaReading);
    }

    /** @return the order under the default readings */
    public static PriorityOrder defaults() {
        return of(AccidentRankReading.EQUAL_TO_ILLNESS_AND_MATERNITY, PriorityCriteriaReading.REASON_THEN_PROFILE);
    }

    /** @return the criteria, in the order applied */
    public List<PriorityCriterion> criteria() {
        return criteria;
    }

    /** @return the reading of the accident's rank */
    public AccidentRankReading accidentReading() {
        return accidentReading;
    }

    /** @return the reading of the order of criteria */
    public PriorityCriteriaReading criteriaReading() {
        return criteriaReading;
    }

    /**
     * @param reason a reason
     * @return its rank, 0 first
     */
    public int reasonRank(ReplacementReason reason) {
        java.util.Objects.requireNonNull(reason, "reason");
        switch (reason) {
            case ILLNESS_OR_MATERNITY:
                return 0;
            case ACCIDENT:
                return accidentReading == AccidentRankReading.EQUAL_TO_ILLNESS_AND_MATERNITY ? 0 : 1;
            case OTHER_ABSENCE:
                return 2;
            case PARTICULAR_MISSION:
            case EXTRA_WORKLOAD:
                return 3;
            default:
                return 4;
        }
    }

    @Override
    public int compare(ReplacementRequest a, ReplacementRequest b) {
        java.util.Objects.requireNonNull(a, "a");
        java.util.Objects.requireNonNull(b, "b");
        for (PriorityCriterion c : criteria) {
            int r = compareBy(c, a, b);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }

    /**
     * @param a a request
     * @param b another request
     * @return the first criterion that tells them apart; empty if they are equal
     */
    public Optional<PriorityCriterion> decidingCriterion(ReplacementRequest a, ReplacementRequest b) {
        java.util.Objects.requireNonNull(a, "a");
        java.util.Objects.requireNonNull(b, "b");
        return criteria.stream().filter(c -> compareBy(c, a, b) != 0).findFirst();
    }

    /**
     * Ranks competing requests, the first served first; each ranked request explains its place.
     *
     * @param requests the requests
     * @return the ranking
     */
    public PriorityRanking rank(Collection<ReplacementRequest> requests) {
        java.util.Objects.requireNonNull(requests, "requests");
        List<ReplacementRequest> sorted = new ArrayList<>(requests);
        sorted.sort(this);
        Map<String, List<ReplacementRequest>> groups = new LinkedHashMap<>();
        for (ReplacementRequest r : sorted) {
            String key = r.reason().name() + "|" + r.isPriorityCommune() + "|"
                    + (r.reason() == ReplacementReason.OTHER_ABSENCE ? r.forecastDays() : "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Arbitration> arbitrations = new ArrayList<>();
        for (List<ReplacementRequest> g : groups.values()) {
            if (g.stream().map(r -> r.commune().code()).distinct().count() > 1) {
                arbitrations.add(Arbitration.of(List.copyOf(g)));
            }
        }
        List<RankedRequest> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ReplacementRequest r = sorted.get(i);
            Explanation e = Explanation.of("priority of the " + r, keyStep(r));
            if (i > 0) {
                ReplacementRequest before = sorted.get(i - 1);
                int previous = i;
                String why = decidingCriterion(before, r)
                        .map(c -> "after #" + previous + " (" + before.commune() + ", " + before.reason().name() + ") by: "
                                + c.description())
                        .orElse("equal to #" + previous + " (the same request given twice)");
                e = e.plus(TraceStep.of("place among the competing requests", CucmArticles.ART_3,
                        Map.of("position", String.valueOf(i + 1)), why));
            } else {
                e = e.plus(TraceStep.of("place among the competing requests", CucmArticles.ART_3,
                        Map.of("position", "1"), "served first"));
            }
            for (Arbitration arb : arbitrations) {
                if (arb.requests().contains(r)) {
                    e = e.plus(TraceStep.of("left to the CUCM's arbitration", CucmArticles.ART_3,
                            Map.of("same profile and reason", String.valueOf(arb.requests().size()) + " requests"),
                            "« Si les communes demandeuses ont le même profil et que le remplacement est demandé pour "
                                    + "le même motif, un arbitrage sera rendu par la CUCM »: this place is provisional ("
                                    + arb.describe() + ")"));
                }
            }
            ranked.add(RankedRequest.of(i + 1, r, e));
        }
        return PriorityRanking.of(ranked, arbitrations);
    }

    /**
     * Art. 3: « Si les communes demandeuses ont le même profil et que le remplacement est demandé pour le
     * même motif, un arbitrage sera rendu par la CUCM ». For other absences the duration is a criterion
     * of the text (« sous réserve de la durée »): two other absences of different durations are told apart.
     *
     * @param a a request
     * @param b another request, of another commune
     * @return true if the text's criteria cannot tell them apart: left to the CUCM's arbitration
     */
    public boolean sameProfileAndReason(ReplacementRequest a, ReplacementRequest b) {
        java.util.Objects.requireNonNull(a, "a");
        java.util.Objects.requireNonNull(b, "b");
        return !a.commune().code().equals(b.commune().code()) && a.reason() == b.reason()
                && a.isPriorityCommune() == b.isPriorityCommune()
                && compareBy(PriorityCriterion.DURATION_OF_OTHER_ABSENCE, a, b) == 0;
    }

    private TraceStep keyStep(ReplacementRequest r) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("reason", r.reason().wording() + " (rank " + reasonRank(r.reason()) + ", reading "
                + accidentReading.name() + ")");
        inputs.put("commune", r.commune() + ", " + r.commune().population().inhabitants() + " inhabitants, "
                + (r.singlePartTimeSecretary() ? "a single part-time secretary" : "not a single part-time secretary"));
        inputs.put("forecast", r.forecastDays() + " days from " + r.start());
        inputs.put("requestedOn", r.requestedOn().toString());
        String profile = r.isPriorityCommune()
                ? "priority commune (« moins de 600 habitants » with « un seul agent administratif à temps non complet »)"
                : "not a priority commune";
        return TraceStep.of("priority key (criteria order: " + criteriaReading.name() + ")", CucmArticles.ART_3, inputs,
                profile + (r.reason().isUrgent() ? "; urgent reason (illness, maternity or accident)" : ""));
    }

    private int compareBy(PriorityCriterion c, ReplacementRequest a, ReplacementRequest b) {
        switch (c) {
            case REASON:
                return Integer.compare(reasonRank(a.reason()), reasonRank(b.reason()));
            case COMMUNE_PROFILE:
                return Boolean.compare(b.isPriorityCommune(), a.isPriorityCommune());
            case DURATION_OF_OTHER_ABSENCE:
                if (a.reason() == ReplacementReason.OTHER_ABSENCE && b.reason() == ReplacementReason.OTHER_ABSENCE) {
                    return Long.compare(b.forecastDays(), a.forecastDays());
                }
                return 0;
            case REQUEST_DATE:
                return a.requestedOn().compareTo(b.requestedOn());
            case COMMUNE_CODE:
                return a.commune().code().compareTo(b.commune().code());
            case START_DATE:
                return a.start().compareTo(b.start());
            case REASON_ORDER:
                return a.reason().compareTo(b.reason());
            case FORECAST_DURATION:
                return Long.compare(b.forecastDays(), a.forecastDays());
            default:
                return compareOtherFields(a, b);
        }
    }

    private static final Comparator<Collectivity> COMMUNE_FIELDS = Comparator
            .comparing(Collectivity::name)
            .thenComparing(Collectivity::department)
            .thenComparing(c -> c.epciSiren().orElse("")) // a SIREN has 9 digits: none ("") is told apart
            .thenComparing(c -> c.population().inhabitants())
            .thenComparing(c -> c.population().basis())
            .thenComparing(c -> c.population().vintage());

    private static int compareOtherFields(ReplacementRequest a, ReplacementRequest b) {
        int r = COMMUNE_FIELDS.compare(a.commune(), b.commune());
        if (r != 0) {
            return r;
        }
        r = a.forecastDuration().toString().compareTo(b.forecastDuration().toString());
        if (r != 0) {
            return r;
        }
        r = a.fteCount().compareTo(b.fteCount());
        if (r != 0) {
            return r;
        }
        r = Integer.compare(a.fteCount().scale(), b.fteCount().scale());
        if (r != 0) {
            return r;
        }
        r = Boolean.compare(b.singlePartTimeSecretary(), a.singlePartTimeSecretary());
        if (r != 0) {
            return r;
        }
        int n = Math.min(a.mainTasks().size(), b.mainTasks().size());
        for (int i = 0; i < n; i++) {
            r = a.mainTasks().get(i).compareTo(b.mainTasks().get(i));
            if (r != 0) {
                return r;
            }
        }
        return Integer.compare(a.mainTasks().size(), b.mainTasks().size());
    }

    @Override
    public String toString() {
        return "CUCM priority order " + criteria + " (" + accidentReading + ")";
    }
}
