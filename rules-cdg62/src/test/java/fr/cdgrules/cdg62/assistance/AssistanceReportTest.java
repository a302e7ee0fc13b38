package fr.cdgrules.cdg62.assistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Readings;
import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.convention.EAdministrationConvention;
import fr.cdgrules.core.notice.RegisteredLetter;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistanceReportTest {
    private static EAdministrationConvention convention(Cdg62Readings readings, LocalDate start) {
        return Cdg62Rules.defaults().withReadings(readings).conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, start);
    }

    @Test
    void defaultReadingsAreConventionYearAndProRataByDays() {
        assertEquals(AssistanceYearReading.CONVENTION_YEAR, AssistanceYearReading.DEFAULT);
        assertEquals(PartialYearReading.PRO_RATA_BY_DAYS, PartialYearReading.DEFAULT);
        assertEquals(Hours.of(2), AssistanceRule.MINIMUM_PER_YEAR);
        assertEquals(Citation.of("004", "art. 3-3"), AssistanceRule.ARTICLE);
    }

    /** A start on 29 February keeps full-length convention years: the anniversary in a common year is 1 March. */
    @Test
    void conventionYearsFrom29FebruaryKeepTheirFullLength() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2028, 2, 29))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2029, 3, 1), Hours.of(2)));
        assertEquals(LocalDate.of(2033, 2, 28), c.finalEnd());
        AssistanceReport r = c.assistanceReport(LocalDate.of(2033, 3, 1));
        assertEquals(5, r.years().size());
        assertEquals(LocalDate.of(2029, 2, 28), r.years().get(0).coveredTo());
        assertEquals(LocalDate.of(2029, 3, 1), r.years().get(1).coveredFrom());
        assertEquals(LocalDate.of(2032, 2, 29), r.years().get(4).coveredFrom());
        assertEquals(LocalDate.of(2033, 2, 28), r.years().get(4).coveredTo());
        assertTrue(r.years().stream().noneMatch(AssistanceYear::isPartial));
        assertEquals(Hours.of(10), r.totalDue());
        // the session of 1 March 2029 counts for the second year, which is met; the first is not
        assertFalse(r.years().get(0).isMet());
        assertTrue(r.years().get(1).isMet());
    }

    @Test
    void yearMetThenYearWithShortfallThenYearRunning() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 3, 10), Hours.parse("1.5"), "contrôle des certificats"))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 11, 20), Hours.ofMinutes(30)))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2026, 6, 1), Hours.ofMinutes(45)));
        AssistanceReport r = c.assistanceReport(LocalDate.of(2027, 1, 15));
        assertEquals(3, r.years().size());

        AssistanceYear y1 = r.years().get(0);
        assertEquals(LocalDate.of(2025, 1, 1), y1.coveredFrom());
        assertEquals(LocalDate.of(2025, 12, 31), y1.coveredTo());
        assertFalse(y1.isPartial());
        assertEquals(Hours.of(2), y1.hoursDue());
        assertEquals(Hours.of(2), y1.hoursDelivered());
        assertEquals(Hours.ZERO, y1.shortfall());
        assertTrue(y1.isMet());
        assertTrue(y1.closed());

        AssistanceYear y2 = r.years().get(1);
        assertEquals(Hours.of(2), y2.hoursDue());
        assertEquals(Hours.ofFraction(3, 4), y2.hoursDelivered());
        assertEquals(Hours.ofFraction(5, 4), y2.shortfall());
        assertFalse(y2.isMet());
        assertTrue(y2.closed());

        AssistanceYear y3 = r.years().get(2);
        assertFalse(y3.closed());
        assertEquals(Hours.of(2), y3.shortfall());

        assertEquals(List.of(y2), r.breaches());
        assertEquals(Hours.ofFraction(13, 4), r.totalShortfall());
        assertEquals(Hours.ofFraction(5, 4), r.overdueShortfall());
        assertTrue(y2.explanation().citations().contains(AssistanceRule.ARTICLE));
        assertTrue(y2.explanation().render().contains("2026-06-01: 0.75 h"), y2.explanation().render());
    }

    @Test
    void surplusOfOneYearDoesNotCoverAnother() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 5, 5), Hours.of(6)));
        AssistanceReport r = c.assistanceReport(LocalDate.of(2026, 12, 31));
        assertEquals(Hours.ZERO, r.years().get(0).shortfall());
        assertEquals(Hours.of(2), r.years().get(1).shortfall());
    }

    @Test
    void conventionYearsRunFromAnniversaryToAnniversary() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 7, 1));
        AssistanceReport r = c.assistanceReport(LocalDate.of(2030, 12, 31));
        assertEquals(5, r.years().size());
        assertEquals(LocalDate.of(2025, 7, 1), r.years().get(0).coveredFrom());
        assertEquals(LocalDate.of(2026, 6, 30), r.years().get(0).coveredTo());
        // 1 July 2027 – 30 June 2028 holds 29 February 2028
        assertEquals(366, r.years().get(2).daysInYear());
        assertEquals(LocalDate.of(2030, 6, 30), r.years().get(4).coveredTo());
        assertTrue(r.years().stream().noneMatch(AssistanceYear::isPartial));
        assertEquals(Hours.of(10), r.totalDue());
    }

    /** Reading chosen by the caller: civil years, pro rata by days; start on 1 July gives a first and a last partial year. */
    @Test
    void civilYearsProRataFirstAndLastPartialYears() {
        Cdg62Readings civil = Cdg62Readings.defaults().withAssistanceYear(AssistanceYearReading.CIVIL_YEAR);
        EAdministrationConvention c = convention(civil, LocalDate.of(2025, 7, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 9, 1), Hours.of(1)))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2030, 3, 1), Hours.of(1)));
        AssistanceReport r = c.assistanceReport(LocalDate.of(2030, 12, 31));
        assertEquals(6, r.years().size());

        AssistanceYear first = r.years().get(0);
        assertTrue(first.isPartial());
        assertEquals(LocalDate.of(2025, 7, 1), first.coveredFrom());
        assertEquals(LocalDate.of(2025, 12, 31), first.coveredTo());
        assertEquals(184, first.daysCovered());
        assertEquals(365, first.daysInYear());
        assertEquals(Hours.ofFraction(368, 365), first.hoursDue()); // 2 h × 184/365, exact, not rounded
        assertEquals("368/365", first.hoursDue().toString());
        assertEquals(Hours.ofFraction(3, 365), first.shortfall()); // 368/365 − 1
        assertFalse(first.isMet());
        assertTrue(first.explanation().render().contains("2 h × 184/365 = 368/365 h exact (≈ 1.01 h"),
                first.explanation().render());

        AssistanceYear leap = r.years().get(3);
        assertEquals(LocalDate.of(2028, 1, 1), leap.coveredFrom());
        assertEquals(366, leap.daysInYear());
        assertEquals(Hours.of(2), leap.hoursDue());

        AssistanceYear last = r.years().get(5);
        assertTrue(last.isPartial());
        assertEquals(LocalDate.of(2030, 1, 1), last.coveredFrom());
        assertEquals(LocalDate.of(2030, 6, 30), last.coveredTo());
        assertEquals(181, last.daysCovered());
        assertEquals(Hours.ofFraction(362, 365), last.hoursDue());
        assertEquals(Hours.ZERO, last.shortfall());
        assertTrue(last.isMet());
        assertTrue(last.closed());

        // the two partial years add up to one full year: 10 h over the five years
        assertEquals(Hours.of(10), r.totalDue());
    }

    @Test
    void civilYearsFullMinimumForPartialYears() {
        Cdg62Readings r = Cdg62Readings.defaults().withAssistanceYear(AssistanceYearReading.CIVIL_YEAR)
                .withPartialYear(PartialYearReading.FULL_MINIMUM);
        AssistanceReport report = convention(r, LocalDate.of(2025, 7, 1)).assistanceReport(LocalDate.of(2030, 12, 31));
        assertEquals(Hours.of(2), report.years().get(0).hoursDue());
        assertEquals(Hours.of(2), report.years().get(5).hoursDue());
        assertEquals(Hours.of(12), report.totalDue());
    }

    @Test
    void civilYearsNothingForPartialYears() {
        Cdg62Readings r = Cdg62Readings.defaults().withAssistanceYear(AssistanceYearReading.CIVIL_YEAR)
                .withPartialYear(PartialYearReading.NOTHING);
        AssistanceReport report = convention(r, LocalDate.of(2025, 7, 1)).assistanceReport(LocalDate.of(2030, 12, 31));
        assertEquals(Hours.ZERO, report.years().get(0).hoursDue());
        assertTrue(report.years().get(0).isMet());
        assertEquals(Hours.ZERO, report.years().get(5).hoursDue());
        assertEquals(Hours.of(8), report.totalDue());
    }

    @Test
    void lastConventionYearCutShortByTerminationIsProRata() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2027, 5, 10), Hours.of(1)))
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2027, 3, 15)),
                        "ressources nécessaires non mises à disposition");
        assertEquals(LocalDate.of(2027, 3, 31), c.finalEnd());
        AssistanceReport r = c.assistanceReport(LocalDate.of(2027, 12, 31));
        assertEquals(3, r.years().size());
        AssistanceYear last = r.years().get(2);
        assertEquals(LocalDate.of(2027, 3, 31), last.coveredTo());
        assertEquals(90, last.daysCovered());
        assertEquals(Hours.ofFraction(36, 73), last.hoursDue()); // 2 × 90/365 = 180/365 = 36/73
        // the session of 10 May 2027, logged before the termination was recorded, falls after the end
        assertEquals(Hours.ZERO, last.hoursDelivered());
        assertEquals(Hours.ofFraction(36, 73), last.shortfall());
        assertTrue(r.findings().has(AssistanceRule.OUTSIDE_CONVENTION));
        assertFalse(r.findings().isRefused());
    }

    @Test
    void sessionsAfterTheReportDateAreNotCounted() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 10, 1), Hours.of(2)));
        AssistanceReport r = c.assistanceReport(LocalDate.of(2025, 6, 30));
        assertEquals(1, r.years().size());
        assertEquals(Hours.ZERO, r.years().get(0).hoursDelivered());
        assertFalse(r.years().get(0).closed());
        assertTrue(r.findings().has(AssistanceRule.AFTER_REPORT_DATE));
        assertTrue(c.assistanceReport(LocalDate.of(2024, 12, 31)).years().isEmpty());
    }

    @Test
    void badSessionsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AssistanceEntry.of(LocalDate.of(2025, 1, 2), Hours.ZERO));
        assertEquals("assistance.hours", e.field().orElseThrow());
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1));
        InvalidInputException before = assertThrows(InvalidInputException.class,
                () -> c.withAssistance(AssistanceEntry.of(LocalDate.of(2024, 12, 31), Hours.of(1))));
        assertEquals("assistance.date", before.field().orElseThrow());
        assertThrows(InvalidInputException.class,
                () -> c.withAssistance(AssistanceEntry.of(LocalDate.of(2030, 1, 1), Hours.of(1))));
    }

    @Test
    void hoursDueRefusesImpossibleDayCounts() {
        assertThrows(InvalidInputException.class, () -> AssistanceRule.hoursDue(0, 365, PartialYearReading.DEFAULT));
        assertThrows(InvalidInputException.class, () -> AssistanceRule.hoursDue(366, 365, PartialYearReading.DEFAULT));
        assertEquals(Hours.ofFraction(1, 365), AssistanceRule.hoursDue(1, 730, PartialYearReading.PRO_RATA_BY_DAYS));
    }
}
