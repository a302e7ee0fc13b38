package fr.cdgrules.cucm.replacement;

import static fr.cdgrules.cucm.replacement.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.source.CucmText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplacementLifecycleTest {
    static final CucmRules RULES = CucmRules.defaults();
    static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

    static ReplacementRequest ok() {
        return request(Fixtures.marigny(), true, ReplacementReason.ILLNESS_OR_MATERNITY, MONDAY.minusDays(7), MONDAY,
                Period.ofWeeks(3));
    }

    @Test
    void aWellFormedRequestMeetsEveryRule() {
        assertTrue(RULES.check(ok()).isEmpty(), RULES.check(ok()).toString());
        assertEquals(LocalDate.of(2023, 3, 26), ok().forecastLastDay());
        assertEquals(21, ok().forecastDays());
    }

    @Test
    void softRulesWarnButNeverRefuse() {
        Findings shortNotice = RULES.check(ok().withRequestedOn(MONDAY.minusDays(6)));
        assertTrue(shortNotice.has("notice-shorter-than-one-week"));
        assertFalse(shortNotice.isRefused());
        assertTrue(RULES.check(ok().withRequestedOn(MONDAY.minusDays(7))).isEmpty(), "exactly one week of notice");

        ReplacementRequest fourDays = request(Fixtures.marigny(), true, ReplacementReason.ACCIDENT, MONDAY.minusDays(10),
                MONDAY, Period.ofDays(4));
        assertTrue(RULES.check(fourDays).has("shorter-than-one-week"));
        assertFalse(RULES.check(fourDays).isRefused());
        ReplacementRequest oneWeek = request(Fixtures.marigny(), true, ReplacementReason.ACCIDENT, MONDAY.minusDays(10),
                MONDAY, Period.ofWeeks(1));
        assertTrue(RULES.check(oneWeek).isEmpty());

        ReplacementRequest twoMonths = request(Fixtures.marigny(), true, ReplacementReason.ACCIDENT, MONDAY.minusDays(10),
                MONDAY, Period.ofMonths(2));
        assertTrue(RULES.check(twoMonths).isEmpty(), "two months exactly is allowed");
        ReplacementRequest longer = request(Fixtures.marigny(), true, ReplacementReason.ACCIDENT, MONDAY.minusDays(10),
                MONDAY, Period.of(0, 2, 1));
        Findings f = RULES.check(longer);
        assertTrue(f.has("longer-than-two-months"));
        assertFalse(f.isRefused(), "« hormis les cas exceptionnels »");
        assertEquals(CucmText.ART_3, f.warnings().get(0).citation());

        ReplacementRequest noTasks = ReplacementRequest.of(Fixtures.marigny(), MONDAY.minusDays(10), MONDAY,
                Period.ofWeeks(2), ReplacementReason.OTHER_ABSENCE, List.of(), BigDecimal.ONE, true)
                .withAdhesionDate(Fixtures.ADHESION);
        assertTrue(RULES.check(noTasks).has("main-tasks-missing"));
        assertFalse(RULES.check(noTasks).isRefused());
    }

    @Test
    void hardRulesRefuse() {
        ReplacementRequest autun = request(Fixtures.autun(), false, ReplacementReason.ILLNESS_OR_MATERNITY,
                MONDAY.minusDays(7), MONDAY, Period.ofWeeks(3));
        assertTrue(RULES.check(autun).isRefused());
        assertTrue(RULES.check(autun).has("not-a-member-commune"));
        ReplacementRequest before = ok().withStart(LocalDate.of(2022, 6, 20)).withRequestedOn(LocalDate.of(2022, 6, 1));
        assertTrue(RULES.check(before).has("outside-convention-period"));
        ReplacementRequest after = ok().withStart(LocalDate.of(2024, 6, 17)).withRequestedOn(LocalDate.of(2024, 6, 1));
        assertTrue(RULES.check(after).has("outside-convention-period"), "ends 7 July 2024, after 30 June 2024");
        assertTrue(RULES.check(ok().withStart(LocalDate.of(2024, 6, 10)).withRequestedOn(LocalDate.of(2024, 6, 1)))
                .isEmpty(), "10 to 30 June 2024 is within the convention");
    }

    @Test
    void badRequestsAreInvalidInput() {
        InvalidInputException zero = assertThrows(InvalidInputException.class, () -> request(Fixtures.marigny(), true,
                ReplacementReason.ACCIDENT, MONDAY, MONDAY, Period.ZERO));
        assertEquals("forecastDuration", zero.field().orElseThrow());
        InvalidInputException fte = assertThrows(InvalidInputException.class, () -> ReplacementRequest.of(
                Fixtures.marigny(), MONDAY, MONDAY, Period.ofWeeks(1), ReplacementReason.ACCIDENT, List.of("x"),
                new BigDecimal("-1"), true));
        assertEquals("fteCount", fte.field().orElseThrow());
    }

    @Test
    void aRequestRoundTripsThroughJson() {
        assertEquals(ok(), CdgJson.read(CdgJson.write(ok()), ReplacementRequest.class));
    }

    // pre-emption: Charmoy's summer-leave replacement from Monday 3 July to Friday 28 July 2023
    static final Replacement SUMMER = Replacement.of(Fixtures.member("71103", "Charmoy", 276),
            ReplacementReason.SUMMER_LEAVE, LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 28));

    static ReplacementRequest urgentFrom(LocalDate start, ReplacementReason reason) {
        return request(Fixtures.member("71153", "Le Creusot", 20509), false, reason, start.minusDays(1), start,
                Period.ofWeeks(4));
    }

    @Test
    void anUrgentRequestEndsANonUrgentReplacementInProgress() {
        Preemption p = RULES.preempt(SUMMER, urgentFrom(LocalDate.of(2023, 7, 17), ReplacementReason.ILLNESS_OR_MATERNITY));
        assertEquals(PreemptionOutcome.ENDED, p.outcome());
        assertTrue(p.isPreempted());
        assertEquals(LocalDate.of(2023, 7, 16), p.endsOn().orElseThrow());
        assertEquals(LocalDate.of(2023, 7, 28), p.before().lastDay());
        assertEquals(LocalDate.of(2023, 7, 16), p.after().lastDay());
        assertTrue(p.explanation().render().contains("the day before the urgent replacement starts"));
        assertEquals(List.of(CucmText.ART_3), p.explanation().citations());
        // an accident does the same, even from a commune that is not a priority commune
        assertTrue(RULES.preempt(SUMMER, urgentFrom(LocalDate.of(2023, 7, 28), ReplacementReason.ACCIDENT)).isPreempted());
        assertEquals(LocalDate.of(2023, 7, 27),
                RULES.preempt(SUMMER, urgentFrom(LocalDate.of(2023, 7, 28), ReplacementReason.ACCIDENT)).endsOn().orElseThrow());
    }

    @Test
    void whatDoesNotPreempt() {
        assertEquals(PreemptionOutcome.NEW_REQUEST_NOT_URGENT,
                RULES.preempt(SUMMER, urgentFrom(LocalDate.of(2023, 7, 17), ReplacementReason.OTHER_ABSENCE)).outcome());
        Replacement illness = SUMMER.withLastDay(LocalDate.of(2023, 7, 28));
        Replacement urgentInProgress = Replacement.of(illness.commune(), ReplacementReason.ACCIDENT, illness.firstDay(),
                illness.lastDay());
        assertEquals(PreemptionOutcome.BOTH_URGENT,
                RULES.preempt(urgentInProgress, urgentFrom(LocalDate.of(2023, 7, 17), ReplacementReason.ILLNESS_OR_MATERNITY))
                        .outcome());
        assertEquals(PreemptionOutcome.NOT_YET_STARTED,
                RULES.preempt(SUMMER, urgentFrom(LocalDate.of(2023, 7, 3), ReplacementReason.ILLNESS_OR_MATERNITY)).outcome());
        assertEquals(PreemptionOutcome.ALREADY_ENDED,
                RULES.preempt(SUMMER, urgentFrom(LocalDate.of(2023, 7, 29), ReplacementReason.ILLNESS_OR_MATERNITY)).outcome());
        assertTrue(RULES.preempt(SUMMER, urgentFrom(LocalDate.of(2023, 7, 29), ReplacementReason.ILLNESS_OR_MATERNITY))
                .endsOn().isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Replacement.of(SUMMER.commune(),
                ReplacementReason.SUMMER_LEAVE, LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 2)));
        assertEquals("replacement.lastDay", e.field().orElseThrow());
    }

    @Test
    void renewalIsAskedOneWeekBeforeTheEndAndAnsweredWithin72Hours() {
        RenewalDates r = RULES.renewal(LocalDate.of(2023, 3, 31));
        assertEquals(LocalDate.of(2023, 3, 24), r.askBy());
        assertEquals(LocalDate.of(2023, 3, 27), r.answerBy(LocalDate.of(2023, 3, 24)), "Friday + 72 h = Monday");
        assertTrue(r.check(LocalDate.of(2023, 3, 24)).isEmpty());
        assertTrue(r.check(LocalDate.of(2023, 3, 25)).has("renewal-asked-late"));
        assertFalse(r.check(LocalDate.of(2023, 3, 25)).isRefused());
        assertEquals(List.of(CucmText.CONTRACT_ART_4), r.explain(LocalDate.of(2023, 3, 24)).citations());
        assertTrue(r.explain(LocalDate.of(2023, 3, 24)).render().contains("3 calendar days"));
    }

    @Test
    void aGrantedReplacementFollowsTheRequest() {
        Replacement g = Replacement.granted(ok());
        assertEquals(MONDAY, g.firstDay());
        assertEquals(LocalDate.of(2023, 3, 26), g.lastDay());
        assertEquals(ReplacementReason.ILLNESS_OR_MATERNITY, g.reason());
    }
}
