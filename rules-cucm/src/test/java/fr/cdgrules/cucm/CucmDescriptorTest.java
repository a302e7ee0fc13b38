package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.descriptor.DescriptorTestCases;
import fr.cdgrules.core.descriptor.TestCaseResult;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.VersionOrigin;
import fr.cdgrules.cucm.cotisation.TenThousandReading;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module on its descriptor: test cases, readings as declared, a revised unit cost supplied at run time. */
class CucmDescriptorTest {
    /** A revised 2023 unit cost as a caller would supply it (a test's figure, not a published decision). */
    static final String COST_2023 = """
            module: cucm
            parameters:
              hourlyUnitCost:
                versions:
                  - effective: 2023-01-01
                    decision: "Décision du président de la CUCM du 15 décembre 2022 (coût horaire 2023)"
                    article: "003 art. 5"
                    amount: "31.50"
            """;

    @Test
    void everyTestCaseOfTheDescriptorPasses() {
        List<TestCaseResult> results = DescriptorTestCases.run(new CucmModule());
        assertEquals(10, results.size());
        results.forEach(r -> assertTrue(r.passed(), r.toString()));
    }

    @Test
    void theDescriptorDeclaresTheReadingsTheJavaApplies() {
        assertEquals(CucmReadings.defaults().tenThousand().name(),
                CucmDescriptor.bundled().reading("tenThousand").orElseThrow().defaultOption());
        for (TenThousandReading r : TenThousandReading.values()) {
            assertTrue(CucmDescriptor.bundled().reading("tenThousand").orElseThrow().option(r.name()).isPresent());
        }
        assertEquals(EnumSet.of(Capability.ANNUAL_FEE, Capability.DEADLINES, Capability.MISSION_BILLING),
                new CucmModule().capabilities());
        assertTrue(new CucmModule().capability(CucmRules.class).isPresent());
        assertFalse(new CucmModule().capability(String.class).isPresent());
    }

    @Test
    void aSuppliedUnitCostChangesThePrepaidHoursAndTheTraceNamesTheDecision() {
        CucmModule m = new CucmModule().withParameters(DescriptorLoader.readFragment("cout-2023.yaml", COST_2023));
        AnnualFeeQuote q = m.annualFees().orElseThrow().quote(Fixtures.memberOf(471), Year.of(2023));
        assertEquals(Money.parse("210.00"), q.annualFee().orElseThrow());
        assertEquals(Hours.ofFraction(20, 3), q.prepaidHours().orElseThrow(), "210 € ÷ 31.50 €/h");
        assertTrue(q.explanation().render().contains("Décision du président de la CUCM du 15 décembre 2022"),
                q.explanation().render());
        assertTrue(q.explanation().parameters().stream().anyMatch(p -> p.origin() == VersionOrigin.SUPPLIED));
        AnnualFeeQuote bundled = new CucmModule().annualFees().orElseThrow().quote(Fixtures.memberOf(471), Year.of(2023));
        assertEquals(Hours.of(7), bundled.prepaidHours().orElseThrow());
        // the supplied cost survives a change of readings
        assertEquals(Hours.ofFraction(20, 3), m.withReadings(Map.of("tenThousand", "FOURTH_STRATUM")).annualFees()
                .orElseThrow().quote(Fixtures.memberOf(471), Year.of(2023)).prepaidHours().orElseThrow());
    }
}
