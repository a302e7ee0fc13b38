package fr.cdgrules.cucm.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.BillKind;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.source.CucmText;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionBillingTest {
    static final CucmRules RULES = CucmRules.defaults();

    /** Mon–Fri entries of {@code perDay} hours for {@code weeks} weeks from a Monday. */
    static List<TimesheetEntry> workdays(LocalDate monday, int weeks, Hours perDay) {
        List<TimesheetEntry> list = new ArrayList<>();
        for (LocalDate d = monday; d.isBefore(monday.plusWeeks(weeks)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                list.add(TimesheetEntry.of(d, perDay, Activity.WORK));
            }
        }
        return list;
    }

    static MissionSheet sample() throws IOException {
        try (InputStream in = MissionBillingTest.class.getResourceAsStream("/fr/cdgrules/cucm/mission-sample.json")) {
            return CdgJson.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), MissionSheet.class);
        }
    }

    @Test
    void theSampleFileIsThe80HourMissionOf2023() throws IOException {
        MissionSheet sheet = sample();
        assertEquals("Marigny", sheet.commune().name());
        assertEquals(WorkSchedule.HOURS_35, sheet.schedule());
        assertEquals(Hours.of(80), sheet.actualTimesheet().total(Activity.WORK));

        MissionBill estimate = RULES.estimate(sheet);
        assertEquals(BillKind.ESTIMATE, estimate.bill().kind());
        assertEquals(Money.parse("2190.00"), estimate.total());
        assertEquals(Hours.of(7), estimate.prepaidUsed());
        assertEquals(Hours.of(73), estimate.hoursBilled());
        assertTrue(estimate.dueDate().isEmpty(), "an estimate carries no payment term");
        assertEquals(LocalDate.of(2023, 3, 6), estimate.bill().issuedOn());

        MissionBill invoice = RULES.invoice(sheet);
        assertEquals(BillKind.INVOICE, invoice.bill().kind());
        assertEquals(Money.parse("2190.00"), invoice.total());
        assertEquals(Money.ZERO, invoice.bill().differenceFrom(estimate.bill()));
        YearSettlement y = invoice.settlements().get(0);
        assertEquals(Year.of(2023), y.year());
        assertEquals(Hours.of(80), y.hoursWorked());
        assertEquals(Hours.parse("4.5"), y.hoursNotBilled(), "1 h travel + 3.5 h training are not billed");
        assertEquals(Hours.of(7), y.prepaidGranted());
        assertEquals(Hours.of(7), y.prepaidUsed());
        assertEquals(Hours.of(73), y.hoursBilled());
        assertEquals(Hours.ZERO, y.prepaidBalance());
        InvoiceLine line = invoice.bill().lines().get(0);
        assertEquals(Hours.of(73), line.quantity());
        assertEquals(Money.parse("30.00"), line.unitPrice());
        assertEquals(CucmText.ART_5, line.citation());
        assertEquals(LocalDate.of(2023, 5, 3), invoice.dueDate().orElseThrow(), "received 3 April + 30 days");
        assertEquals(LocalDate.of(2023, 3, 21), invoice.bill().issuedOn());
        // 2023 has no published cost: the 2022 cost is carried forward and flagged
        assertTrue(y.costProvisional());
        assertTrue(invoice.findings().has("hourly-cost-provisional"));
        assertTrue(invoice.explanation().render().contains("PROVISIONAL"));
        assertTrue(invoice.explanation().citations().containsAll(List.of(CucmText.ART_5, CucmText.ART_6,
                CucmText.ART_9, CucmText.CONTRACT_ART_2)));
    }

    @Test
    void theSampleRoundTripsThroughJson() throws IOException {
        MissionSheet sheet = sample();
        assertEquals(sheet, CdgJson.read(CdgJson.write(sheet), MissionSheet.class));
        MissionBill invoice = RULES.invoice(sheet);
        String json = CdgJson.write(invoice);
        assertTrue(json.contains("\"total\" : \"2190.00\""), json);
        assertTrue(json.contains("\"dueDate\" : \"2023-05-03\""), json);
    }

    @Test
    void aRevisedUnitCostGivesFractionalPrepaidHours() {
        CucmRules revised = RULES.withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST);
        MissionSheet sheet = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 19),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withPlannedHours(Hours.of(80))
                .withTimesheet(List.of(TimesheetEntry.of(LocalDate.of(2024, 3, 4), Hours.of(7), Activity.WORK)));
        List<TimesheetEntry> entries = new ArrayList<>(workdays(LocalDate.of(2024, 3, 4), 2, Hours.of(7)));
        entries.add(TimesheetEntry.of(LocalDate.of(2024, 3, 18), Hours.of(7), Activity.WORK));
        entries.add(TimesheetEntry.of(LocalDate.of(2024, 3, 19), Hours.of(3), Activity.WORK));
        sheet = sheet.withTimesheet(entries);

        MissionBill estimate = revised.estimate(sheet);
        MissionBill invoice = revised.invoice(sheet);
        for (MissionBill b : List.of(estimate, invoice)) {
            assertEquals(Hours.ofFraction(20, 3), b.prepaidUsed());
            assertEquals(Hours.ofFraction(220, 3), b.hoursBilled());
            assertEquals(Money.parse("2310.00"), b.total());
            assertEquals(Money.parse("31.50"), b.bill().lines().get(0).unitPrice());
            assertFalse(b.findings().has("hourly-cost-provisional"));
        }
        assertEquals(Hours.of(80), invoice.settlements().get(0).hoursWorked());
        assertTrue(invoice.explanation().render().contains("HYPOTHETICAL"), "the hypothetical source is traced");
    }

    @Test
    void prepaidHoursAlreadyUsedAreNotUsedTwice() {
        MissionSheet sheet = MissionSheet.of(Fixtures.ecuisses(), LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 8),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withTimesheet(workdays(LocalDate.of(2023, 9, 4), 1, Hours.of(7)))
                .withPrepaidHoursAlreadyUsed(Hours.of(10));
        MissionBill invoice = RULES.invoice(sheet);
        YearSettlement y = invoice.settlements().get(0);
        assertEquals(Hours.of(14), y.prepaidGranted(), "420 € ÷ 30 €/h");
        assertEquals(Hours.of(4), y.prepaidUsed());
        assertEquals(Hours.of(31), y.hoursBilled());
        assertEquals(Money.parse("930.00"), invoice.total());
        InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                () -> RULES.invoice(sheet.withPrepaidHoursAlreadyUsed(Hours.of(15))));
        assertEquals("prepaidHoursAlreadyUsed", tooMany.field().orElseThrow());
    }

    @Test
    void leaveAndTrainingAreNotBilled() {
        List<TimesheetEntry> entries = new ArrayList<>(workdays(LocalDate.of(2023, 5, 15), 1, Hours.of(7)));
        entries.add(TimesheetEntry.of(LocalDate.of(2023, 5, 22), Hours.of(7), Activity.LEAVE));
        entries.add(TimesheetEntry.of(LocalDate.of(2023, 5, 23), Hours.of(7), Activity.TRAINING));
        entries.add(TimesheetEntry.of(LocalDate.of(2023, 5, 24), Hours.of(2), Activity.TRAVEL));
        MissionSheet sheet = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 24),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withTimesheet(entries);
        MissionBill invoice = RULES.invoice(sheet);
        assertEquals(Hours.of(16), invoice.settlements().get(0).hoursNotBilled());
        assertEquals(Hours.of(28), invoice.hoursBilled());
        assertEquals(Money.parse("840.00"), invoice.total());
    }

    /** Six weeks, Monday 6 March to Friday 14 April 2023: longer than one month. */
    static MissionSheet sixWeeks(WorkSchedule schedule) {
        Hours perDay = schedule.dailyHours();
        return MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 4, 14), schedule).withAdhesionDate(Fixtures.ADHESION)
                .withTimesheet(workdays(LocalDate.of(2023, 3, 6), 6, perDay))
                .withPlannedHours(perDay.multipliedBy(30));
    }

    @Test
    void rttGeneratedByASixWeekReplacementOn37HoursAndAHalfAreBilled() {
        MissionSheet sheet = sixWeeks(WorkSchedule.HOURS_37_5);
        assertTrue(sheet.isLongerThanOneMonth());
        MissionBill invoice = RULES.invoice(sheet);
        YearSettlement y = invoice.settlements().get(0);
        assertEquals(Hours.of(225), y.hoursWorked());
        // 12 days × 225 h ÷ 1 607 h = 2 700/1 607 days, of 7.5 h each
        assertEquals(Hours.ofFraction(20250, 1607), y.rttHoursBilled());
        assertEquals(Hours.ofFraction(370576, 1607), y.hoursBilled());
        assertEquals(Money.parse("6918.03"), invoice.total());
        assertEquals(invoice.total(), RULES.estimate(sheet).total(), "same pricing for the forecast of 225 h");
        assertTrue(invoice.explanation().render().contains("2700/1607 day(s)"), invoice.explanation().render());
    }

    @Test
    void noRttOn35Hours() {
        MissionBill invoice = RULES.invoice(sixWeeks(WorkSchedule.HOURS_35));
        YearSettlement y = invoice.settlements().get(0);
        assertEquals(Hours.of(210), y.hoursWorked());
        assertEquals(Hours.ZERO, y.rttHoursBilled());
        assertEquals(Hours.of(203), y.hoursBilled());
        assertEquals(Money.parse("6090.00"), invoice.total());
    }

    @Test
    void noRttForAReplacementOfOneMonthOrLess() {
        // 6 March to 5 April is exactly one month: not « au-delà de 1 mois »
        MissionSheet sheet = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 4, 5),
                WorkSchedule.HOURS_37_5).withAdhesionDate(Fixtures.ADHESION).withTimesheet(workdays(LocalDate.of(2023, 3, 6), 4, Hours.parse("7.5")));
        assertFalse(sheet.isLongerThanOneMonth());
        assertEquals(Hours.ZERO, RULES.invoice(sheet).settlements().get(0).rttHoursBilled());
        MissionSheet oneDayMore = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 4, 6),
                WorkSchedule.HOURS_37_5).withAdhesionDate(Fixtures.ADHESION).withTimesheet(sheet.timesheet());
        assertTrue(oneDayMore.isLongerThanOneMonth());
        assertFalse(RULES.invoice(oneDayMore).settlements().get(0).rttHoursBilled().isZero());
    }

    @Test
    void otherRttReadings() {
        MissionSheet sheet = sixWeeks(WorkSchedule.HOURS_37_5);
        CucmRules sevenHourDay = RULES.withReadings(CucmReadings.defaults().withRttDay(RttDayReading.SEVEN_HOUR_DAY));
        assertEquals(Hours.ofFraction(18900, 1607), sevenHourDay.invoice(sheet).settlements().get(0).rttHoursBilled());

        CucmRules excess = RULES.withReadings(CucmReadings.defaults().withRtt(RttReading.EXCESS_OVER_35_HOURS));
        MissionBill byExcess = excess.invoice(sheet);
        assertEquals(Hours.of(15), byExcess.settlements().get(0).rttHoursBilled(), "225 h × 2.5 ÷ 37.5");
        assertEquals(Money.parse("6990.00"), byExcess.total());

        List<TimesheetEntry> withRtt = new ArrayList<>(sheet.timesheet());
        withRtt.add(TimesheetEntry.of(LocalDate.of(2023, 3, 11), Hours.parse("7.5"), Activity.RTT));
        MissionSheet recorded = sheet.withTimesheet(withRtt);
        CucmRules asRecorded = RULES.withReadings(CucmReadings.defaults().withRtt(RttReading.AS_RECORDED));
        assertEquals(Hours.parse("7.5"), asRecorded.invoice(recorded).settlements().get(0).rttHoursBilled());
        // under the default reading the RTT taken are not billed on top of the RTT generated
        MissionBill byDefault = RULES.invoice(recorded);
        assertEquals(Hours.ofFraction(20250, 1607), byDefault.settlements().get(0).rttHoursBilled());
        assertEquals(Hours.parse("7.5"), byDefault.settlements().get(0).hoursNotBilled());
        assertTrue(byDefault.findings().has("rtt-taken-not-billed-as-such"));
    }

    @Test
    void defaultRttReadingsArePinned() {
        assertEquals(RttReading.PRO_RATA_OF_ANNUAL_OBLIGATION, CucmReadings.defaults().rtt());
        assertEquals(RttDayReading.SCHEDULE_DAY, CucmReadings.defaults().rttDay());
    }

    @Test
    void aMissionAcrossTwoYearsIsBilledPerYear() {
        // 2022 has no cotisation, hence no prepaid hours; 2023 has 7 h
        List<TimesheetEntry> entries = new ArrayList<>(workdays(LocalDate.of(2022, 12, 19), 1, Hours.of(7)));
        entries.addAll(workdays(LocalDate.of(2023, 1, 2), 1, Hours.of(7)));
        MissionSheet sheet = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2022, 12, 19), LocalDate.of(2023, 1, 6),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withTimesheet(entries);
        MissionBill invoice = RULES.invoice(sheet);
        assertEquals(2, invoice.bill().lines().size());
        assertEquals(Hours.of(35), invoice.settlements().get(0).hoursBilled());
        assertEquals(Hours.ZERO, invoice.settlements().get(0).prepaidGranted());
        assertFalse(invoice.settlements().get(0).costProvisional());
        assertEquals(Hours.of(28), invoice.settlements().get(1).hoursBilled());
        assertEquals(Money.parse("1890.00"), invoice.total());
    }

    @Test
    void badSheetsAreRefusedNamingTheField() {
        Collectivity c = Fixtures.marigny();
        // outside the framework convention (art. 9): no convention in force, whatever the sheet
        var early = assertThrows(fr.cdgrules.core.error.ConventionNotInForceException.class, () -> RULES.invoice(MissionSheet.of(c,
                LocalDate.of(2022, 6, 27), LocalDate.of(2022, 7, 1), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)
                .withTimesheet(List.of(TimesheetEntry.of(LocalDate.of(2022, 7, 1), Hours.of(7), Activity.WORK)))));
        assertEquals(List.of(CucmText.ART_9), early.rules());
        assertTrue(early.getMessage().contains("from 2022-06-27 to 2022-07-01"), early.getMessage());
        var late = assertThrows(fr.cdgrules.core.error.ConventionNotInForceException.class, () -> RULES.estimate(MissionSheet.of(c,
                LocalDate.of(2024, 6, 24), LocalDate.of(2024, 7, 5), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withPlannedHours(Hours.of(70))));
        assertEquals(LocalDate.of(2024, 6, 30), late.end());
        InvalidInputException noForecast = assertThrows(InvalidInputException.class, () -> RULES.estimate(
                MissionSheet.of(c, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)));
        assertEquals("plannedHours", noForecast.field().orElseThrow());
        InvalidInputException noTimesheet = assertThrows(InvalidInputException.class, () -> RULES.invoice(
                MissionSheet.of(c, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)));
        assertEquals("timesheet", noTimesheet.field().orElseThrow());
        InvalidInputException outside = assertThrows(InvalidInputException.class, () -> MissionSheet.of(c,
                LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)
                .withTimesheet(List.of(TimesheetEntry.of(LocalDate.of(2023, 3, 13), Hours.of(7), Activity.WORK))));
        assertEquals("timesheet[0].date", outside.field().orElseThrow());
        // a commune that is not a member is a refusal by the rules (art. 3; exit 3), not an invalid input
        var nonMember = assertThrows(fr.cdgrules.core.error.NotEligibleException.class, () -> RULES.invoice(
                MissionSheet.of(Fixtures.autun(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)
                        .withTimesheet(workdays(LocalDate.of(2023, 3, 6), 1, Hours.of(7)))));
        assertEquals(List.of(fr.cdgrules.cucm.source.CucmText.ART_3), nonMember.rules());
        InvalidInputException schedule = assertThrows(InvalidInputException.class, () -> WorkSchedule.parse("39"));
        assertEquals("schedule", schedule.field().orElseThrow());
        InvalidInputException json = assertThrows(InvalidInputException.class, () -> CdgJson.read(
                "{\"commune\": {\"code\": \"71278\", \"name\": \"Marigny\", \"department\": \"71\", \"epciSiren\": "
                        + "\"247100290\", \"population\": {\"inhabitants\": 166, \"basis\": \"MUNICIPALE\", \"vintage\": 2026}},"
                        + " \"firstDay\": \"2023-03-06\", \"lastDay\": \"2023-03-10\", \"schedule\": \"40\"}",
                MissionSheet.class));
        assertEquals("schedule", json.field().orElseThrow());
    }
}
