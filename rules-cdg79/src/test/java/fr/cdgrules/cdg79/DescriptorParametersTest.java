package fr.cdgrules.cdg79;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.cdg79.intervention.Graduate;
import fr.cdgrules.cdg79.intervention.Intervention;
import fr.cdgrules.cdg79.intervention.TraineeAllowance;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conventions 2 and 4 of the descriptor migration: the terms of art. 4 and the figures of art. 2.3
 * are read from the descriptor, so that a descriptor (or a fragment) with other figures changes the
 * results.
 */
class DescriptorParametersTest {
    private static final LocalDate POSTING = LocalDate.of(2026, 3, 2);

    static String bundledText() throws IOException {
        try (InputStream in = Cdg79Descriptor.class.getResourceAsStream(Cdg79Descriptor.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String fragment(String key, String number) {
        return """
                module: cdg79
                parameters:
                  %s:
                    versions:
                      - effective: 2026-01-01
                        decision: "délibération d'essai (les chiffres sont ceux d'un test)"
                        article: "000 art. 2.3"
                        number: %s
                """.formatted(key, number);
    }

    @Test
    void theTermsOfArticle4AreTheDescriptorsTerms() throws IOException {
        assertEquals(Cdg79Descriptor.bundled().terms().orElseThrow(), Cdg79Rules.defaults().conventionTerms());
        assertEquals(Cdg79Descriptor.bundled().terms().orElseThrow(), new Cdg79Module().conventionTerms());
        // three years instead of the text's two: the Java follows the descriptor
        String text = bundledText();
        Descriptor threeYears = DescriptorLoader.read("cdg79-trois-ans.yaml", text.replace("  duration: P2Y\n",
                "  duration: P3Y\n"));
        Convention c = Cdg79Rules.of(Cdg79Readings.defaults(), threeYears).convention(LocalDate.of(2026, 4, 23));
        assertEquals(LocalDate.of(2026, 1, 1), c.start());
        assertEquals(Period.ofYears(3), c.terms().initialTerm());
        assertEquals(LocalDate.of(2030, 12, 31), c.finalEnd()); // three years, then two renewed
    }

    @Test
    void theSixMonthsAndTheTwoHalfDaysAreTheDescriptorsParameters() {
        TraineeAllowance bundled = Cdg79Rules.defaults().billing().traineeAllowance();
        assertEquals(Period.ofMonths(6), bundled.period(POSTING));
        assertEquals(2, bundled.onSiteHalfDays(POSTING));
        assertEquals(2, Graduate.INCLUDED_HALF_DAYS);
        Cdg79Module threeMonths = new Cdg79Module().withParameters(DescriptorLoader.readFragment("trois-mois.yaml",
                fragment("traineeSupportMonths", "3")));
        assertEquals(Period.ofMonths(3), threeMonths.rules().billing().traineeAllowance().period(POSTING));
        // a posting before the supplied version keeps the bundled six months
        assertEquals(Period.ofMonths(6), threeMonths.rules().billing().traineeAllowance().period(LocalDate.of(2025, 9, 1)));
    }

    @Test
    void aThirdOnSiteHalfDayIsBilledUnlessAFragmentIncludesThree() {
        Graduate g = Graduate.of("C. M.", POSTING);
        List<Intervention> three = List.of(Intervention.traineeSupport(LocalDate.of(2026, 3, 10), g, Hours.parse("3.5"), true),
                Intervention.traineeSupport(LocalDate.of(2026, 3, 17), g, Hours.parse("3.5"), true),
                Intervention.traineeSupport(LocalDate.of(2026, 3, 24), g, Hours.parse("3.5"), true));
        Membership member = Membership.ofYears(Year.of(2026));
        LocalDate issued = LocalDate.of(2026, 4, 1);
        assertEquals(Money.parse("122.50"), Cdg79Rules.defaults().invoice(TestCommunes.clesse(), member, three, issued)
                .total()); // 3.5 h × 35 € beyond « 2 demi-journées »
        Cdg79Module threeHalfDays = new Cdg79Module().withParameters(DescriptorLoader.readFragment("trois.yaml",
                fragment("traineeOnSiteHalfDays", "3")));
        assertEquals(Money.ZERO, threeHalfDays.rules().invoice(TestCommunes.clesse(), member, three, issued).total());
    }
}
