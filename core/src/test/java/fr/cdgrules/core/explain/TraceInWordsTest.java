package fr.cdgrules.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.core.timeline.VersionOrigin;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words of a trace, exactly: rendering, parameter versions, and what JSON refuses. */
class TraceInWordsTest {
    private static final Citation ART_31 = Citation.of("000", "art. 3.1");
    private static final Citation ART_32 = Citation.of("000", "art. 3.2");
    private static final Source DELIBERATION = Source.of("délibération du 9 décembre 2024", ART_31);

    @Test
    void aStepWithoutArticlesInputsOrParametersRendersItsRuleAndResultOnly() {
        Explanation e = Explanation.of("total", TraceStep.of("sum of the lines", List.of(), Map.of(), List.of(), "105.00 €"));
        assertEquals("total\n  1. sum of the lines\n     → 105.00 €\n", e.render());
        assertEquals(e.render(), e.toString());
        assertEquals(List.of(), e.citations());
        assertEquals(List.of(), e.parameters());
    }

    @Test
    void stepsAreNumberedAndTheirArticlesAndParametersListedWithoutRepeats() {
        ParameterUse rate = ParameterUse.of(Timeline.of("cdg79.rate", Version.of(LocalDate.of(2025, 1, 1),
                Money.ofEuros(35), DELIBERATION)).at(LocalDate.of(2025, 3, 1)));
        Map<String, String> in = new LinkedHashMap<>();
        in.put("hours", "3");
        in.put("member", "yes");
        Explanation e = Explanation.of("intervention",
                TraceStep.of("rate", List.of(ART_32, ART_31), in, List.of(rate), "35.00 €"),
                TraceStep.of("amount", List.of(ART_31), Map.of(), List.of(rate), "105.00 €"));
        assertEquals("intervention\n"
                + "  1. rate [000 art. 3.2, 000 art. 3.1]\n"
                + "     input hours = 3\n"
                + "     input member = yes\n"
                + "     parameter cdg79.rate = 35.00 (in force since 2025-01-01, délibération du 9 décembre 2024"
                + " (000 art. 3.1))\n"
                + "     → 35.00 €\n"
                + "  2. amount [000 art. 3.1]\n"
                + "     parameter cdg79.rate = 35.00 (in force since 2025-01-01, délibération du 9 décembre 2024"
                + " (000 art. 3.1))\n"
                + "     → 105.00 €\n", e.render());
        assertEquals(List.of(ART_32, ART_31), e.citations());
        assertEquals(List.of(rate), e.parameters());
        assertEquals("TraceStep{rule=amount, citations=[000 art. 3.1], inputs={}, parameters=[" + rate
                + "], result=105.00 €}", e.steps().get(1).toString());
    }

    @Test
    void aParameterSaysWhenCarriedForwardSuppliedOrSetByAReading() {
        ParameterUse supplied = ParameterUse.of(Timeline.of("cdg79.rate", Version.of(LocalDate.of(2025, 1, 1),
                Money.ofEuros(35), DELIBERATION).withOrigin(VersionOrigin.SUPPLIED)).forYear(java.time.Year.of(2026)),
                "35 €");
        assertEquals("cdg79.rate = 35 € (in force since 2025-01-01, délibération du 9 décembre 2024 (000 art. 3.1);"
                + " carried forward; supplied at run time, not bundled)", supplied.toString());
        assertEquals(VersionOrigin.SUPPLIED, supplied.origin());
        ParameterUse byReading = ParameterUse.setByReading("cdg00.ceiling", "5000", LocalDate.of(2026, 1, 1),
                Source.of("reading upTo = CAPPED: capped at 5 000", ART_31));
        assertEquals("cdg00.ceiling = 5000 (in force since 2026-01-01, reading upTo = CAPPED: capped at 5 000"
                + " (000 art. 3.1))", byReading.toString());
        assertEquals(VersionOrigin.BUNDLED, byReading.origin());
        assertEquals(false, byReading.carriedForward());
    }

    @Test
    void stepsDifferingInAnyPartAreDifferent() {
        TraceStep base = TraceStep.of("rate", ART_31, Map.of("hours", "3"), "35.00 €");
        assertEquals(base, TraceStep.of("rate", ART_31, Map.of("hours", "3"), "35.00 €"));
        assertEquals(base.hashCode(), TraceStep.of("rate", ART_31, Map.of("hours", "3"), "35.00 €").hashCode());
        assertNotEquals(base, TraceStep.of("rates", ART_31, Map.of("hours", "3"), "35.00 €"));
        assertNotEquals(base, TraceStep.of("rate", ART_32, Map.of("hours", "3"), "35.00 €"));
        assertNotEquals(base, TraceStep.of("rate", ART_31, Map.of("hours", "4"), "35.00 €"));
        assertNotEquals(base, TraceStep.of("rate", ART_31, Map.of("hours", "3"), "36.00 €"));
        ParameterUse p = ParameterUse.setByReading("x", "1", LocalDate.of(2026, 1, 1), DELIBERATION);
        assertNotEquals(base, TraceStep.of("rate", List.of(ART_31), Map.of("hours", "3"), List.of(p), "35.00 €"));
        assertNotEquals(base, "rate");
        Explanation e = Explanation.of("a", base);
        assertEquals(e, Explanation.of("a", List.of(base)));
        assertNotEquals(e, Explanation.of("b", base));
        assertNotEquals(e, Explanation.of("a"));
        assertNotEquals(e, "a");
    }

    @Test
    void aStepRefusesNullWordsNamingThem() {
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("hours", null);
        assertEquals("inputs value", assertThrows(NullPointerException.class,
                () -> TraceStep.of("rate", ART_31, nullValue, "x")).getMessage());
        Map<String, String> nullKey = new LinkedHashMap<>();
        nullKey.put(null, "3");
        assertEquals("inputs key", assertThrows(NullPointerException.class,
                () -> TraceStep.of("rate", ART_31, nullKey, "x")).getMessage());
        assertEquals("result", assertThrows(NullPointerException.class,
                () -> TraceStep.of("rate", ART_31, Map.of(), null)).getMessage());
        assertEquals("result", assertThrows(NullPointerException.class,
                () -> TraceStep.deferred("rate", List.of(), Map::of, List.of(), () -> null).result()).getMessage());
        assertEquals("subject", assertThrows(NullPointerException.class,
                () -> Explanation.deferred(() -> null, List.of()).subject()).getMessage());
        assertEquals("step", assertThrows(NullPointerException.class, () -> Explanation.of("a").plus(null)).getMessage());
    }

    @Test
    void jsonWithoutRuleResultOrSubjectIsRefusedNamingTheField() {
        InvalidInputException noRule = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"result\":\"x\"}", TraceStep.class));
        assertEquals(java.util.Optional.of("rule"), noRule.field());
        InvalidInputException noResult = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"rule\":\"x\"}", TraceStep.class));
        assertEquals(java.util.Optional.of("result"), noResult.field());
        InvalidInputException noSubject = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"steps\":[]}", Explanation.class));
        assertEquals(java.util.Optional.of("subject"), noSubject.field());
        TraceStep minimal = CdgJson.read("{\"rule\":\"r\",\"result\":\"x\"}", TraceStep.class);
        assertEquals(TraceStep.of("r", List.of(), Map.of(), List.of(), "x"), minimal);
        assertEquals(Explanation.of("s"), CdgJson.read("{\"subject\":\"s\"}", Explanation.class));
    }
}
