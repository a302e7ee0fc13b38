package fr.cdgrules.cdg62.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.Eligibility;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.money.Money;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PriceQuoteTest {
    private static final Citation ART_5 = Citation.of("004", "art. 5");
    private final Cdg62Rules rules = Cdg62Rules.defaults();

    @ParameterizedTest
    @EnumSource(ServiceType.class)
    void everyServiceTypeIsIncludedInTheCotisationAdditionnelle(ServiceType type) {
        PriceQuote q = rules.price(TestCommunes.libercourt(), Year.of(2025), AdditionalContribution.PAYING, type);
        assertFalse(q.isRefused());
        assertEquals(Money.ZERO, q.amount().orElseThrow());
        assertEquals("0.00", q.amount().orElseThrow().toString());
        assertEquals(ART_5, q.citation());
        assertTrue(q.explanation().citations().contains(ART_5));
        assertTrue(q.explanation().render().contains("included in the cotisation additionnelle"));
    }

    @Test
    void refusedWithoutTheCotisationAdditionnelle() {
        PriceQuote q = rules.price(TestCommunes.libercourt(), Year.of(2025), AdditionalContribution.NOT_PAYING,
                ServiceType.IDELIBRE);
        assertTrue(q.isRefused());
        assertTrue(q.amount().isEmpty());
        assertEquals(1, q.findings().refusals().size());
        Finding f = q.findings().refusals().get(0);
        assertTrue(f.isRefusal());
        assertEquals(Eligibility.NO_ADDITIONAL_CONTRIBUTION, f.code());
        assertEquals(ART_5, f.citation());
        assertTrue(f.message().contains("does not pay the cotisation additionnelle"), f.message());
    }

    @Test
    void refusedOutsideThePasDeCalais() {
        PriceQuote q = rules.price(TestCommunes.clesse(), Year.of(2025), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_DEMATERIALISATION);
        assertTrue(q.isRefused());
        Finding f = q.findings().refusals().get(0);
        assertEquals(Eligibility.OUTSIDE_TERRITORY, f.code());
        assertEquals(Citation.of("004", "préambule"), f.citation());
        assertTrue(f.message().contains("Pas-de-Calais (62)"), f.message());
    }

    @Test
    void bothReasonsAreGivenWhenBothFail() {
        Eligibility e = rules.eligibility(TestCommunes.clesse(), AdditionalContribution.NOT_PAYING);
        assertFalse(e.isEligible());
        assertEquals(2, e.findings().refusals().size());
        assertTrue(e.findings().has(Eligibility.OUTSIDE_TERRITORY));
        assertTrue(e.findings().has(Eligibility.NO_ADDITIONAL_CONTRIBUTION));
    }

    @Test
    void eligibleCollectivityHasNoFinding() {
        Eligibility e = rules.eligibility(TestCommunes.arras(), AdditionalContribution.PAYING);
        assertTrue(e.isEligible());
        assertTrue(e.findings().isEmpty());
        assertEquals(2, e.explanation().steps().size());
    }
}
