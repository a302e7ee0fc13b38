package fr.cdgrules.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsTest {
    @Test
    void messagesNameTheFieldAndTheRule() {
        InvalidInputException e = new InvalidInputException("population.inhabitants", Citation.of("000", "art. 3.1"), "must be ≥ 0");
        assertEquals("invalid population.inhabitants: must be ≥ 0 (000 art. 3.1)", e.getMessage());
        assertEquals(List.of(Citation.of("000", "art. 3.1")), e.rules());
        NoRuleAppliesException none = new NoRuleAppliesException("payer of travel costs for an agent",
                List.of(Citation.of("002", "modalités financières")));
        assertTrue(none.getMessage().startsWith("no rule applies to payer of travel costs"));
        RuleConflictException conflict = new RuleConflictException("billing of 2.5",
                List.of(Citation.of("000", "art. 3.2"), Citation.of("000", "annexe")));
        assertEquals("rules conflict on billing of 2.5: 000 art. 3.2, 000 annexe", conflict.getMessage());
        assertEquals("module", new UnknownRuleModuleException("x", List.of("a")).field().orElseThrow());
        ConventionNotInForceException over = new ConventionNotInForceException("a cotisation for 2026",
                java.time.LocalDate.of(2022, 7, 1), java.time.LocalDate.of(2024, 6, 30), Citation.of("003", "art. 9"));
        assertEquals("no convention in force for a cotisation for 2026: the convention runs from 2022-07-01 to 2024-06-30"
                + " (003 art. 9)", over.getMessage());
    }
}
