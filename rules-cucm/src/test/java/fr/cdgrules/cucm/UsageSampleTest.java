package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.convention.TerminationDues;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import fr.cdgrules.cucm.source.CucmText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The usage sample of the module's README, run. */
class UsageSampleTest {
    @Test
    void theReadmeSample() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("mission-sample.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // --- README sample ---
        CucmRules rules = CucmRules.defaults();
        Collectivity marigny = Collectivity.of("71278", "Marigny", "71", Optional.of("247100290"),
                Population.of(166, Year.of(2026)));
        AnnualFeeQuote q = rules.cotisation(marigny, Year.of(2023));       // 210.00 €, 7 h prepaid
        MissionSheet sheet = CdgJson.read(json, MissionSheet.class);      // the 80-hour mission of March 2023
        MissionBill estimate = rules.estimate(sheet);                     // 2190.00 € (73 h × 30 €)
        MissionBill invoice = rules.invoice(sheet);                       // 2190.00 €, due 2023-05-03
        Convention c = rules.convention().withFormalNotice(LocalDate.of(2023, 3, 10), "cotisation non réglée")
                .withFaultTerminationConfirmed(LocalDate.of(2023, 4, 11));
        TerminationDues dues = rules.dueAtTermination(c, marigny, false, List.of(sheet)); // 2400.00 €
        CucmRules revised = rules.withHourlyCost(Version.of(LocalDate.of(2024, 1, 1),   // HYPOTHETICAL revision
                HourlyUnitCost.of(Money.parse("31.50")), Source.of("hypothetical deliberation", CucmText.ART_5)));
        // --- end of sample ---
        assertEquals(Money.ofEuros(210), q.annualFee().orElseThrow());
        assertEquals(Hours.of(7), q.prepaidHours().orElseThrow());
        assertEquals(Money.parse("2190.00"), estimate.total());
        assertEquals(Money.parse("2190.00"), invoice.total());
        assertEquals(LocalDate.of(2023, 5, 3), invoice.dueDate().orElseThrow());
        assertEquals(Money.parse("2400.00"), dues.total());
        assertEquals(Hours.ofFraction(20, 3), revised.cotisation(marigny, Year.of(2024)).prepaidHours().orElseThrow());
    }
}
