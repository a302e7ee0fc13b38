package fr.cdgrules.core.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.NothingInForceException;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnualFeeRuleTest {
    static final Citation FEE = Citation.of("000", "art. 3.1");
    static final AnnualFeeRule RULE = AnnualFeeRule.of("test",
            Territory.departments("the Deux-Sèvres (79)", Citation.of("000", "art. 2"), "79"),
            Timeline.of("test.fee", Version.of(LocalDate.of(2025, 1, 1),
                    StrataScale.of(Stratum.of(0, 499, "Communes de moins de 500 habitants", Money.ofEuros(100)),
                            Stratum.of(500, 999, "Communes de 500 à 999 habitants", Money.ofEuros(150))),
                    Source.of("délibération du 9 décembre 2024", FEE))),
            FEE);

    static Collectivity commune(String code, String dep, long pop) {
        return Collectivity.of(code, "C" + code, dep, Optional.empty(), Population.of(pop, Year.of(2026)));
    }

    @Test
    void quotesAFeeWithItsTariffVersionAndArticles() {
        AnnualFeeQuote q = RULE.quote(commune("79094", "79", 923), Year.of(2026));
        assertTrue(q.eligible());
        assertEquals(Money.ofEuros(150), q.annualFee().orElseThrow());
        assertEquals("Communes de 500 à 999 habitants", q.stratum().orElseThrow().wording());
        assertEquals(LocalDate.of(2025, 1, 1), q.tariff().orElseThrow().effectiveFrom());
        assertTrue(q.tariff().orElseThrow().carriedForward());
        assertTrue(q.citations().contains(FEE));
        assertTrue(q.explanation().render().contains("tariff of 2025 still in force"), q.explanation().render());
    }

    @Test
    void outsideTheTerritoryOrTheScaleIsNotEligible() {
        AnnualFeeQuote away = RULE.quote(commune("71135", "71", 829), Year.of(2026));
        assertFalse(away.eligible());
        assertTrue(away.reason().orElseThrow().contains("outside the territory"));
        assertTrue(away.annualFee().isEmpty());
        AnnualFeeQuote big = RULE.quote(commune("79191", "79", 5000), Year.of(2026));
        assertFalse(big.eligible());
        assertTrue(big.reason().orElseThrow().contains("outside the scale"));
    }

    @Test
    void aYearBeforeAnyTariffIsRefused() {
        assertThrows(NothingInForceException.class, () -> RULE.quote(commune("79094", "79", 923), Year.of(2024)));
    }
}
