package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.cdg62.service.SignatureCertificateReading;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.Capability;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module's entry points a caller reaches first: the capabilities, the rules it wraps, the terms. */
class ModuleSurfaceTest {
    @Test
    void offersTheDeadlinesAndTheComplianceReport() {
        assertEquals(Set.of(Capability.DEADLINES, Capability.COMPLIANCE_REPORT), new Cdg62Module().capabilities());
        assertEquals(Set.of(Capability.DEADLINES, Capability.COMPLIANCE_REPORT), Cdg62Descriptor.bundled().capabilities());
    }

    @Test
    void aModuleWrapsTheRulesItIsGiven() {
        Cdg62Rules every = Cdg62Rules.defaults().withReadings(Cdg62Readings.defaults()
                .withSignatureCertificates(SignatureCertificateReading.EVERY_DEMATERIALISED_SENDING));
        Cdg62Module m = Cdg62Module.of(every);
        assertSame(every, m.rules());
        assertSame(every, m.capability(Cdg62Rules.class).orElseThrow());
        assertEquals("cdg62", m.id());
        assertEquals("rules", assertThrows(NullPointerException.class, () -> Cdg62Module.of(null)).getMessage());
    }

    /** Art. 2: « une durée de 5 ans », « renouvelable 1 fois par reconduction expresse ». */
    @Test
    void theRulesGiveTheTermsOfArticle2AndTheOldFactoryTheDefaults() {
        assertEquals(Period.ofYears(5), Cdg62Rules.defaults().terms().initialTerm());
        assertEquals(1, Cdg62Rules.defaults().terms().renewal().maxRenewals());
        assertEquals(Citation.of("004", "art. 2"), Cdg62Rules.defaults().terms().termCitation());
        @SuppressWarnings("deprecation")
        Cdg62Rules standard = Cdg62Rules.standard();
        assertSame(Cdg62Rules.defaults(), standard);
    }
}
