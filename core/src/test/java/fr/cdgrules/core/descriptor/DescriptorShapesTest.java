package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A section that must be a mapping, and a ceiling exactly on the last stratum's bounds. */
class DescriptorShapesTest {
    private static List<String> errors(String yaml) {
        return assertThrows(InvalidDescriptorException.class, () -> DescriptorLoader.read("cdg00.yaml", yaml)).errors()
                .stream().map(DescriptorError::toString).toList();
    }

    @Test
    void hooksAreAMappingOfCapabilityToClass() {
        assertEquals(List.of("cdg00.yaml: hooks: expected a mapping"),
                errors(Illustrative.yaml().replace("capabilities: [annual-fee, deadlines]\n",
                        "capabilities: [annual-fee, deadlines]\nhooks: [annual-fee]\n")));
    }

    /** The last stratum closed at 9 999 inhabitants, and a reading that may set the ceiling on it. */
    private static String closedScaleWithCeiling(long capped) {
        return Illustrative.yaml()
                .replace("{ from: 5000,           wording:", "{ from: 5000, to: 9999, wording:")
                .replace("    scale: fee\n", "    scale: fee\n    ceiling: ceiling\n")
                .replace("parameters:\n", "parameters:\n  ceiling:\n    name: cdg00.last-population\n    kind: population\n"
                        + "    versions:\n      - { effective: 2026-01-01, decision: \"délibération illustrative du 1er"
                        + " décembre 2025\", article: \"900 art. 2\", population: 9999 }\n")
                + "readings:\n  - id: upTo\n    about: [\"900 art. 2\"]\n"
                + "    quote: \"5 000 habitants et plus\"\n    default: OPEN\n    options:\n"
                + "      - { id: OPEN, meaning: \"up to 9 999 as the deliberation says\" }\n"
                + "      - { id: CAPPED, meaning: \"capped\", sets: { ceiling: " + capped + " } }\n";
    }

    @Test
    void aCeilingOnTheLastStratumsBoundsIsAcceptedOneBeyondIsNot() {
        DescriptorModule m = DescriptorModule.of(DescriptorLoader.read("cdg00.yaml", closedScaleWithCeiling(5000)))
                .withReadings(Map.of("upTo", "CAPPED"));
        Collectivity bourg = Collectivity.of("00003", "Bourg", "86", Optional.empty(), Population.of(5000, Year.of(2026)));
        AnnualFeeQuote q = m.annualFees().orElseThrow().quote(bourg, Year.of(2026));
        assertEquals(Money.parse("480.00"), q.annualFee().orElseThrow());
        DescriptorLoader.read("cdg00.yaml", closedScaleWithCeiling(9999));
        assertEquals(List.of("cdg00.yaml: rules.annualFee.ceiling: ceiling 10000 falls outside the last stratum"
                + " [5000, 9999] of the scale of 2026-01-01"), errors(closedScaleWithCeiling(10000)));
        assertEquals(List.of("cdg00.yaml: rules.annualFee.ceiling: ceiling 4999 falls outside the last stratum"
                + " [5000, 9999] of the scale of 2026-01-01"), errors(closedScaleWithCeiling(4999)));
    }
}
