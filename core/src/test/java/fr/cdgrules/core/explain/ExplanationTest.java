package fr.cdgrules.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    @Test
    void rendersRulesInputsAndParameterVersions() {
        Citation art = Citation.of("000", "art. 3.2");
        Timeline<Money> rate = Timeline.of("cdg79.member-rate", Version.of(LocalDate.of(2025, 1, 1), Money.ofEuros(35),
                Source.of("délibération du 9 décembre 2024", art)));
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("hours", "3");
        inputs.put("member", "yes");
        Explanation e = Explanation.of("intervention of 2026-03-02",
                TraceStep.of("hourly rate of a member", List.of(art), inputs,
                        List.of(ParameterUse.of(rate.at(LocalDate.of(2026, 3, 2)))), "3 h × 35.00 € = 105.00 €"));
        String text = e.render();
        assertTrue(text.contains("hourly rate of a member [000 art. 3.2]"), text);
        assertTrue(text.contains("input hours = 3"), text);
        assertTrue(text.contains("parameter cdg79.member-rate = 35.00 (in force since 2025-01-01"), text);
        assertTrue(text.contains("carried forward"), text);
        assertTrue(text.contains("→ 3 h × 35.00 € = 105.00 €"), text);
        assertEquals(List.of(art), e.citations());
        assertEquals(1, e.parameters().size());
    }

    /**
     * A deferred step builds its words once, only when read, and renders, compares and round-trips
     * exactly like the same step built eagerly.
     */
    @Test
    void deferredWordsAreBuiltOnlyWhenReadAndRenderTheSame() {
        Citation art = Citation.of("000", "art. 3.1");
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        Explanation deferred = Explanation.deferred(() -> {
            built.incrementAndGet();
            return "annual fee of Clessé (79094) for 2026";
        }, List.of(TraceStep.deferred("annual fee by population stratum", List.of(art), () -> {
            built.incrementAndGet();
            Map<String, String> m = new LinkedHashMap<>();
            m.put("population", "923 inhabitants");
            m.put("year", "2026");
            return m;
        }, List.of(), () -> {
            built.incrementAndGet();
            return "stratum 'Communes de 500 à 999 habitants' → 150.00 €";
        })));
        Explanation longer = deferred.plus(TraceStep.of("ceiling", art, Map.of("reading", "x"), "under"));
        assertEquals(List.of(art), longer.citations());
        assertEquals(0, built.get(), "nothing put into words before rendering");
        Map<String, String> in = new LinkedHashMap<>();
        in.put("population", "923 inhabitants");
        in.put("year", "2026");
        Explanation eager = Explanation.of("annual fee of Clessé (79094) for 2026",
                TraceStep.of("annual fee by population stratum", List.of(art), in, List.of(),
                        "stratum 'Communes de 500 à 999 habitants' → 150.00 €"),
                TraceStep.of("ceiling", art, Map.of("reading", "x"), "under"));
        assertEquals(eager.render(), longer.render());
        assertEquals(3, built.get(), "each word built once");
        assertEquals(eager.render(), longer.render());
        assertEquals(3, built.get(), "and not again");
        assertEquals(eager, longer);
        assertEquals(eager.hashCode(), longer.hashCode());
        assertEquals(fr.cdgrules.core.json.CdgJson.write(eager), fr.cdgrules.core.json.CdgJson.write(longer));
        assertEquals(eager, fr.cdgrules.core.json.CdgJson.read(fr.cdgrules.core.json.CdgJson.write(longer), Explanation.class));
    }

    /**
     * Deferred steps are made once, only when read (steps, citations, render, JSON, equality), also
     * through {@code plus}, and the explanation is the same as one made with its steps.
     */
    @Test
    void deferredStepsAreMadeOnlyWhenReadAndAreTheSame() {
        Citation art = Citation.of("000", "art. 3.1");
        Citation ceiling = Citation.of("000", "art. 2");
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        Explanation deferred = Explanation.deferred(() -> "annual fee of Clessé (79094) for 2026", () -> {
            made.incrementAndGet();
            return List.of(TraceStep.of("annual fee by population stratum", art, Map.of("year", "2026"), "150.00 €"));
        });
        Explanation longer = deferred.plus(TraceStep.of("ceiling", ceiling, Map.of("reading", "x"), "under"));
        Explanation longest = longer.plusDeferred(() -> {
            made.incrementAndGet();
            return TraceStep.of("civil year", art, Map.of(), "2026");
        });
        assertEquals(0, made.get(), "no step made before the explanation is read");
        Explanation eager = Explanation.of("annual fee of Clessé (79094) for 2026",
                TraceStep.of("annual fee by population stratum", art, Map.of("year", "2026"), "150.00 €"),
                TraceStep.of("ceiling", ceiling, Map.of("reading", "x"), "under"),
                TraceStep.of("civil year", art, Map.of(), "2026"));
        assertEquals(List.of(art, ceiling), longest.citations());
        assertEquals(2, made.get(), "made once");
        assertEquals(eager.render(), longest.render());
        assertEquals(eager.steps(), longest.steps());
        assertEquals(eager, longest);
        assertEquals(longest, eager);
        assertEquals(eager.hashCode(), longest.hashCode());
        assertEquals(fr.cdgrules.core.json.CdgJson.write(eager), fr.cdgrules.core.json.CdgJson.write(longest));
        assertEquals(2, made.get(), "and not again");
        assertEquals(2, longer.steps().size());
        assertEquals(1, deferred.steps().size());
        assertEquals(2, made.get(), "shared by the explanations it was extended into");
        assertEquals(eager, longer.plusDeferred(() -> TraceStep.of("civil year", art, Map.of(), "2026")),
                "a step added to an explanation already read");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> longest.steps().add(TraceStep.of("x", art, Map.of(), "y")));
    }

    /**
     * A step's inputs are shown in the order they were read: two steps that list the same inputs in another
     * order render and write differently, so they are not equal (found by ValueLawsTest).
     */
    @Test
    void stepsWithTheSameInputsInAnotherOrderAreNotEqual() {
        Citation art = Citation.of("000", "art. 3.1");
        Map<String, String> populationFirst = new LinkedHashMap<>();
        populationFirst.put("population", "923");
        populationFirst.put("year", "2026");
        Map<String, String> yearFirst = new LinkedHashMap<>();
        yearFirst.put("year", "2026");
        yearFirst.put("population", "923");
        TraceStep a = TraceStep.of("annual fee by population stratum", art, populationFirst, "150.00 €");
        TraceStep b = TraceStep.of("annual fee by population stratum", art, yearFirst, "150.00 €");
        assertTrue(!a.equals(b) && !b.equals(a), "another order is another step");
        assertTrue(!Explanation.of("Clessé (79094), 2026", a).equals(Explanation.of("Clessé (79094), 2026", b)));
        assertEquals(a, TraceStep.deferred("annual fee by population stratum", List.of(art), () -> populationFirst,
                List.of(), () -> "150.00 €"));
    }
}
