package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.source.CucmText;
import java.time.Year;
import org.junit.jupiter.api.Test;

class CucmModuleTest {
    @Test
    void foundThroughTheServiceLoader() {
        RuleModule m = RuleModules.load().get("cucm");
        assertTrue(m instanceof CucmModule);
        assertEquals("Communauté urbaine Creusot Montceau (CUCM)", m.issuingBody());
        assertEquals("003", m.sources().get(0).id());
        assertEquals("003_827f50244e7ff2d4.txt", m.sources().get(0).file());
        assertEquals(CucmText.TERRITORY, m.territory());
        assertTrue(m.territory().contains(Fixtures.marigny()));
        assertFalse(m.territory().contains(Fixtures.autun()));
    }

    @Test
    void annualFeesThroughTheSpi() {
        RuleModule m = new CucmModule();
        AnnualFeeQuote q = m.annualFees().orElseThrow().quote(Fixtures.marigny(), Year.of(2023));
        assertEquals("cucm", q.module());
        assertEquals(Money.ofEuros(210), q.annualFee().orElseThrow());
        assertEquals(Hours.of(7), q.prepaidHours().orElseThrow());
        AnnualFeeQuote y2022 = m.annualFees().orElseThrow().quote(Fixtures.marigny(), Year.of(2022));
        assertEquals(Money.ZERO, y2022.annualFee().orElseThrow());
        assertEquals(Hours.ZERO, y2022.prepaidHours().orElseThrow());
        assertFalse(m.annualFees().orElseThrow().quote(Fixtures.autun(), Year.of(2023)).eligible());
    }

    @Test
    void theModuleUsesTheDefaultReadings() {
        assertEquals(CucmReadings.defaults(), new CucmModule().rules().readings());
        assertEquals(CucmRules.defaults().conventionTerms(), new CucmModule().conventionTerms());
    }
}
