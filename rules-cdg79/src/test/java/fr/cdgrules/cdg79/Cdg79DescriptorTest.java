package fr.cdgrules.cdg79;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.descriptor.DescriptorTestCases;
import fr.cdgrules.core.descriptor.ParameterFragment;
import fr.cdgrules.core.descriptor.TestCaseResult;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.VersionOrigin;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module on its descriptor: test cases, readings as declared, a 2027 tariff supplied at run time. */
class Cdg79DescriptorTest {
    /** A 2027 tariff as a caller would supply it (the figures are a test's, not a published deliberation). */
    static final String TARIFF_2027 = """
            module: cdg79
            parameters:
              packFee:
                versions:
                  - effective: 2027-01-01
                    decision: "délibération du conseil d'administration du CDG79 du 8 décembre 2026 (tarifs 2027)"
                    article: "000 art. 3.1"
                    strata:
                      - { from: 0,    to: 499,  wording: "Communes de moins de 500 habitants",   fee: "105.00" }
                      - { from: 500,  to: 999,  wording: "Communes de 500 à 999 habitants",     fee: "160.00" }
                      - { from: 1000, to: 2000, wording: "Communes de 1 000 à 2 000 habitants", fee: "210.00" }
                      - { from: 2001, to: 3500, wording: "Communes de 2 001 à 3 500 habitants", fee: "315.00" }
            """;

    @Test
    void everyTestCaseOfTheDescriptorPasses() {
        List<TestCaseResult> results = DescriptorTestCases.run(new Cdg79Module());
        assertEquals(6, results.size());
        results.forEach(r -> assertTrue(r.passed(), r.toString()));
    }

    @Test
    void theDescriptorDeclaresTheReadingsTheJavaApplies() {
        var reading = Cdg79Descriptor.bundled().reading("ceiling3500").orElseThrow();
        assertEquals(Ceiling3500Reading.defaultReading().name(), reading.defaultOption());
        for (Ceiling3500Reading r : Ceiling3500Reading.values()) {
            assertEquals(r.lastEligible(), reading.option(r.name()).orElseThrow().sets().get("packCeiling"));
        }
        assertEquals(EnumSet.of(Capability.ANNUAL_FEE, Capability.DEADLINES, Capability.HOURLY_BILLING,
                Capability.ACCESS_DECISION), new Cdg79Module().capabilities());
        assertEquals(Cdg79Rules.defaults(), new Cdg79Module().capability(Cdg79Rules.class).orElseThrow());
    }

    @Test
    void aSuppliedTariff2027ChangesTheQuoteAndTheTraceNamesTheDeliberation() {
        ParameterFragment f = DescriptorLoader.readFragment("tarif-2027.yaml", TARIFF_2027);
        Cdg79Module m = new Cdg79Module().withParameters(f);
        AnnualFeeQuote q = m.annualFees().orElseThrow().quote(TestCommunes.clesse(), Year.of(2027));
        assertEquals(Money.parse("160.00"), q.annualFee().orElseThrow());
        assertEquals(VersionOrigin.SUPPLIED, q.tariff().orElseThrow().origin());
        assertTrue(q.explanation().render().contains("du 8 décembre 2026 (tarifs 2027)"));
        assertTrue(q.explanation().render().contains("supplied at run time"));
        AnnualFeeQuote q2026 = m.annualFees().orElseThrow().quote(TestCommunes.clesse(), Year.of(2026));
        assertEquals(Money.parse("150.00"), q2026.annualFee().orElseThrow());
        assertEquals(VersionOrigin.BUNDLED, q2026.tariff().orElseThrow().origin());
        // the readings survive the update, and the update survives a change of readings
        Cdg79Module included = m.withReadings(Map.of("ceiling3500", "INCLUDED_PER_TABLE"));
        assertEquals(Money.parse("315.00"), included.annualFees().orElseThrow()
                .quote(TestCommunes.clesse().withPopulation(TestCommunes.clesse().population().withInhabitants(3500)),
                        Year.of(2027)).annualFee().orElseThrow());
    }
}
