package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.VersionOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorModuleTest {
    static final String TARIFF_2027 = """
            module: cdg00
            parameters:
              fee:
                versions:
                  - effective: 2027-01-01
                    decision: "délibération illustrative du 7 décembre 2026"
                    article: "900 art. 2"
                    strata:
                      - { from: 0,    to: 999,  wording: "Communes de moins de 1 000 habitants", fee: "125.00" }
                      - { from: 1000, to: 4999, wording: "Communes de 1 000 à 4 999 habitants", fee: "250.00" }
                      - { from: 5000,           wording: "Communes de 5 000 habitants et plus", fee: "500.00" }
            """;

    static Collectivity village(long inhabitants) {
        return Collectivity.of("00001", "Village", "86", Optional.empty(), Population.of(inhabitants, Year.of(2026)));
    }

    @Test
    void quotesByStratumWithNoJava() {
        RuleModule m = DescriptorModule.of(Illustrative.descriptor());
        AnnualFeeQuote q = m.annualFees().orElseThrow().quote(village(640), Year.of(2026));
        assertEquals(Money.parse("120.00"), q.annualFee().orElseThrow());
        assertEquals(VersionOrigin.BUNDLED, q.tariff().orElseThrow().origin());
        assertTrue(q.explanation().render().contains("délibération illustrative du conseil d'administration du 1er décembre 2025"));
        assertEquals("[900 art. 1, 900 art. 2]", q.citations().toString());
        assertEquals(java.util.EnumSet.of(Capability.ANNUAL_FEE, Capability.DEADLINES), m.capabilities());
    }

    @Test
    void everyTestCaseOfTheDescriptorPasses() {
        List<TestCaseResult> results = DescriptorTestCases.run(DescriptorModule.of(Illustrative.descriptor()));
        assertEquals(4, results.size());
        results.forEach(r -> assertTrue(r.passed(), r.toString()));
    }

    @Test
    void aFailingTestCaseSaysWhatDiffers() {
        Descriptor d = DescriptorLoader.read("cdg00.yaml", Illustrative.yaml().replace("fee: \"120.00\", stratum",
                "fee: \"121.00\", stratum"));
        TestCaseResult r = DescriptorTestCases.run(DescriptorModule.of(d)).get(0);
        assertFalse(r.passed());
        assertEquals(List.of("fee: expected 121.00, got 120.00"), r.failures());
    }

    @Test
    void aSuppliedTariffChangesTheQuoteAndTheTraceNamesItsAct() {
        RuleModule bundled = DescriptorModule.of(Illustrative.descriptor());
        RuleModule updated = bundled.withParameters(DescriptorLoader.readFragment("tarif-2027.yaml", TARIFF_2027));
        AnnualFeeQuote q2027 = updated.annualFees().orElseThrow().quote(village(640), Year.of(2027));
        assertEquals(Money.parse("125.00"), q2027.annualFee().orElseThrow());
        assertEquals(VersionOrigin.SUPPLIED, q2027.tariff().orElseThrow().origin());
        assertTrue(q2027.explanation().render().contains("délibération illustrative du 7 décembre 2026"));
        assertTrue(q2027.explanation().render().contains("supplied at run time"));
        AnnualFeeQuote q2026 = updated.annualFees().orElseThrow().quote(village(640), Year.of(2026));
        assertEquals(Money.parse("120.00"), q2026.annualFee().orElseThrow());
        assertEquals(VersionOrigin.BUNDLED, q2026.tariff().orElseThrow().origin());
        // the bundled module is unchanged: 2027 carries the 2026 tariff forward
        AnnualFeeQuote before = bundled.annualFees().orElseThrow().quote(village(640), Year.of(2027));
        assertEquals(Money.parse("120.00"), before.annualFee().orElseThrow());
        assertTrue(before.tariff().orElseThrow().carriedForward());
    }

    @Test
    void aFragmentIsCheckedAgainstTheModule() {
        String bad = TARIFF_2027.replace("module: cdg00", "module: cdg79").replace("  fee:\n", "  fees:\n");
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorModule.of(Illustrative.descriptor()).withParameters(
                        DescriptorLoader.readFragment("tarif-2027.yaml", bad)));
        assertEquals(List.of("tarif-2027.yaml: module: the fragment is for module 'cdg79', not 'cdg00'",
                "tarif-2027.yaml: parameters.fees: module cdg00 has no parameter 'fees' (it has [fee, hourlyRate])"),
                e.errors().stream().map(DescriptorError::toString).toList());
    }

    @Test
    void aReadingSetsAParameterAndTheTraceSaysSo() {
        String yaml = Illustrative.yaml()
                .replace("rules:\n  annualFee:\n    scale: fee\n", "rules:\n  annualFee:\n    scale: fee\n    ceiling: ceiling\n")
                .replace("rules:\n", """
                          ceiling:
                            kind: population
                            versions:
                              - effective: 2026-01-01
                                decision: "délibération illustrative du conseil d'administration du 1er décembre 2025"
                                article: "900 art. 2"
                                population: 9999
                        readings:
                          - id: upTo
                            about: ["900 art. 2"]
                            quote: "5 000 habitants et plus"
                            default: OPEN
                            options:
                              - { id: OPEN, meaning: "no upper limit written: up to 9 999 as the deliberation says" }
                              - { id: CAPPED, meaning: "capped at 5 000", sets: { ceiling: 5000 } }
                        rules:
                        """.replace("\n  ceiling", "\n  ceiling"));
        String fixed = yaml.replace("\nrules:\n", "\nrules:\n").replaceFirst("(?m)^  ceiling:\n", "  ceiling:\n");
        Descriptor d = DescriptorLoader.read("cdg00.yaml", fixed.replace("                          ceiling:", "  ceiling:"));
        DescriptorModule m = DescriptorModule.of(d);
        assertEquals(Money.parse("480.00"), m.annualFees().orElseThrow().quote(village(9999), Year.of(2026)).annualFee()
                .orElseThrow());
        AnnualFeeQuote capped = m.withReadings(Map.of("upTo", "CAPPED")).annualFees().orElseThrow()
                .quote(village(9999), Year.of(2026));
        assertFalse(capped.eligible());
        assertTrue(capped.explanation().render().contains("parameter cdg00.ceiling set by reading upTo (CAPPED)"),
                capped.explanation().render());
        assertThrows(fr.cdgrules.core.error.InvalidInputException.class, () -> m.withReadings(Map.of("upTo", "NONE")));
    }

    @Test
    void rulesDirectoryAddsTheBodyToTheRegistry(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cdg00.yaml"), Illustrative.yaml());
        RuleModules modules = RuleModules.of(List.of()).withDescriptors(List.of(dir));
        assertEquals(List.of("cdg00"), modules.ids());
        assertTrue(modules.get("cdg00").descriptor().isPresent());
    }
}
