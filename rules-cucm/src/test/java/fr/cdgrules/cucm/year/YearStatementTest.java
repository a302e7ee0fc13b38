package fr.cdgrules.cucm.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A commune's statement of a year (art. 5): equal when every figure, mission line, warning and article is
 * equal; it checks the conservation of the prepaid hours and of the hours it states.
 */
class YearStatementTest {
    private static final Year Y2023 = Year.of(2023);

    private static YearStatement marigny(CucmYear y) {
        return CucmYearTest.by(y.statements(Y2023)).get("Marigny");
    }

    /** The statement with another total due (the conservation checks do not read it). */
    private static YearStatement withTotalDue(YearStatement s, Money total) {
        return new YearStatement(s.commune(), s.year(), s.cotisation(), s.prepaidGranted(), s.prepaidUsedBefore(),
                s.prepaidUsed(), s.prepaidForfeited(), s.hoursWorked(), s.hoursBillable(), s.hoursBilled(),
                s.missionsAmount(), total, s.missions(), s.findings(), s.citations());
    }

    @Test
    void theStatementsOfTwoComputationsOfTheSameMissionsAreEqual() {
        List<YearStatement> a = CucmYearTest.sample().statements(Y2023);
        List<YearStatement> b = CucmYearTest.sample().statements(Y2023);
        assertEquals(3, a.size());
        assertEquals(a, b);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).hashCode(), b.get(i).hashCode());
            assertEquals(a.get(i).missions(), b.get(i).missions());
        }
        // by INSEE code: Les Bizots 71038, Blanzy 71040, Marigny 71278
        assertEquals(List.of("71038", "71040", "71278"), a.stream().map(s -> s.commune().code()).toList());
    }

    @Test
    void aStatementDiffersByAnyFigure() {
        YearStatement m = marigny(CucmYearTest.sample());
        assertEquals(m, withTotalDue(m, Money.parse("1350.00")));
        assertNotEquals(m, withTotalDue(m, Money.parse("1350.01")));
        YearStatement.MissionLine first = m.missions().get(0);
        // 2023-02-06 to 2023-02-07: 10 h billable, the 7 prepaid hours of 2023 used, 3 h billed at 30 € = 90 €
        assertEquals(new YearStatement.MissionLine(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 7), Hours.of(10),
                Hours.of(7), Hours.of(3), Money.parse("90.00")), first);
        assertNotEquals(new YearStatement.MissionLine(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 7), Hours.of(10),
                Hours.of(7), Hours.of(3), Money.parse("90.01")), first);
        // the year's statements differ from another commune's and from another year's
        YearStatement bizots2023 = CucmYearTest.by(CucmYearTest.sample().statements(Y2023)).get("Les Bizots");
        YearStatement bizots2024 = CucmYearTest.by(CucmYearTest.sample().statements(Year.of(2024))).get("Les Bizots");
        assertNotEquals(m, bizots2023);
        assertNotEquals(bizots2023, bizots2024);
    }

    @Test
    void theStatementCitesTheCotisationAndPrepaidWorkArticlesAndKeepsEachWarningOnce() {
        YearStatement m = marigny(CucmYearTest.sample());
        assertEquals(List.of(CucmArticles.ART_3, CucmArticles.ART_5, CucmArticles.ART_4, CucmArticles.ANNEX_1,
                CucmArticles.ANNEX_2_SCALE), m.citations());
        // one warning of a provisional cost per mission (each on the first day billed), none repeated
        assertEquals(3, m.findings().size());
        assertEquals(List.of("hourly-cost-provisional"), m.findings().stream().map(f -> f.code()).distinct().toList());
        assertEquals(Money.parse("1350.00"), m.totalDue());
    }

    @Test
    void theStatementsListsAreCopies() {
        YearStatement m = marigny(CucmYearTest.sample());
        List<YearStatement.MissionLine> lines = new ArrayList<>(m.missions());
        List<Citation> cites = new ArrayList<>(m.citations());
        YearStatement copy = new YearStatement(m.commune(), m.year(), m.cotisation(), m.prepaidGranted(),
                m.prepaidUsedBefore(), m.prepaidUsed(), m.prepaidForfeited(), m.hoursWorked(), m.hoursBillable(),
                m.hoursBilled(), m.missionsAmount(), m.totalDue(), lines, new ArrayList<>(m.findings()), cites);
        lines.clear();
        cites.clear();
        assertEquals(m, copy);
        assertEquals(3, copy.missions().size());
        assertThrows(UnsupportedOperationException.class, () -> copy.missions().clear());
        assertThrows(UnsupportedOperationException.class, () -> copy.citations().clear());
        assertThrows(UnsupportedOperationException.class, () -> copy.findings().clear());
    }

    @Test
    void aStatementThatDoesNotConserveTheHoursIsABug() {
        YearStatement m = marigny(CucmYearTest.sample());
        IllegalStateException prepaid = assertThrows(IllegalStateException.class, () -> new YearStatement(m.commune(),
                m.year(), m.cotisation(), m.prepaidGranted(), m.prepaidUsedBefore(), m.prepaidUsed(), Hours.of(1),
                m.hoursWorked(), m.hoursBillable(), m.hoursBilled(), m.missionsAmount(), m.totalDue(), m.missions(),
                m.findings(), m.citations()));
        assertEquals("prepaid hours not conserved: 7 ≠ 0 + 7 + 1", prepaid.getMessage());
        IllegalStateException hours = assertThrows(IllegalStateException.class, () -> new YearStatement(m.commune(),
                m.year(), m.cotisation(), m.prepaidGranted(), m.prepaidUsedBefore(), m.prepaidUsed(), m.prepaidForfeited(),
                m.hoursWorked(), m.hoursBillable(), Hours.of(37), m.missionsAmount(), m.totalDue(), m.missions(),
                m.findings(), m.citations()));
        assertEquals("hours not conserved: 45 ≠ 7 + 37", hours.getMessage());
        assertThrows(NullPointerException.class, () -> new YearStatement(null, m.year(), m.cotisation(),
                m.prepaidGranted(), m.prepaidUsedBefore(), m.prepaidUsed(), m.prepaidForfeited(), m.hoursWorked(),
                m.hoursBillable(), m.hoursBilled(), m.missionsAmount(), m.totalDue(), m.missions(), m.findings(),
                m.citations()));
    }

    @Test
    void prepaidHoursUsedBeforeTheFirstMissionAreStatedApart() {
        // Marigny states that 3 of its 7 prepaid hours of 2023 were used before its first mission of the year
        List<MissionSheet> l = new ArrayList<>(Arrays.asList(CdgJson.read(CucmYearTest.SAMPLE, MissionSheet[].class)));
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).firstDay().equals(LocalDate.of(2023, 2, 6))) { // Marigny's first mission of 2023
                l.set(i, l.get(i).withPrepaidHoursAlreadyUsed(Hours.of(3)));
            }
        }
        YearStatement m = marigny(CucmRules.defaults().year(l));
        assertEquals(List.of(Hours.of(7), Hours.of(3), Hours.of(4), Hours.ZERO, Hours.of(41)), List.of(m.prepaidGranted(),
                m.prepaidUsedBefore(), m.prepaidUsed(), m.prepaidForfeited(), m.hoursBilled()));
        assertEquals(Money.parse("1230.00"), m.missionsAmount(), "41 h × 30 €");
        assertNotEquals(marigny(CucmYearTest.sample()), m);
    }

    @Test
    void unusedPrepaidHoursAreForfeitedOn31December() {
        // Blanzy (5 955 inhabitants): 840 € buys 28 h; one mission of 14 h; 14 h forfeited
        MissionSheet one = MissionSheet.of(Fixtures.member("71040", "Blanzy", 5955), LocalDate.of(2023, 4, 3),
                LocalDate.of(2023, 4, 3), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)
                .withTimesheet(List.of(TimesheetEntry.of(LocalDate.of(2023, 4, 3), Hours.of(5), Activity.WORK)));
        YearStatement s = CucmRules.defaults().year(List.of(one)).statements(Y2023).get(0);
        assertEquals(List.of(Hours.of(28), Hours.ZERO, Hours.of(5), Hours.of(23), Hours.ZERO), List.of(s.prepaidGranted(),
                s.prepaidUsedBefore(), s.prepaidUsed(), s.prepaidForfeited(), s.hoursBilled()));
        assertEquals(Money.parse("840.00"), s.totalDue(), "the cotisation « restera acquis à la CUCM »");
        assertTrue(CucmRules.defaults().year(List.of(one)).statements(Year.of(2024)).isEmpty());
    }

    @Test
    void aWarningGivenByTwoMissionsIsStatedOnce() {
        // two missions of Marigny in May 2023 on 35 h a week, each recording a day of RTT: « 0 jours si temps de
        // travail de 35 heures /semaine »: the same warning twice, stated once
        List<MissionSheet> two = new ArrayList<>();
        for (int week = 0; week < 2; week++) {
            LocalDate monday = LocalDate.of(2023, 5, 15).plusWeeks(week);
            two.add(MissionSheet.of(Fixtures.marigny(), monday, monday.plusDays(1), WorkSchedule.HOURS_35)
                    .withAdhesionDate(Fixtures.ADHESION).withTimesheet(List.of(
                            TimesheetEntry.of(monday, Hours.of(7), Activity.WORK),
                            TimesheetEntry.of(monday.plusDays(1), Hours.of(7), Activity.RTT))));
        }
        CucmYear y = CucmRules.defaults().year(two);
        assertTrue(y.invoices().get(0).findings().has("rtt-on-35-hour-schedule"));
        assertTrue(y.invoices().get(1).findings().has("rtt-on-35-hour-schedule"));
        YearStatement s = y.statements(Y2023).get(0);
        assertEquals(1, s.findings().stream().filter(f -> f.code().equals("rtt-on-35-hour-schedule")).count());
        assertEquals(1, s.findings().stream().filter(f -> f.code().equals("rtt-taken-not-billed-as-such")).count());
    }

    @Test
    void aYearSaysHowManyMissionsItInvoicedAndOnWhichYears() {
        CucmYear y = CucmYearTest.sample();
        assertEquals("CUCM year: 5 missions invoiced, years [2023, 2024]", y.toString());
        assertEquals(y, y);
        assertNotEquals(y, "CUCM year");
        assertThrows(NullPointerException.class, () -> y.statements(null));
        assertThrows(NullPointerException.class, () -> CucmRules.defaults().year(null));
    }
}
