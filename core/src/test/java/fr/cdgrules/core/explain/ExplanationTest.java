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
}
