package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.cdg62.assistance.AssistanceRule;
import fr.cdgrules.core.descriptor.DescribedParameter;
import fr.cdgrules.core.descriptor.ParameterKind;
import fr.cdgrules.core.money.Hours;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** « au minimum 2 heures par an » (art. 3-3) is a dated parameter of the descriptor; the assistance rule reads it. */
class ParametersDeclaredTest {
    @Test
    void theAssistanceMinimumIsAParameterOfArticle3_3() {
        DescribedParameter p = Cdg62Descriptor.bundled().parameter("assistanceMinimum");
        assertEquals(ParameterKind.NUMBER, p.kind());
        assertEquals(1, p.versions().size());
        assertEquals(LocalDate.of(2024, 10, 16), p.versions().get(0).effectiveFrom());
        assertEquals(Cdg62Articles.ART_3_3, p.versions().get(0).article());
        assertEquals(0, BigDecimal.valueOf(2).compareTo((BigDecimal) p.versions().get(0).value()));
        assertEquals(Hours.of(2), AssistanceRule.MINIMUM_PER_YEAR);
    }
}
