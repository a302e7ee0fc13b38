package fr.cdgrules.cucm.cotisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import fr.cdgrules.cucm.convention.Reconduction;
import fr.cdgrules.cucm.cost.UnitCosts;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The cotisation rule built directly on the bundled scale of art. 5, under each reading of 10 000. */
class CotisationRuleFactoriesTest {
    @Test
    void theBundledScaleUnderEachReading() {
        CotisationRule fourth = CotisationRule.bundled(TenThousandReading.FOURTH_STRATUM, UnitCosts.bundled());
        assertEquals(TenThousandReading.FOURTH_STRATUM, fourth.reading());
        assertSame(UnitCosts.bundled(), fourth.costs());
        assertEquals(FrameworkPeriod.initial(), fourth.period());
        // « De 4 500 à 9 999 habitants » extended to 10 000 under the literal reading of « Au-delà de »
        assertEquals(10_000, fourth.scale().forYear(Year.of(2023)).value().strata().get(3).to().orElseThrow());
        assertEquals(Money.ofEuros(840), fourth.quote(Fixtures.memberOf(10_000), Year.of(2023)).annualFee().orElseThrow());
        CotisationRule top = CotisationRule.of(CotisationRule.bundledScale(), TenThousandReading.TOP_STRATUM,
                UnitCosts.bundled());
        assertEquals(Money.ofEuros(1050), top.quote(Fixtures.memberOf(10_000), Year.of(2023)).annualFee().orElseThrow());
        assertEquals(CucmRules.defaults().cotisationRule().scale(), top.scale());
    }

    @Test
    void theBundledScaleOverAReconductedPeriod() {
        FrameworkPeriod reconducted = FrameworkPeriod.initial().withReconduction(Reconduction.of(LocalDate.of(2024, 6, 20),
                LocalDate.of(2026, 6, 30), "avenant n° 1 après le bilan"));
        CotisationRule rule = CotisationRule.bundled(TenThousandReading.TOP_STRATUM, UnitCosts.bundled(), reconducted);
        assertSame(reconducted, rule.period());
        assertEquals(Money.ofEuros(210), rule.quote(Fixtures.marigny(), Year.of(2026)).annualFee().orElseThrow());
    }
}
