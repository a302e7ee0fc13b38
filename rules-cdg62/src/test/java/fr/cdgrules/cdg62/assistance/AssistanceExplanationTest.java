package fr.cdgrules.cdg62.assistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Readings;
import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.convention.EAdministrationConvention;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a lawyer reads of the assistance account (art. 3-3, « au minimum 2 heures par an »): each year's
 * rank, its four steps (the year, the hours due, the sessions counted, the shortfall) with their words,
 * and the one-line summary of a year.
 */
class AssistanceExplanationTest {
    private static final Citation ART_3_3 = Citation.of("004", "art. 3-3");
    private static final Citation ART_2 = Citation.of("004", "art. 2");

    private static EAdministrationConvention convention(Cdg62Readings readings, LocalDate start) {
        return Cdg62Rules.defaults().withReadings(readings).conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, start);
    }

    private static TraceStep step(AssistanceYear y, int i) {
        return y.explanation().steps().get(i);
    }

    /** Civil years from 1 July 2025: 2025 partial (184 of 365 days), 2026 whole, 2027 running on the report date. */
    @Test
    void eachYearNamesItsRankItsDaysAndWhetherItIsPartial() {
        Cdg62Readings civil = Cdg62Readings.defaults().withAssistanceYear(AssistanceYearReading.CIVIL_YEAR);
        AssistanceReport r = convention(civil, LocalDate.of(2025, 7, 1)).assistanceReport(LocalDate.of(2027, 3, 1));
        assertEquals(List.of(1, 2, 3), r.years().stream().map(AssistanceYear::index).toList());

        AssistanceYear first = r.years().get(0);
        assertEquals("assistance year 1 (CIVIL_YEAR), 2025-07-01 to 2025-12-31", first.explanation().subject());
        TraceStep year = step(first, 0);
        assertEquals("year of the assistance minimum", year.rule());
        assertEquals(List.of(ART_3_3, ART_2), year.citations());
        assertEquals(Map.of("yearReading", "CIVIL_YEAR", "year", "2025-01-01 to 2025-12-31 (365 days)",
                "daysInForce", "2025-07-01 to 2025-12-31"), year.inputs());
        assertEquals("184 of 365 days covered (partial year)", year.result());

        AssistanceYear whole = r.years().get(1);
        assertEquals("assistance year 2 (CIVIL_YEAR), 2026-01-01 to 2026-12-31", whole.explanation().subject());
        assertEquals("365 of 365 days covered", step(whole, 0).result());
        assertEquals("2 h (whole year)", step(whole, 1).result());
        assertEquals("assistance year 3 (CIVIL_YEAR), 2027-01-01 to 2027-12-31", r.years().get(2).explanation().subject());
    }

    @Test
    void sessionsCountedAreListedOneByOneWithWhatWasDone() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 3, 10), Hours.parse("1.5"), "contrôle des certificats"))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 11, 20), Hours.ofMinutes(30)));
        AssistanceYear y = c.assistanceReport(LocalDate.of(2026, 1, 15)).years().get(0);
        TraceStep delivered = step(y, 2);
        assertEquals("hours delivered (sessions logged in the year, up to 2026-01-15)", delivered.rule());
        assertEquals(List.of(ART_3_3), delivered.citations());
        assertEquals(List.of("session 1", "session 2"), List.copyOf(delivered.inputs().keySet()));
        assertEquals("2025-03-10: 1.5 h — contrôle des certificats", delivered.inputs().get("session 1"));
        assertEquals("2025-11-20: 0.5 h", delivered.inputs().get("session 2"));
        assertEquals("2 h", delivered.result());
    }

    @Test
    void theShortfallSaysWhetherTheMinimumIsMetAndWhetherTheYearStillRuns() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 6, 2), Hours.of(2)))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2026, 6, 1), Hours.ofMinutes(45)));
        AssistanceReport r = c.assistanceReport(LocalDate.of(2027, 1, 15));

        TraceStep met = step(r.years().get(0), 3);
        assertEquals("shortfall = max(0, due − delivered)", met.rule());
        assertEquals(Map.of("due", "2 h", "delivered", "2 h"), met.inputs());
        assertEquals("0 h (minimum met)", met.result());

        TraceStep shortClosed = step(r.years().get(1), 3);
        assertEquals("1.25 h", shortClosed.result());

        TraceStep running = step(r.years().get(2), 3);
        assertEquals("2 h (year running on 2027-01-15: still to deliver by 2027-12-31)", running.result());
        assertFalse(r.years().get(2).closed());
    }

    @Test
    void aYearReadsAsOneLine() {
        Cdg62Readings civil = Cdg62Readings.defaults().withAssistanceYear(AssistanceYearReading.CIVIL_YEAR);
        AssistanceReport r = convention(civil, LocalDate.of(2025, 7, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 9, 1), Hours.of(1)))
                .assistanceReport(LocalDate.of(2026, 3, 1));
        assertEquals("year 1 2025-07-01..2025-12-31 (partial): due 368/365 h, delivered 1 h, shortfall 3/365 h",
                r.years().get(0).toString());
        assertEquals("year 2 2026-01-01..2026-12-31: due 2 h, delivered 0 h, shortfall 2 h (running)",
                r.years().get(1).toString());
    }

    @Test
    void aBlankDescriptionIsNoDescription() {
        LocalDate d = LocalDate.of(2025, 3, 10);
        assertEquals(Optional.empty(), AssistanceEntry.of(d, Hours.of(1), "  ").description());
        // a null description is refused naming it (the null policy): the two-argument of gives none
        assertEquals("description", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> AssistanceEntry.of(d, Hours.of(1), null)).getMessage());
        assertEquals(Optional.empty(), AssistanceEntry.of(d, Hours.of(1)).description());
        assertEquals(Optional.of("maintenance préventive"), AssistanceEntry.of(d, Hours.of(1), "maintenance préventive").description());
    }
}
