package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.assistance.AssistanceEntry;
import fr.cdgrules.cdg62.convention.EAdministrationConvention;
import fr.cdgrules.core.notice.RegisteredLetter;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.price.PriceQuote;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The usage sample of README.md, run. */
class ReadmeSampleTest {
    @Test
    void theReadmeSampleDoesWhatItSays() {
        Cdg62Rules rules = Cdg62Rules.defaults();
        Collectivity libercourt = TestCommunes.libercourt();
        PriceQuote q = rules.price(libercourt, Year.of(2025), AdditionalContribution.PAYING, ServiceType.IDELIBRE);
        assertEquals(Money.ZERO, q.amount().orElseThrow());
        EAdministrationConvention c = rules.conclude(libercourt, AdditionalContribution.PAYING,
                        ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, LocalDate.of(2025, 1, 1))
                .withFulfilment(Commitment.PREFECTURE_CONVENTION, LocalDate.of(2025, 2, 3))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 5, 12), Hours.parse("1.5")))
                .withExpressRenewal(LocalDate.of(2029, 10, 1));
        assertEquals(LocalDate.of(2034, 12, 31), c.finalEnd());
        assertTrue(c.commitmentReport(LocalDate.of(2025, 6, 1)).open(Party.COLLECTIVITY)
                .contains(Commitment.SIGNATURE_CERTIFICATES));
        assertEquals(Hours.ofFraction(1, 2), c.assistanceReport(LocalDate.of(2026, 1, 15)).years().get(0).shortfall());
        assertEquals(LocalDate.of(2026, 4, 1), c.withTermination(Party.CDG62,
                RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)), "certificats de signature non acquis")
                .termination().orElseThrow().effectiveOn());
    }
}
