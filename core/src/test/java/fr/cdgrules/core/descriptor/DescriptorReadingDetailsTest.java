package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.lifecycle.TerminationRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the loader keeps from an accepted descriptor, at the edges the refusal catalogue does not reach. */
class DescriptorReadingDetailsTest {
    private static Descriptor read(String yaml) {
        return DescriptorLoader.read("cdg00.yaml", yaml);
    }

    @Test
    void aStratumOfOneValueAndACeilingOnTheFirstValueOfTheLastStratumAreAccepted() {
        Descriptor d = read(Illustrative.yaml()
                .replace("{ from: 1000, to: 4999,", "{ from: 1000, to: 1000,")
                .replace("{ from: 5000,           wording", "{ from: 1001,           wording")
                .replace("parameters:\n", "parameters:\n  ceil:\n    kind: population\n    versions:\n"
                        + "      - { effective: 2026-01-01, decision: d, article: \"900 art. 2\", population: 1001 }\n")
                .replace("    scale: fee\n", "    scale: fee\n    ceiling: ceil\n")
                .replace("expected: { eligible: true, fee: \"240.00\" }", "expected: { eligible: true }"));
        assertEquals("[Communes de moins de 1 000 habitants [0, 999]: 120.00 €, Communes de 1 000 à 4 999 habitants"
                + " [1000, 1000]: 240.00 €, Communes de 5 000 habitants et plus [1001, ∞): 480.00 €]",
                d.parameter("fee").scales().versions().get(0).value().strata().toString());
    }

    @Test
    void termsKeepTheClauseDefaultsUnlessTheDescriptorSaysOtherwise() {
        Descriptor general = read(Illustrative.yaml().replace("    - kind: at-notice-expiry\n      notice: P3M\n",
                "    - kind: general-interest\n      article: \"900 art. 5\"\n    - kind: for-fault\n      cure: P1M\n"
                        + "      reasonsRequired: true\n"));
        List<TerminationRule> rules = general.terms().orElseThrow().terminations();
        assertEquals(List.of(TerminationKind.GENERAL_INTEREST, TerminationKind.FOR_FAULT),
                rules.stream().map(TerminationRule::kind).toList());
        assertTrue(rules.get(0).reasonsRequired(), "general interest states its reasons by default");
        assertTrue(rules.get(1).reasonsRequired(), "as the descriptor says");
        assertFalse(rules.get(0).indemnityDue(), "indemnity: due: false");
        Descriptor noReasons = read(Illustrative.yaml().replace("    - kind: at-notice-expiry\n      notice: P3M\n",
                "    - kind: general-interest\n      reasonsRequired: false\n"));
        assertFalse(noReasons.terms().orElseThrow().terminations().get(0).reasonsRequired());
        InvalidDescriptorException noArticle = assertThrows(InvalidDescriptorException.class, () -> read(
                Illustrative.yaml().replace("  article: \"900 art. 1\"\n  departments", "  departments")));
        assertEquals("[cdg00.yaml: territory: missing 'article']", noArticle.errors().toString());
    }

    @Test
    void testCasesKeepTheirEpciAndReadingsAndCitedByFollowsTheDeclarationOrder() {
        Descriptor d = read(Illustrative.yaml()
                .replace("population: 1000, year: 2026 }", "population: 1000, year: 2026, epci: \"200041762\","
                        + " readings: { top: A } }")
                .replace("capabilities: [annual-fee, deadlines]", "capabilities: [annual-fee, deadlines, mission-billing]")
                .replace("        heading: Préambule\n        prose: true\n",
                        "        heading: Préambule\n        implementedBy: [mission-billing]\n")
                + "hooks:\n  mission-billing: fr.cdgrules.cdg00.Missions\n"
                + "readings:\n  - id: top\n    about: [\"900 art. 2\"]\n    quote: \"q\"\n    default: A\n    options:\n"
                + "      - { id: A, meaning: a }\n      - { id: B, meaning: b }\n"
                + "  - id: other\n    about: [\"900 art. 2\"]\n    quote: \"q\"\n    default: A\n    options:\n"
                + "      - { id: A, meaning: a }\n      - { id: B, meaning: b }\n");
        assertEquals(Map.of("commune", "00002", "name", "Bourg", "department", "86", "population", "1000", "year", "2026",
                "epci", "200041762", "reading.top", "A"), d.tests().get(1).input());
        assertEquals(Map.of("start", "2026-01-01"), d.tests().get(3).input());
        assertEquals(Map.of("END_OF_TERM", List.of("2028-12-31"), "NOTICE_DEADLINE", List.of("2028-10-01")),
                d.tests().get(3).expected());
        assertEquals(List.of("hook mission-billing"), d.citedBy().get(Citation.parse("900 préambule")));
        assertEquals(d.articles().stream().map(Article::citation).toList(), List.copyOf(d.citedBy().keySet()));
        assertEquals(Map.of("mission-billing", "fr.cdgrules.cdg00.Missions"), d.hooks());
        assertEquals(List.of("top", "other"), d.readings().stream().map(Reading::id).toList());
    }
}
