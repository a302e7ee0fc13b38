package fr.cdgrules.cucm.replacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a commune reads when its request breaks a rule of art. 3 or art. 4: the code, the words (with the dates the
 * rule computes) and the article, refusals first.
 */
class RequestFindingsInWordsTest {
    private static List<String> messages(Findings f) {
        return f.all().stream().map(Finding::message).toList();
    }

    @Test
    void aRequestWithoutAdhesionNoticeOrTasks() {
        // Marigny asks on Wednesday 1 March 2023 for Monday 6 March, three weeks, no task given, not adhered
        ReplacementRequest r = ReplacementRequest.of(Fixtures.marigny(), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 6),
                Period.ofWeeks(3), ReplacementReason.ILLNESS_OR_MATERNITY, List.of(), BigDecimal.ONE, true);
        assertEquals("ILLNESS_OR_MATERNITY request of Marigny (71278) made 2023-03-01 for 2023-03-06 to 2023-03-26",
                r.toString());
        Findings f = CucmRules.defaults().check(r);
        assertEquals(List.of("no-adhesion", "notice-shorter-than-one-week", "main-tasks-missing"),
                f.all().stream().map(Finding::code).toList());
        assertEquals(List.of(CucmArticles.ART_4, CucmArticles.ART_3, CucmArticles.ART_3),
                f.all().stream().map(Finding::citation).toList());
        assertEquals(List.of("Marigny (71278) has not adhered: « Le recours au service nécessite la signature d'un contrat "
                + "de prestation de service », made with a commune that has adhered (deliberation, then annex 1)",
                "asked on 2023-03-01 for 2023-03-06: less than the week of notice to respect « autant que possible » (a "
                        + "start on 2023-03-08 or later)",
                "« La commune devra fournir [...] les principales missions à exercer par l'agent »: none given"), messages(f));
    }

    @Test
    void aRequestBeforeItsAdhesionAndBeyondTwoMonths() {
        // asked on Friday 3 March 2023 for Monday 6 March, two months and three days, adhesion of 7 March
        ReplacementRequest r = ReplacementRequest.of(Fixtures.marigny(), LocalDate.of(2023, 3, 3), LocalDate.of(2023, 3, 6),
                Period.of(0, 2, 3), ReplacementReason.ILLNESS_OR_MATERNITY, List.of("paie"), BigDecimal.ONE, true)
                .withAdhesionDate(LocalDate.of(2023, 3, 7));
        Findings f = CucmRules.defaults().check(r);
        assertEquals(List.of("before-adhesion", "notice-shorter-than-one-week", "longer-than-two-months"),
                f.all().stream().map(Finding::code).toList());
        assertEquals(List.of("the replacement would start on 2023-03-06, before the commune's adhesion of 2023-03-07",
                "asked on 2023-03-03 for 2023-03-06: less than the week of notice to respect « autant que possible » (a "
                        + "start on 2023-03-10 or later)",
                "forecast until 2023-05-08, beyond two months (last day 2023-05-05): allowed only in « les cas "
                        + "exceptionnels » and if the agent is available"), messages(f));
        // adhered on the first day: no refusal
        assertEquals(List.of("notice-shorter-than-one-week", "longer-than-two-months"), CucmRules.defaults()
                .check(r.withAdhesionDate(LocalDate.of(2023, 3, 6))).all().stream().map(Finding::code).toList());
    }

    @Test
    void aBlankTaskIsInvalidInputNamingItsPlace() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReplacementRequest.of(Fixtures.marigny(),
                LocalDate.of(2023, 3, 3), LocalDate.of(2023, 3, 6), Period.ofWeeks(1), ReplacementReason.ACCIDENT,
                List.of("paie", " "), BigDecimal.ONE, true));
        assertEquals("mainTasks[1]", e.field().orElseThrow());
        assertEquals(List.of(CucmArticles.ART_3), e.rules());
    }
}
