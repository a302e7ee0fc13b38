package fr.cdgrules.cucm.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Art. 10: « La commune restera redevable des remboursements pour remplacement et de la cotisation forfaitaire de
 * l'année en cours »; « Aucune des parties ne pourra réclamer une quelconque indemnité ». What the lawyer reads,
 * step by step.
 */
class TerminationDuesExplanationTest {
    private static final CucmRules RULES = CucmRules.defaults();

    private static Convention terminatedForFault() {
        // formal notice served on 10 March 2023, « délai d'un mois », confirmed on 11 April 2023
        return RULES.convention().withFormalNotice(LocalDate.of(2023, 3, 10), "manquement")
                .withFaultTerminationConfirmed(LocalDate.of(2023, 4, 11));
    }

    @Test
    void eachSumIsExplainedWithItsArticle() {
        TerminationDues dues = RULES.dueAtTermination(terminatedForFault(), Fixtures.marigny(), false,
                List.of(FrameworkConventionTest.unpaidMarch2023()));
        List<TraceStep> steps = dues.explanation().steps();
        assertEquals("sums due by Marigny (71278) on termination", dues.explanation().subject());
        assertEquals(List.of("termination of the convention", "cotisation of the current year stays due",
                "replacements done stay due", "total due"), steps.stream().map(TraceStep::rule).toList());
        assertEquals(Map.of("kind", "FOR_FAULT", "notified on", "2023-04-11", "effective on", "2023-04-11", "reasons",
                "manquement"), steps.get(0).inputs());
        assertEquals(List.of(CucmArticles.ART_10), steps.get(0).citations());
        assertEquals(Map.of("year", "2023", "already paid", "false"), steps.get(1).inputs());
        assertEquals(List.of(CucmArticles.ART_10, CucmArticles.ART_5), steps.get(1).citations());
        assertEquals("210.00 € for 2023; due now: 210.00 € (« la cotisation forfaitaire de l'année en cours »)",
                steps.get(1).result());
        assertEquals("cucm.cotisation", steps.get(1).parameters().get(0).parameter());
        assertEquals(Map.of("unpaid replacements", "1"), steps.get(2).inputs());
        assertTrue(steps.get(2).result().startsWith("420.00 € (« La commune restera redevable des remboursements pour "
                + "remplacement »)"), steps.get(2).result());
        assertEquals("630.00 €", steps.get(3).result());
        assertEquals(List.of(CucmArticles.ART_10, CucmArticles.ART_5), dues.citations());
        assertEquals(1, dues.replacements().size());
        assertEquals(Year.of(2023), dues.year());
        assertEquals(Money.ofEuros(210), dues.cotisation());
    }

    @Test
    void aCotisationAlreadyPaidIsNotAskedAgain() {
        TerminationDues dues = RULES.dueAtTermination(terminatedForFault(), Fixtures.marigny(), true, List.of());
        TraceStep cotisation = dues.explanation().steps().get(1);
        assertEquals("true", cotisation.inputs().get("already paid"));
        assertEquals("210.00 € for 2023; due now: 0.00 € (« la cotisation forfaitaire de l'année en cours »)",
                cotisation.result());
        assertEquals(Money.ZERO, dues.total());
        assertEquals("0.00 €", dues.explanation().steps().get(3).result());
        assertTrue(dues.cotisationAlreadyPaid());
    }

    @Test
    void aCollectivityOutsideTheCucmOwesNoCotisationAndTheExplanationSaysWhy() {
        Convention terminated = RULES.convention().withTermination(TerminationKind.GENERAL_INTEREST,
                LocalDate.of(2023, 9, 15), java.util.Optional.of("motif d'intérêt général"));
        TerminationDues dues = RULES.dueAtTermination(terminated, Fixtures.autun(), false, List.of());
        TraceStep cotisation = dues.explanation().steps().get(1);
        assertTrue(cotisation.result().startsWith("0.00 € for 2023 (Autun (71014) is outside the territory served"),
                cotisation.result());
        assertTrue(cotisation.parameters().isEmpty(), "no tariff applies outside the territory");
        assertEquals(Map.of("kind", "GENERAL_INTEREST", "notified on", "2023-09-15", "effective on", "2023-09-15",
                "reasons", "motif d'intérêt général"), dues.explanation().steps().get(0).inputs());
        assertEquals(Money.ZERO, dues.total());
    }
}
