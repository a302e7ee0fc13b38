package fr.cdgrules.core.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.UnknownRuleModuleException;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleModulesTest {
    record Fake(String id) implements RuleModule {
        @Override
        public String issuingBody() {
            return "body " + id;
        }

        @Override
        public List<SourceText> sources() {
            return List.of(SourceText.of("999", "999_x.txt", "a text"));
        }

        @Override
        public Territory territory() {
            return Territory.departments("d", Citation.of("999", "art. 1"), "99");
        }

        @Override
        public ConventionTerms conventionTerms() {
            return ConventionTerms.of(Period.ofYears(1), Citation.of("999", "art. 2"),
                    RenewalPolicy.none(Citation.of("999", "art. 2")), List.of());
        }
    }

    @Test
    void findsModulesById() {
        RuleModules m = RuleModules.of(List.of(new Fake("b"), new Fake("a")));
        assertEquals(List.of("a", "b"), m.ids());
        assertEquals("body b", m.get("b").issuingBody());
        assertTrue(m.get("a").annualFees().isEmpty());
        assertEquals(LocalDate.of(2026, 12, 31), m.get("a").convention(LocalDate.of(2026, 1, 1)).finalEnd());
        UnknownRuleModuleException e = assertThrows(UnknownRuleModuleException.class, () -> m.get("zz"));
        assertEquals("unknown rule module 'zz'; available: a, b", e.getMessage());
        assertThrows(InvalidInputException.class, () -> RuleModules.of(List.of(new Fake("a"), new Fake("a"))));
    }

    @Test
    void coreAloneProvidesNoModule() {
        assertEquals(List.of(), RuleModules.load().ids());
    }

    /** Loading again from the application class loader gives the registry kept by the first load. */
    @Test
    void loadingAgainKeepsTheRegistry() {
        assertSame(RuleModules.load(), RuleModules.load());
    }
}
