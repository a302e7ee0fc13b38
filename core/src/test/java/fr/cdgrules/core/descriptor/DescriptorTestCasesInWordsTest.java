package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.core.register.FakeBody;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A descriptor's own test cases: what a failing case says, expectation by expectation. */
class DescriptorTestCasesInWordsTest {
    private static List<String> results(String yaml) {
        return DescriptorTestCases.run(DescriptorModule.of(DescriptorLoader.read("cdg00.yaml", yaml))).stream()
                .map(TestCaseResult::toString).toList();
    }

    @Test
    void everyExpectationThatDiffersIsSaidWithWhatWasExpectedAndWhatCame() {
        String yaml = Illustrative.yaml()
                .replace("expected: { eligible: true, fee: \"120.00\", stratum: \"Communes de moins de 1 000 habitants\" }",
                        "expected: { eligible: false, fee: \"121\", stratum: \"Communes\", prepaidHours: \"7.5\","
                                + " decision: \"arrêté\", origin: supplied }")
                .replace("expected: { eligible: false, reason: \"outside the territory\" }",
                        "expected: { eligible: false, reason: \"too big\" }")
                .replace("population: 1000, year: 2026 }", "population: 1000, year: 2025 }")
                .replace("      NOTICE_DEADLINE: [2028-10-01]\n",
                        "      NOTICE_DEADLINE: [2028-10-02, 2028-10-01]\n      CURE_PERIOD_END: [2028-01-01]\n");
        assertEquals(List.of(
                "cdg00 quote test 'small commune 2026': FAILED: eligible: expected false, got true; fee: expected 121.00,"
                        + " got 120.00; stratum: expected Communes, got Communes de moins de 1 000 habitants; prepaidHours:"
                        + " expected 7.5, got none; decision: expected to contain 'arrêté', got 'délibération illustrative"
                        + " du conseil d'administration du 1er décembre 2025'; origin: expected SUPPLIED, got BUNDLED",
                "cdg00 quote test 'boundary 1 000 inhabitants': FAILED: refused: nothing in force for cdg00.cotisation"
                        + " on 2025-01-01: its first value takes effect on 2026-01-01 (900 art. 2)",
                "cdg00 quote test 'outside the territory': FAILED: reason: expected to contain 'too big', got 'Clessé"
                        + " (79094) is outside the territory served: the communes of département 86 (illustrative)'",
                "cdg00 deadlines test 'three years, three months' notice': FAILED: NOTICE_DEADLINE: expected"
                        + " 2028-10-02, got [2028-10-01]; CURE_PERIOD_END: expected 2028-01-01, got []"), results(yaml));
    }

    @Test
    void matchingExpectationsPass() {
        String yaml = Illustrative.yaml().replace("expected: { eligible: true, fee: \"240.00\" }",
                "expected: { eligible: true, fee: \"240.00\", decision: \"illustrative\", origin: bundled,"
                        + " stratum: \"Communes de 1 000 à 4 999 habitants\" }");
        assertEquals(List.of("cdg00 quote test 'small commune 2026': passed",
                "cdg00 quote test 'boundary 1 000 inhabitants': passed",
                "cdg00 quote test 'outside the territory': passed",
                "cdg00 deadlines test 'three years, three months' notice': passed"), results(yaml));
        TestCaseResult first = DescriptorTestCases.run(DescriptorModule.of(DescriptorLoader.read("cdg00.yaml", yaml)))
                .get(0);
        assertEquals("cdg00", first.module());
        assertEquals(List.of(), first.failures());
        assertEquals("small commune 2026", first.testCase().name());
    }

    @Test
    void aModuleWithoutDescriptorHasNoCases() {
        assertEquals(List.of(), DescriptorTestCases.run(FakeBody.create()));
    }
}
