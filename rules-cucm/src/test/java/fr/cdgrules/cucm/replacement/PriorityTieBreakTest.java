package fr.cdgrules.cucm.replacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where the criteria of art. 3 (reason, profile, « sous réserve de la durée ») cannot tell two requests
 * apart, the provisional order (never the CUCM's arbitration): earlier request, commune code, earlier start,
 * the text's order of reasons of equal rank, the longer forecast, then every other field, so that only equal
 * requests compare equal.
 */
class PriorityTieBreakTest {
    private static final PriorityOrder ORDER = PriorityOrder.defaults();
    private static final LocalDate ASKED = LocalDate.of(2023, 3, 1);
    private static final LocalDate START = LocalDate.of(2023, 3, 8);

    private static ReplacementRequest request(Collectivity c, ReplacementReason reason, Period duration,
            List<String> tasks, String fte, boolean singlePartTime) {
        return ReplacementRequest.of(c, ASKED, START, duration, reason, tasks, new BigDecimal(fte), singlePartTime)
                .withAdhesionDate(Fixtures.ADHESION);
    }

    /** The request made for another commune (the same code, another field). */
    private static ReplacementRequest in(ReplacementRequest r, Collectivity c) {
        return ((ImmutableReplacementRequest) r).withCommune(c);
    }

    /** Marigny (166 inhabitants, a single part-time secretary), ill, six weeks from 8 March 2023. */
    private static ReplacementRequest base() {
        return request(Fixtures.marigny(), ReplacementReason.ILLNESS_OR_MATERNITY, Period.ofWeeks(6),
                List.of("état civil", "urbanisme"), "1.5", true);
    }

    /** {@code first} is served before {@code second}, told apart by {@code criterion}, in both directions. */
    private static void servedBefore(ReplacementRequest first, ReplacementRequest second, PriorityCriterion criterion) {
        assertTrue(ORDER.compare(first, second) < 0, first + " before " + second);
        assertTrue(ORDER.compare(second, first) > 0, second + " after " + first);
        assertEquals(Optional.of(criterion), ORDER.decidingCriterion(first, second));
        assertEquals(Optional.of(criterion), ORDER.decidingCriterion(second, first));
        RankedRequest last = ORDER.rank(List.of(second, first)).ranked().get(1);
        assertEquals(second, last.request());
        TraceStep place = last.explanation().steps().get(1);
        assertEquals("2", place.inputs().get("position"));
        assertTrue(place.result().endsWith("by: " + criterion.description()), place.result());
    }

    @Test
    void theEarlierRequestThenTheCommuneCodeThenTheEarlierStart() {
        ReplacementRequest a = base();
        servedBefore(a, a.withRequestedOn(ASKED.plusDays(1)), PriorityCriterion.REQUEST_DATE);
        // Mary (71286, 281 inhabitants, a single part-time secretary): same profile, same reason
        ReplacementRequest mary = request(Fixtures.member("71286", "Mary", 281), ReplacementReason.ILLNESS_OR_MATERNITY,
                Period.ofWeeks(6), List.of("état civil", "urbanisme"), "1.5", true);
        servedBefore(a, mary, PriorityCriterion.COMMUNE_CODE);
        servedBefore(a, a.withStart(START.plusDays(1)), PriorityCriterion.START_DATE);
    }

    @Test
    void reasonsOfEqualRankInTheTextsOrderThenTheLongerForecast() {
        // « Maladie et congés maternité » is listed before « Accident », « mission particulière » before « surcroît »
        servedBefore(base(), base().withReason(ReplacementReason.ACCIDENT), PriorityCriterion.REASON_ORDER);
        servedBefore(base().withReason(ReplacementReason.PARTICULAR_MISSION),
                base().withReason(ReplacementReason.EXTRA_WORKLOAD), PriorityCriterion.REASON_ORDER);
        ReplacementRequest twoMonths = request(Fixtures.marigny(), ReplacementReason.ILLNESS_OR_MATERNITY,
                Period.ofMonths(2), List.of("état civil", "urbanisme"), "1.5", true);
        servedBefore(twoMonths, base(), PriorityCriterion.FORECAST_DURATION);
    }

    @Test
    void everyOtherFieldOfTheCommune() {
        ReplacementRequest a = base();
        Collectivity m = Fixtures.marigny();
        servedBefore(a, in(a, Collectivity.of("71278", "Marigny-sur-Bourbince", "71", m.epciSiren(),
                m.population())), PriorityCriterion.OTHER_FIELDS);
        servedBefore(a, in(a, Collectivity.of("71278", "Marigny", "72", m.epciSiren(), m.population())),
                PriorityCriterion.OTHER_FIELDS);
        // no EPCI sorts before one; SIRENs in string order
        servedBefore(in(a, Collectivity.of("71278", "Marigny", "71", Optional.empty(), m.population())), a,
                PriorityCriterion.OTHER_FIELDS);
        servedBefore(in(a, Collectivity.of("71278", "Marigny", "71", Optional.of("200070936"), m.population())),
                a, PriorityCriterion.OTHER_FIELDS);
        servedBefore(a, in(a, Fixtures.member("71278", "Marigny", 167)), PriorityCriterion.OTHER_FIELDS);
        servedBefore(a, in(a, m.withPopulation(Population.of(166, PopulationBasis.TOTALE, Fixtures.VINTAGE))),
                PriorityCriterion.OTHER_FIELDS);
        servedBefore(in(a, m.withPopulation(Population.of(166, Year.of(2025)))), a,
                PriorityCriterion.OTHER_FIELDS);
    }

    @Test
    void everyOtherFieldOfTheRequest() {
        Collectivity ecuisses = Fixtures.ecuisses(); // 1 652 inhabitants: never a priority commune
        List<String> tasks = List.of("état civil", "urbanisme");
        // one month from 8 March and 31 days cover the same days: « P1M » before « P31D »
        servedBefore(request(ecuisses, ReplacementReason.ACCIDENT, Period.ofMonths(1), tasks, "1.5", false),
                request(ecuisses, ReplacementReason.ACCIDENT, Period.ofDays(31), tasks, "1.5", false),
                PriorityCriterion.OTHER_FIELDS);
        servedBefore(request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), tasks, "1.5", false),
                request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), tasks, "2", false),
                PriorityCriterion.OTHER_FIELDS);
        // 1.5 and 1.50 full-time equivalents are the same number, written with another scale
        servedBefore(request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), tasks, "1.5", false),
                request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), tasks, "1.50", false),
                PriorityCriterion.OTHER_FIELDS);
        // not a priority commune either way: a single part-time secretary first
        servedBefore(request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), tasks, "1.5", true),
                request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), tasks, "1.5", false),
                PriorityCriterion.OTHER_FIELDS);
        servedBefore(request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), List.of("accueil"), "1.5", false),
                request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), List.of("paie"), "1.5", false),
                PriorityCriterion.OTHER_FIELDS);
        servedBefore(request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), List.of("paie"), "1.5", false),
                request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), List.of("paie", "accueil"), "1.5", false),
                PriorityCriterion.OTHER_FIELDS);
        ReplacementRequest same = request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), tasks, "1.5", false);
        assertEquals(0, ORDER.compare(same, request(ecuisses, ReplacementReason.ACCIDENT, Period.ofWeeks(6), tasks, "1.5",
                false)));
        assertEquals(Optional.empty(), ORDER.decidingCriterion(same, same));
    }

    @Test
    void eachPlaceExplainsTheRequestsKey() {
        ReplacementRequest marigny = base();
        ReplacementRequest ecuisses = request(Fixtures.ecuisses(), ReplacementReason.EXTRA_WORKLOAD, Period.ofWeeks(2),
                List.of("paie"), "3", false);
        List<RankedRequest> ranked = ORDER.rank(List.of(ecuisses, marigny)).ranked();
        TraceStep first = ranked.get(0).explanation().steps().get(0);
        assertEquals("priority key (criteria order: REASON_THEN_PROFILE)", first.rule());
        assertEquals(List.of(CucmArticles.ART_3), first.citations());
        assertEquals("Maladie et congés maternité (rank 0, reading EQUAL_TO_ILLNESS_AND_MATERNITY)",
                first.inputs().get("reason"));
        assertEquals("Marigny (71278), 166 inhabitants, a single part-time secretary", first.inputs().get("commune"));
        assertEquals("42 days from 2023-03-08", first.inputs().get("forecast"));
        assertEquals("priority commune (« moins de 600 habitants » with « un seul agent administratif à temps non "
                + "complet »); urgent reason (illness, maternity or accident)", first.result());
        assertEquals("served first", ranked.get(0).explanation().steps().get(1).result());
        assertEquals("1", ranked.get(0).explanation().steps().get(1).inputs().get("position"));
        TraceStep second = ranked.get(1).explanation().steps().get(0);
        assertEquals("Surcroît d'activité (rank 3, reading EQUAL_TO_ILLNESS_AND_MATERNITY)", second.inputs().get("reason"));
        assertEquals("Écuisses (71187), 1652 inhabitants, not a single part-time secretary", second.inputs().get("commune"));
        assertEquals("not a priority commune", second.result());
        assertEquals("after #1 (Marigny (71278), ILLNESS_OR_MATERNITY) by: " + PriorityCriterion.REASON.description(),
                ranked.get(1).explanation().steps().get(1).result());
    }

    @Test
    void theOrderStatesItsReadingsAndCriteria() {
        PriorityOrder profileFirst = PriorityOrder.of(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY,
                PriorityCriteriaReading.PROFILE_THEN_REASON);
        assertEquals(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY, profileFirst.accidentReading());
        assertEquals(PriorityCriteriaReading.PROFILE_THEN_REASON, profileFirst.criteriaReading());
        assertEquals(List.of(PriorityCriterion.COMMUNE_PROFILE, PriorityCriterion.REASON,
                PriorityCriterion.DURATION_OF_OTHER_ABSENCE, PriorityCriterion.REQUEST_DATE, PriorityCriterion.COMMUNE_CODE,
                PriorityCriterion.START_DATE, PriorityCriterion.REASON_ORDER, PriorityCriterion.FORECAST_DURATION,
                PriorityCriterion.OTHER_FIELDS), profileFirst.criteria());
        assertEquals(List.of(PriorityCriterion.values()), PriorityOrder.defaults().criteria());
        assertEquals("CUCM priority order [COMMUNE_PROFILE, REASON, DURATION_OF_OTHER_ABSENCE, REQUEST_DATE, COMMUNE_CODE,"
                + " START_DATE, REASON_ORDER, FORECAST_DURATION, OTHER_FIELDS] (AFTER_ILLNESS_AND_MATERNITY)",
                profileFirst.toString());
        // « Accident » after « Maladie et congés maternité », before the other absences
        assertEquals(List.of(0, 1, 2, 3, 3, 4), List.of(ReplacementReason.values()).stream()
                .map(profileFirst::reasonRank).toList());
        assertEquals(List.of(0, 0, 2, 3, 3, 4), List.of(ReplacementReason.values()).stream()
                .map(PriorityOrder.defaults()::reasonRank).toList());
    }

    @Test
    void sameProfileAndSameReasonIsLeftToTheCucm() {
        ReplacementRequest marigny = base();
        ReplacementRequest mary = request(Fixtures.member("71286", "Mary", 281), ReplacementReason.ILLNESS_OR_MATERNITY,
                Period.ofWeeks(2), List.of("paie"), "1", true);
        // « Si les communes demandeuses ont le même profil et que le remplacement est demandé pour le même motif »
        assertTrue(ORDER.sameProfileAndReason(marigny, mary));
        assertFalse(ORDER.sameProfileAndReason(marigny, marigny.withStart(START.plusDays(3))), "the same commune");
        assertFalse(ORDER.sameProfileAndReason(marigny, mary.withReason(ReplacementReason.ACCIDENT)), "another reason");
        assertFalse(ORDER.sameProfileAndReason(marigny, request(Fixtures.member("71286", "Mary", 281),
                ReplacementReason.ILLNESS_OR_MATERNITY, Period.ofWeeks(2), List.of("paie"), "1", false)), "another profile");
        // other absences « sous réserve de la durée »: a different duration decides
        ReplacementRequest otherMarigny = marigny.withReason(ReplacementReason.OTHER_ABSENCE);
        assertFalse(ORDER.sameProfileAndReason(otherMarigny, mary.withReason(ReplacementReason.OTHER_ABSENCE)));
        assertTrue(ORDER.sameProfileAndReason(otherMarigny, request(Fixtures.member("71286", "Mary", 281),
                ReplacementReason.OTHER_ABSENCE, Period.ofWeeks(6), List.of("paie"), "1", true)));
    }

    @Test
    void theArbitrationNamesTheCommunesAndTheRankingItsFirst() {
        ReplacementRequest mary = request(Fixtures.member("71286", "Mary", 281), ReplacementReason.ILLNESS_OR_MATERNITY,
                Period.ofWeeks(2), List.of("paie"), "1", true);
        PriorityRanking ranking = ORDER.rank(List.of(mary, base()));
        assertEquals(Optional.of(base()), ranking.first());
        assertEquals("arbitrage by the CUCM between Marigny (71278), Mary (71286) (same profile, same reason "
                + "ILLNESS_OR_MATERNITY)", ranking.arbitrations().get(0).describe());
        PriorityRanking none = PriorityRanking.of(List.of());
        assertEquals(Optional.empty(), none.first());
        assertTrue(none.arbitrations().isEmpty());
    }
}
