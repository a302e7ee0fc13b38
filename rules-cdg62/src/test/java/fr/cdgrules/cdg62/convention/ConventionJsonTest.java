package fr.cdgrules.cdg62.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Readings;
import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.assistance.AssistanceEntry;
import fr.cdgrules.cdg62.assistance.AssistanceReport;
import fr.cdgrules.cdg62.assistance.AssistanceYearReading;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.price.PriceQuote;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import fr.cdgrules.core.notice.RegisteredLetter;

class ConventionJsonTest {
    @Test
    void aConventionRoundTripsThroughJson() {
        EAdministrationConvention c = Cdg62Rules.defaults().withReadings(Cdg62Readings.defaults().withAssistanceYear(AssistanceYearReading.CIVIL_YEAR))
                .conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING, ServiceType.IDELIBRE, LocalDate.of(2025, 7, 1))
                .withFulfilment(Commitment.PREFECTURE_CONVENTION, LocalDate.of(2025, 7, 3))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 9, 1), Hours.parse("20/3"), "maintenance préventive"))
                .withExpressRenewal(LocalDate.of(2030, 1, 15))
                .withTermination(Party.CDG62, RegisteredLetter.of(LocalDate.of(2031, 2, 27), LocalDate.of(2031, 3, 2)), "ressources non fournies");
        String json = CdgJson.write(c);
        EAdministrationConvention back = CdgJson.read(json, EAdministrationConvention.class);
        assertEquals(c, back);
        assertEquals(LocalDate.of(2031, 3, 31), back.finalEnd());
        assertTrue(json.contains("\"20/3\""), json);
        AssistanceReport r = back.assistanceReport(LocalDate.of(2031, 12, 31));
        assertEquals(r, CdgJson.read(CdgJson.write(r), AssistanceReport.class));
    }

    @Test
    void aPriceQuoteRoundTripsThroughJson() {
        PriceQuote q = Cdg62Rules.defaults().price(TestCommunes.arras(), Year.of(2026), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_DEMATERIALISATION);
        String json = CdgJson.write(q);
        assertTrue(json.replaceAll("\\s", "").contains("\"amount\":\"0.00\""), json);
        assertEquals(q, CdgJson.read(json, PriceQuote.class));
        PriceQuote refused = Cdg62Rules.defaults().price(TestCommunes.arras(), Year.of(2026), AdditionalContribution.NOT_PAYING,
                ServiceType.PARAMETRAGE_DEMATERIALISATION);
        assertEquals(refused, CdgJson.read(CdgJson.write(refused), PriceQuote.class));
    }
}
