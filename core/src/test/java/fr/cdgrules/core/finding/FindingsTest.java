package fr.cdgrules.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import org.junit.jupiter.api.Test;

class FindingsTest {
    @Test
    void warningsNeverRefuseRefusalsDo() {
        Citation art3 = Citation.of("003", "art. 3");
        Findings soft = Findings.none().plus(Finding.warning("short-notice", "less than one week's notice", art3));
        assertFalse(soft.isRefused());
        assertEquals(1, soft.warnings().size());
        Findings hard = soft.plus(Finding.refusal("not-a-member", "not a member commune", art3));
        assertTrue(hard.isRefused());
        assertEquals("not-a-member", hard.refusals().get(0).code());
        assertTrue(hard.has("short-notice"));
        assertTrue(hard.all().get(1).toString().contains("(003 art. 3)"));
    }
}
