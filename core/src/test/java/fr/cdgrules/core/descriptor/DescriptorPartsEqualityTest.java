package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.VersionOrigin;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The parts of a descriptor compare by value: two equal constructions are equal, one differing part is not. */
class DescriptorPartsEqualityTest {
    private static final Citation ART_4 = Citation.of("000", "4");
    private static final Citation ART_5 = Citation.of("000", "5");
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private static void sameValue(Supplier<?> make) {
        Object a = make.get();
        Object b = make.get();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    private static ParameterVersion version(String amount) {
        return ParameterVersion.of(JAN_2026, "délibération du 12 décembre 2025", ART_4, null, Money.parse(amount),
                VersionOrigin.BUNDLED);
    }

    private static TestCase testCase(String expectedFee) {
        return TestCase.of("commune of 1 200 inhabitants", "quote", Map.of("population", "1200"),
                Map.of("annualFee", List.of(expectedFee)), List.of(ART_4));
    }

    @Test
    void anAnnualFeeRuleIsItsScaleArticleAndCeiling() {
        sameValue(() -> AnnualFeeSpec.of("packFee", ART_4, "ceiling"));
        assertNotEquals(AnnualFeeSpec.of("packFee", ART_4, "ceiling"), AnnualFeeSpec.of("packFee", ART_4, null));
        assertNotEquals(AnnualFeeSpec.of("packFee", ART_4, null), AnnualFeeSpec.of("packFee", ART_5, null));
    }

    @Test
    void aDescribedTextIsItsSourceAndArticles() {
        Supplier<DescribedText> text = () -> DescribedText.of(SourceText.of("convention", "convention.md", "Convention"),
                List.of(Article.of(ART_4, "Tarif", null, false, List.of())));
        sameValue(text);
        assertNotEquals(text.get(), DescribedText.of(SourceText.of("convention", "convention.md", "Convention"),
                List.of(Article.of(ART_5, "Tarif", null, false, List.of()))));
    }

    @Test
    void aParameterVersionIsItsDateActArticleValueAndOrigin() {
        sameValue(() -> version("120.00"));
        assertNotEquals(version("120.00"), version("121.00"));
        assertNotEquals(version("120.00"), ParameterVersion.of(JAN_2026, "délibération du 12 décembre 2025", ART_4,
                null, Money.parse("120.00"), VersionOrigin.SUPPLIED));
        assertNotEquals(version("120.00"), ParameterVersion.of(JAN_2026, "délibération du 12 décembre 2025", ART_4,
                LocalDate.of(2026, 4, 23), Money.parse("120.00"), VersionOrigin.BUNDLED));
    }

    @Test
    void aDescribedParameterIsItsKeyNameKindAndVersions() {
        sameValue(() -> DescribedParameter.of("packFee", "cdg79.pack-adhesion", ParameterKind.AMOUNT,
                List.of(version("120.00"))));
        DescribedParameter p = DescribedParameter.of("packFee", "cdg79.pack-adhesion", ParameterKind.AMOUNT,
                List.of(version("120.00")));
        assertNotEquals(p, p.withVersion(version("121.00")));
        assertNotEquals(p, DescribedParameter.of("packFee", "cdg79.pack", ParameterKind.AMOUNT,
                List.of(version("120.00"))));
    }

    @Test
    void aTestCaseAndItsResultAreTheirParts() {
        sameValue(() -> testCase("120.00"));
        assertNotEquals(testCase("120.00"), testCase("121.00"));
        sameValue(() -> TestCaseResult.of("cdg79", testCase("120.00"), List.of()));
        assertNotEquals(TestCaseResult.of("cdg79", testCase("120.00"), List.of()),
                TestCaseResult.of("cdg79", testCase("120.00"), List.of("annualFee: expected 120.00, got 121.00")));
        assertNotEquals(TestCaseResult.of("cdg79", testCase("120.00"), List.of()),
                TestCaseResult.of("cucm", testCase("120.00"), List.of()));
    }
}
