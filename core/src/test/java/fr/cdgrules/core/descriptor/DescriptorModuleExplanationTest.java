package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole explanation of a descriptor module's quote, word for word, as a lawyer reads it beside
 * the text: the territory step, the stratum step with the deliberation, and the eligibility ceiling
 * with the reading that set it.
 */
class DescriptorModuleExplanationTest {
    private static final String DELIBERATION = "délibération illustrative du conseil d'administration du 1er décembre 2025";
    private static final String TERRITORY_STEP = "  1. territory served [900 art. 1]\n"
            + "     input commune = Village (00001)\n"
            + "     input department = 86\n"
            + "     input epciSiren = none\n"
            + "     → within the communes of département 86 (illustrative)\n";

    /** The illustrative body with a ceiling parameter (9 999) that a reading may lower to 5 000. */
    static DescriptorModule withCeiling() {
        String yaml = Illustrative.yaml()
                .replace("    scale: fee\n", "    scale: fee\n    ceiling: ceiling\n")
                .replace("parameters:\n", "parameters:\n  ceiling:\n    name: cdg00.last-population\n    kind: population\n"
                        + "    versions:\n      - { effective: 2026-01-01, decision: \"délibération illustrative du 1er"
                        + " décembre 2025\", article: \"900 art. 2\", population: 9999 }\n")
                + "readings:\n  - id: upTo\n    about: [\"900 art. 2\", \"900 art. 1\"]\n"
                + "    quote: \"5 000 habitants et plus\"\n    default: OPEN\n    options:\n"
                + "      - { id: OPEN, meaning: \"up to 9 999 as the deliberation says\" }\n"
                + "      - { id: CAPPED, meaning: \"capped at 5 000\", sets: { ceiling: 5000 } }\n";
        return DescriptorModule.of(DescriptorLoader.read("cdg00.yaml", yaml));
    }

    private static Collectivity village(long inhabitants) {
        return Collectivity.of("00001", "Village", "86", Optional.empty(), Population.of(inhabitants, Year.of(2026)));
    }

    @Test
    void theDefaultReadingQuotesUpToTheCeilingOfTheDeliberation() {
        AnnualFeeQuote q = withCeiling().annualFees().orElseThrow().quote(village(9000), Year.of(2026));
        assertEquals(Money.parse("480.00"), q.annualFee().orElseThrow());
        assertEquals("annual fee of Village (00001) for 2026 (cdg00)\n" + TERRITORY_STEP
                + "  2. annual fee by population stratum [900 art. 2]\n"
                + "     input population = 9000 inhabitants (population municipale 2026)\n"
                + "     input year = 2026\n"
                + "     parameter cdg00.cotisation = scale of 2026-01-01 (in force since 2026-01-01, " + DELIBERATION
                + " (900 art. 2))\n"
                + "     → stratum 'Communes de 5 000 habitants et plus' → 480.00 €\n"
                + "  3. eligibility ceiling [900 art. 2]\n"
                + "     input population = 9000 inhabitants (population municipale 2026)\n"
                + "     parameter cdg00.last-population = 9999 (in force since 2026-01-01, délibération illustrative du"
                + " 1er décembre 2025 (900 art. 2))\n"
                + "     → last eligible population 9999\n", q.explanation().render());
        assertEquals(List.of(Citation.parse("900 art. 1"), Citation.parse("900 art. 2")), q.citations());
    }

    @Test
    void aLaterYearSaysTheTariffAndCeilingAreCarriedForward() {
        AnnualFeeQuote q = withCeiling().annualFees().orElseThrow().quote(village(9000), Year.of(2027));
        assertEquals("annual fee of Village (00001) for 2027 (cdg00)\n" + TERRITORY_STEP
                + "  2. annual fee by population stratum [900 art. 2]\n"
                + "     input population = 9000 inhabitants (population municipale 2026)\n"
                + "     input year = 2027\n"
                + "     parameter cdg00.cotisation = scale of 2026-01-01 (in force since 2026-01-01, " + DELIBERATION
                + " (900 art. 2); carried forward)\n"
                + "     → stratum 'Communes de 5 000 habitants et plus' → 480.00 € (tariff of 2026 still in force: no"
                + " later deliberation)\n"
                + "  3. eligibility ceiling [900 art. 2]\n"
                + "     input population = 9000 inhabitants (population municipale 2026)\n"
                + "     parameter cdg00.last-population = 9999 (in force since 2026-01-01, délibération illustrative du"
                + " 1er décembre 2025 (900 art. 2); carried forward)\n"
                + "     → last eligible population 9999\n", q.explanation().render());
    }

    @Test
    void theCappedReadingRefusesAboveItsCeilingAndTheTraceNamesTheReadingAndItsArticles() {
        DescriptorModule capped = withCeiling().withReadings(Map.of("upTo", "CAPPED"));
        assertEquals(Map.of("upTo", "CAPPED"), capped.readings());
        assertEquals(Map.of("upTo", "OPEN"), withCeiling().readings());
        AnnualFeeQuote q = capped.annualFees().orElseThrow().quote(village(9000), Year.of(2026));
        assertFalse(q.eligible());
        assertEquals("population outside the scale: 9000 inhabitants is above the last stratum (5000)",
                q.reason().orElseThrow());
        assertEquals("annual fee of Village (00001) for 2026 (cdg00)\n" + TERRITORY_STEP
                + "  2. annual fee by population stratum [900 art. 2]\n"
                + "     input population = 9000 inhabitants (population municipale 2026)\n"
                + "     input year = 2026\n"
                + "     parameter cdg00.cotisation = scale of 2026-01-01 (in force since 2026-01-01, " + DELIBERATION
                + " (900 art. 2))\n"
                + "     → not eligible: population outside the scale: 9000 inhabitants is above the last stratum (5000)\n"
                + "  3. eligibility ceiling [900 art. 2, 900 art. 1]\n"
                + "     input population = 9000 inhabitants (population municipale 2026)\n"
                + "     parameter cdg00.last-population = 5000 (in force since 2026-01-01, reading upTo = CAPPED: capped at"
                + " 5 000 (900 art. 2))\n"
                + "     → parameter cdg00.last-population set by reading upTo (CAPPED): last eligible population 5000\n",
                q.explanation().render());
        AnnualFeeQuote below = capped.annualFees().orElseThrow().quote(village(4000), Year.of(2026));
        assertEquals(Money.parse("240.00"), below.annualFee().orElseThrow());
        assertTrue(below.explanation().render().endsWith(
                "→ parameter cdg00.last-population set by reading upTo (CAPPED): last eligible population 5000\n"));
    }

    @Test
    void outsideTheTerritoryTheTraceStopsAtTheTerritoryStep() {
        Collectivity clesse = Collectivity.of("79094", "Clessé", "79", Optional.empty(), Population.of(977, Year.of(2026)));
        AnnualFeeQuote q = withCeiling().annualFees().orElseThrow().quote(clesse, Year.of(2026));
        assertEquals("annual fee of Clessé (79094) for 2026 (cdg00)\n"
                + "  1. territory served [900 art. 1]\n"
                + "     input commune = Clessé (79094)\n"
                + "     input department = 79\n"
                + "     input epciSiren = none\n"
                + "     → not eligible: Clessé (79094) is outside the territory served: the communes of département 86"
                + " (illustrative)\n", q.explanation().render());
        assertEquals(List.of(Citation.parse("900 art. 1")), q.citations());
    }

    @Test
    void anUnknownReadingOrOptionIsRefusedNamingTheReadingAndItsArticle() {
        DescriptorModule m = withCeiling();
        InvalidInputException noReading = assertThrows(InvalidInputException.class,
                () -> m.withReadings(Map.of("nope", "A")));
        assertEquals("invalid readings.nope: module cdg00 has no reading 'nope' (it has [upTo])", noReading.getMessage());
        assertEquals(Optional.of("readings.nope"), noReading.field());
        InvalidInputException noOption = assertThrows(InvalidInputException.class,
                () -> m.withReadings(Map.of("upTo", "A")));
        assertEquals("invalid readings.upTo: reading 'upTo' has no option 'A' (it has [OPEN, CAPPED]) (900 art. 2)",
                noOption.getMessage());
        assertEquals(List.of(Citation.parse("900 art. 2")), noOption.rules());
    }

    @Test
    void theModuleShowsItsDescriptorInWords() {
        DescriptorModule m = withCeiling();
        assertEquals("descriptor module cdg00 (cdg00.yaml)", m.toString());
        assertEquals("descriptor cdg00 (cdg00.yaml)", m.descriptor().orElseThrow().toString());
        assertEquals("Centre de gestion illustratif (CDG00) — exemple fictif", m.issuingBody());
        assertEquals("[900_illustratif.txt — Convention d'adhésion illustrative au service de remplacement (exemple"
                + " fictif)]", m.sources().toString());
        assertEquals("the communes of département 86 (illustrative) (900 art. 1)", m.territory().toString());
    }
}
