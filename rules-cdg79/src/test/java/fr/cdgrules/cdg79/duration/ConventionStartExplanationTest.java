package fr.cdgrules.cdg79.duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Descriptor;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.core.explain.TraceStep;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explanation of where a decision places the first day of the two years of art. 4, naming the
 * reading and the Clessé deliberation (001), and the explanation of « Aucune indemnité ».
 */
class ConventionStartExplanationTest {
    private static final AdhesionConvention DEFAULT = AdhesionConvention.of(ConventionStartReading.defaultReading());
    private static final AdhesionConvention BY_SIGNATURE = AdhesionConvention.of(ConventionStartReading.DATE_OF_SIGNATURE);
    private static final AdhesionDecision CLESSE = AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026))
            .withDeliberation("délibération du conseil municipal de Clessé du 23 avril 2026");

    @Test
    void theStepNamesTheDecisionTheYearJoinedAndTheReading() {
        ConventionStart s = DEFAULT.start(CLESSE);
        assertEquals("start of the CDG79 convention for an adhesion decided on 2026-04-23 from budget year 2026"
                + " (délibération du conseil municipal de Clessé du 23 avril 2026)", s.explanation().subject());
        List<TraceStep> steps = s.explanation().steps();
        assertEquals(1, steps.size());
        TraceStep step = steps.get(0);
        assertEquals("first day of the convention: 'conclue pour une durée de deux (2) ans' (art. 4), adhesion 'à compter"
                + " de l'exercice budgétaire 2026' (001); 'L'adhésion est valable pour une année civile, quel que soit le"
                + " mois d'adhésion' (art. 4)", step.rule());
        assertEquals(List.of(Cdg79Articles.DURATION, Cdg79Articles.CLESSE), step.citations());
        assertEquals(List.of("decisionDate", "joiningYear", "deliberation", "reading"), new ArrayList<>(step.inputs().keySet()));
        assertEquals(Map.of("decisionDate", "2026-04-23", "joiningYear", "2026", "deliberation",
                "délibération du conseil municipal de Clessé du 23 avril 2026", "reading",
                "ConventionStartReading.FIRST_DAY_OF_CIVIL_YEAR"), step.inputs());
        assertEquals("start 2026-01-01, placed by the reading FIRST_DAY_OF_CIVIL_YEAR: the convention and the membership"
                + " start on 1 January of the budget year joined", step.result());
        assertSame(CLESSE, s.decision());
        assertEquals(ConventionStartReading.FIRST_DAY_OF_CIVIL_YEAR, s.reading());
        assertSame(DEFAULT.terms(), s.convention().terms());

        TraceStep signature = BY_SIGNATURE.start(AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026)))
                .explanation().steps().get(0);
        assertEquals(List.of("decisionDate", "joiningYear", "reading"), new ArrayList<>(signature.inputs().keySet()),
                "no deliberation given, none shown");
        assertEquals("start 2026-04-23, placed by the reading DATE_OF_SIGNATURE: the convention starts on the date of"
                + " signature (decision), not before 1 January of the budget year joined", signature.result());
    }

    @Test
    void eachReadingInWordsIsTheDescriptorsMeaning() {
        for (ConventionStartReading r : ConventionStartReading.values()) {
            assertEquals(Cdg79Descriptor.option("conventionStart", r.name()).meaning(), r.describe());
        }
    }

    @Test
    void aDecisionOnTheFirstDayOfTheYearJoinedStartsThatDayUnderEitherReading() {
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        for (ConventionStartReading r : ConventionStartReading.values()) {
            assertEquals(newYear, r.start(newYear), r.name());
        }
        assertEquals(LocalDate.of(2026, 1, 2), ConventionStartReading.DATE_OF_SIGNATURE.start(LocalDate.of(2026, 1, 2)));
        assertEquals(newYear, ConventionStartReading.FIRST_DAY_OF_CIVIL_YEAR.start(LocalDate.of(2026, 12, 31)));
        assertThrows(NullPointerException.class, () -> ConventionStartReading.DATE_OF_SIGNATURE.start((AdhesionDecision) null));
        assertThrows(NullPointerException.class, () -> ConventionStartReading.DATE_OF_SIGNATURE.start((LocalDate) null));
    }

    @Test
    void theClausesAsBundledAndTheirRefusals() {
        assertEquals(Cdg79Descriptor.bundled().terms().orElseThrow(), AdhesionConvention.TERMS);
        assertEquals(AdhesionConvention.TERMS, DEFAULT.terms());
        assertEquals(ConventionStartReading.DATE_OF_SIGNATURE, BY_SIGNATURE.startReading());
        assertEquals(LocalDate.of(2026, 3, 1), DEFAULT.startingOn(LocalDate.of(2026, 3, 1)).start(),
                "a first day given as such: no reading applied");
        assertThrows(NullPointerException.class, () -> DEFAULT.startingOn(null));
        assertThrows(NullPointerException.class, () -> DEFAULT.start(null));
        assertThrows(NullPointerException.class, () -> DEFAULT.signedOn(null));
        assertThrows(NullPointerException.class, () -> AdhesionConvention.of(null));
        assertThrows(NullPointerException.class, () -> AdhesionConvention.of(null, ConventionStartReading.DATE_OF_SIGNATURE));
        assertThrows(NullPointerException.class, () -> AdhesionConvention.of(AdhesionConvention.TERMS, null));
    }

    @Test
    void noIndemnityIsExplainedByArticle4() {
        // art. 4: « Aucune indemnité ne sera due de part et d'autre en cas de résiliation »
        assertEquals("indemnity on termination of the CDG79 convention", AdhesionConvention.indemnityExplanation().subject());
        TraceStep step = AdhesionConvention.indemnityExplanation().steps().get(0);
        assertEquals("'Aucune indemnité ne sera due de part et d'autre en cas de résiliation'", step.rule());
        assertEquals(List.of(Cdg79Articles.DURATION), step.citations());
        assertEquals(Map.of(), step.inputs());
        assertEquals("no indemnity: 0.00 €", step.result());
    }
}
