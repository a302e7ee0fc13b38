package fr.cdgrules.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.territory.Collectivity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library in a host, run twice per pinned jackson-annotations version: on the module path and on
 * the class path ({@code consumer.path}, set by the build).
 */
class HostTest {

    @Test
    void runsWhereTheBuildSaysAndWithThePinnedAnnotations() {
        boolean modulePath = "module".equals(System.getProperty("consumer.path"));
        assertEquals(modulePath, RuleModule.class.getModule().isNamed(), "core on the module path");
        assertEquals(modulePath, Host.class.getModule().isNamed(), "the host on the module path");
        // the pins under test predate the annotations Jackson 3.1+ databind looks for
        String pinned = System.getProperty("consumer.annotations");
        assertTrue(pinned.startsWith("2.19") || pinned.startsWith("2.20"), pinned);
        assertThrows(ClassNotFoundException.class, () -> Class.forName(
                "com.fasterxml.jackson.annotation.JsonSerializeAs", false, RuleModule.class.getClassLoader()));
        assertEquals(System.getProperty("consumer.jackson"), CdgJson.mapper().version().toString());
    }

    @Test
    void theFourRuleModulesLoadTheirTariffs() {
        assertEquals(List.of("cdg44", "cdg62", "cdg79", "cucm"), RuleModules.load().ids().stream().sorted().toList());
    }

    @Test
    void clessePays150EurosIn2026() {
        AnnualFeeQuote q = Host.quote("cdg79", "79094", 2026);
        assertTrue(q.eligible());
        assertEquals(Money.parse("150.00"), q.annualFee().orElseThrow());
        assertFalse(q.citations().isEmpty());
    }

    @Test
    void aCucmMemberIsQuotedFor2023() {
        AnnualFeeQuote q = Host.quote("cucm", "71038", 2023);
        assertTrue(q.eligible(), q.reason().orElse(""));
        assertTrue(q.annualFee().isPresent());
    }

    @Test
    void valuesRoundTripThroughJson() {
        AnnualFeeQuote q = Host.quote("cdg79", "79094", 2026);
        assertEquals(q.collectivity(), CdgJson.read(CdgJson.write(q.collectivity()), Collectivity.class));
        assertEquals(q, CdgJson.read(CdgJson.write(q), AnnualFeeQuote.class));
    }
}
