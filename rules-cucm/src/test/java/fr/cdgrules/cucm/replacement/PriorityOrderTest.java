package fr.cdgrules.cucm.replacement;

import static fr.cdgrules.cucm.replacement.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityOrderTest {
    static final LocalDate START = LocalDate.of(2023, 3, 13);

    // Marigny, Mary, Charmoy, Morey: under 600 with a single part-time secretary; the others are not priority communes
    static final ReplacementRequest SUMMER_MARIGNY = request(Fixtures.member("71278", "Marigny", 166), true,
            ReplacementReason.SUMMER_LEAVE, LocalDate.of(2023, 3, 1), START, Period.ofWeeks(3));
    static final ReplacementRequest ILLNESS_LE_CREUSOT = request(Fixtures.member("71153", "Le Creusot", 20509), false,
            ReplacementReason.ILLNESS_OR_MATERNITY, LocalDate.of(2023, 3, 1), START, Period.ofWeeks(4));
    static final ReplacementRequest ILLNESS_MARY = request(Fixtures.member("71286", "Mary", 281), true,
            ReplacementReason.ILLNESS_OR_MATERNITY, LocalDate.of(2023, 3, 3), START, Period.ofWeeks(4));
    static final ReplacementRequest ACCIDENT_MOREY = request(Fixtures.member("71321", "Morey", 190), true,
            ReplacementReason.ACCIDENT, LocalDate.of(2023, 3, 2), START, Period.ofWeeks(2));
    static final ReplacementRequest OTHER_ECUISSES = request(Fixtures.member("71187", "Écuisses", 1652), false,
            ReplacementReason.OTHER_ABSENCE, LocalDate.of(2023, 3, 1), START, Period.ofWeeks(3));
    static final ReplacementRequest OTHER_GENELARD = request(Fixtures.member("71212", "Génelard", 1394), false,
            ReplacementReason.OTHER_ABSENCE, LocalDate.of(2023, 3, 2), START, Period.ofWeeks(6));
    static final ReplacementRequest WORKLOAD_CHARMOY = request(Fixtures.member("71103", "Charmoy", 276), true,
            ReplacementReason.EXTRA_WORKLOAD, LocalDate.of(2023, 3, 1), START, Period.ofWeeks(1));

    static final List<ReplacementRequest> ALL = List.of(SUMMER_MARIGNY, ILLNESS_LE_CREUSOT, ILLNESS_MARY, ACCIDENT_MOREY,
            OTHER_ECUISSES, OTHER_GENELARD, WORKLOAD_CHARMOY);

    @Test
    void defaultReadingsArePinned() {
        assertEquals(AccidentRankReading.EQUAL_TO_ILLNESS_AND_MATERNITY, CucmReadings.defaults().accidentRank());
        assertEquals(PriorityCriteriaReading.REASON_THEN_PROFILE, CucmReadings.defaults().priorityCriteria());
    }

    @Test
    void defaultOrderReasonThenProfileWithAccidentEqualToIllness() {
        PriorityRanking ranking = CucmRules.defaults().rank(ALL);
        assertEquals(List.of(ACCIDENT_MOREY, ILLNESS_MARY, ILLNESS_LE_CREUSOT, OTHER_GENELARD, OTHER_ECUISSES,
                WORKLOAD_CHARMOY, SUMMER_MARIGNY), ranking.requests());
        // Morey's accident and Mary's illness tie on rank and profile: the earlier request wins
        assertEquals(PriorityCriterion.REQUEST_DATE,
                PriorityOrder.defaults().decidingCriterion(ACCIDENT_MOREY, ILLNESS_MARY).orElseThrow());
        assertEquals(PriorityCriterion.COMMUNE_PROFILE,
                PriorityOrder.defaults().decidingCriterion(ILLNESS_MARY, ILLNESS_LE_CREUSOT).orElseThrow());
        assertEquals(PriorityCriterion.DURATION_OF_OTHER_ABSENCE,
                PriorityOrder.defaults().decidingCriterion(OTHER_GENELARD, OTHER_ECUISSES).orElseThrow());
        RankedRequest second = ranking.ranked().get(1);
        String why = second.explanation().render();
        assertTrue(why.contains("tie-break: the earlier request first"), why);
        assertTrue(why.contains("priority commune"), why);
        assertTrue(second.explanation().citations().contains(CucmText.ART_3));
        assertEquals(1, ranking.ranked().get(0).position());
    }

    @Test
    void accidentAfterIllnessReading() {
        CucmRules rules = CucmRules.defaults().withReadings(
                CucmReadings.defaults().withAccidentRank(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY));
        assertEquals(List.of(ILLNESS_MARY, ILLNESS_LE_CREUSOT, ACCIDENT_MOREY, OTHER_GENELARD, OTHER_ECUISSES,
                WORKLOAD_CHARMOY, SUMMER_MARIGNY), rules.rank(ALL).requests());
    }

    @Test
    void profileThenReasonReading() {
        CucmRules rules = CucmRules.defaults().withReadings(
                CucmReadings.defaults().withPriorityCriteria(PriorityCriteriaReading.PROFILE_THEN_REASON));
        assertEquals(List.of(ACCIDENT_MOREY, ILLNESS_MARY, WORKLOAD_CHARMOY, SUMMER_MARIGNY, ILLNESS_LE_CREUSOT,
                OTHER_GENELARD, OTHER_ECUISSES), rules.rank(ALL).requests());
    }

    @Test
    void priorityCommuneNeedsBothConditions() {
        assertTrue(request(Fixtures.memberOf(599), true, ReplacementReason.ACCIDENT, START, START, Period.ofWeeks(1))
                .isPriorityCommune());
        assertTrue(!request(Fixtures.memberOf(600), true, ReplacementReason.ACCIDENT, START, START, Period.ofWeeks(1))
                .isPriorityCommune(), "« moins de 600 habitants »");
        assertTrue(!request(Fixtures.memberOf(166), false, ReplacementReason.ACCIDENT, START, START, Period.ofWeeks(1))
                .isPriorityCommune(), "« qui n'emploient qu'un seul agent administratif à temps non complet »");
    }

    static int sgn(int x) {
        return Integer.signum(x);
    }

    @Test
    void propertyTheOrderIsTotalAntisymmetricAndConsistentWithEquals() {
        for (PriorityOrder order : Requests.allOrders()) {
            qt().forAll(longs().all(), longs().all()).check((x, y) -> {
                ReplacementRequest a = Requests.decode(x);
                ReplacementRequest b = Requests.decode(y);
                return sgn(order.compare(a, b)) == -sgn(order.compare(b, a))
                        && (order.compare(a, b) == 0) == a.equals(b)
                        && order.compare(a, a) == 0;
            });
        }
    }

    @Test
    void propertyTheOrderIsTransitive() {
        for (PriorityOrder order : Requests.allOrders()) {
            qt().forAll(longs().all(), longs().all(), longs().all()).check((x, y, z) -> {
                ReplacementRequest a = Requests.decode(x);
                ReplacementRequest b = Requests.decode(y);
                ReplacementRequest c = Requests.decode(z);
                boolean premise = order.compare(a, b) <= 0 && order.compare(b, c) <= 0;
                return !premise || order.compare(a, c) <= 0;
            });
        }
    }

    @Test
    void propertyTheOrderFollowsArticle3() {
        for (PriorityOrder order : Requests.allOrders()) {
            qt().forAll(longs().all(), longs().all()).check((x, y) -> {
                ReplacementRequest a = Requests.decode(x);
                ReplacementRequest b = Requests.decode(y);
                boolean sameProfile = a.isPriorityCommune() == b.isPriorityCommune();
                // an urgent request never ranks after a non-urgent one of the same commune profile
                if (sameProfile && a.reason().isUrgent() && !b.reason().isUrgent() && order.compare(a, b) > 0) {
                    return false;
                }
                // at the same reason, a priority commune never ranks after another
                if (a.reason() == b.reason() && a.isPriorityCommune() && !b.isPriorityCommune() && order.compare(a, b) > 0) {
                    return false;
                }
                // summer leave comes last at the same profile
                if (sameProfile && b.reason() == ReplacementReason.SUMMER_LEAVE && a.reason() != ReplacementReason.SUMMER_LEAVE
                        && order.compare(a, b) > 0) {
                    return false;
                }
                // under the default criteria order, the reason's rank decides first, whatever the profile
                if (order.criteriaReading() == PriorityCriteriaReading.REASON_THEN_PROFILE
                        && order.reasonRank(a.reason()) < order.reasonRank(b.reason()) && order.compare(a, b) > 0) {
                    return false;
                }
                return true;
            });
        }
    }
}
