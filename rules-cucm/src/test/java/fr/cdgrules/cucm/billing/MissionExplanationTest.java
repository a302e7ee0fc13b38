package fr.cdgrules.cucm.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the explanation of a mission's bill says, step by step, with its articles: the mission, the provisional
 * cost and how a forecast total was dated (art. 5, contract art. 2), the RTT recorded (art. 6), the payment
 * term (art. 5), and the warnings of RTT recorded.
 */
class MissionExplanationTest {
    private static final CucmRules RULES = CucmRules.defaults();

    private static TraceStep step(Explanation e, String rule) {
        return e.steps().stream().filter(s -> s.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + rule + "' in\n" + e.render()));
    }

    private static List<TraceStep> steps(Explanation e, String rule) {
        return e.steps().stream().filter(s -> s.rule().equals(rule)).toList();
    }

    private static MissionSheet marigny(LocalDate first, LocalDate last, WorkSchedule schedule) {
        return MissionSheet.of(Fixtures.marigny(), first, last, schedule).withAdhesionDate(Fixtures.ADHESION);
    }

    @Test
    void theSampleMissionIsExplainedAsAProvisionalCostThenAFinalAmount() throws IOException {
        MissionSheet sheet = MissionBillingTest.sample();
        MissionBill estimate = RULES.estimate(sheet);
        MissionBill invoice = RULES.invoice(sheet);
        assertEquals("replacement mission at Marigny (71278) from 2023-03-06 to 2023-03-21, provisional cost",
                estimate.bill().subject());
        assertEquals("replacement mission at Marigny (71278) from 2023-03-06 to 2023-03-21, final amount",
                invoice.explanation().subject());
        TraceStep mission = invoice.explanation().steps().get(0);
        assertEquals(List.of(CucmArticles.ART_3, CucmArticles.ART_4, CucmArticles.ART_9), mission.citations());
        assertEquals("2023-03-06 to 2023-03-21 (one month or less)", mission.inputs().get("period"));
        assertEquals("2022-10-03", mission.inputs().get("adhesion"));
        assertEquals("member commune that has adhered; within 2022-07-01 to 2024-06-30 (art. 9)", mission.result());
        // « la CUCM établira un coût prévisionnel [...] afin de recueillir le consentement de la commune »
        TraceStep provisional = step(estimate.explanation(), "provisional cost for the commune's consent");
        assertEquals(List.of(CucmArticles.ART_5, CucmArticles.CONTRACT_ART_2), provisional.citations());
        assertEquals(Map.of("forecast hours", "80 h in 1 entr(y/ies)", "forecast entries", "forecast hours of the mission"),
                provisional.inputs());
        assertTrue(steps(invoice.explanation(), "provisional cost for the commune's consent").isEmpty());
        // the payment term belongs to the titre of the final amount only
        TraceStep payment = step(invoice.explanation(), "payment within 30 days of receipt of the titre de recettes");
        assertEquals(List.of(CucmArticles.ART_5), payment.citations());
        assertEquals("2023-04-03", payment.inputs().get("received on"));
        assertEquals("due on 2023-05-03", payment.result());
        assertTrue(steps(estimate.explanation(), "payment within 30 days of receipt of the titre de recettes").isEmpty());
        TraceStep total = invoice.explanation().steps().get(invoice.explanation().steps().size() - 1);
        assertEquals("total", total.rule());
        assertEquals("2190.00 € (sum of the lines)", total.result());
        // no RTT recorded: no warning about RTT
        assertFalse(invoice.findings().has("rtt-taken-not-billed-as-such"));
        assertFalse(invoice.findings().has("rtt-on-35-hour-schedule"));
    }

    @Test
    void aForecastDayByDayWithoutNotesIsPricedAsGiven() {
        List<TimesheetEntry> forecast = MissionBillingTest.workdays(LocalDate.of(2023, 3, 6), 1, Hours.of(7));
        MissionBill estimate = RULES.estimate(marigny(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10),
                WorkSchedule.HOURS_35).withForecast(forecast));
        TraceStep provisional = step(estimate.explanation(), "provisional cost for the commune's consent");
        assertEquals(Map.of("forecast hours", "35 h in 5 entr(y/ies)"), provisional.inputs());
        assertEquals(Money.parse("840.00"), estimate.total(), "(35 h − 7 h prepaid) × 30 €");
    }

    @Test
    void aForecastTotalAcross31DecemberIsSharedByWeekdaysAndSaysSo() {
        // Friday 29 December 2023 to Tuesday 2 January 2024: 1 weekday in 2023, 2 in 2024
        MissionBill estimate = RULES.estimate(marigny(LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 2),
                WorkSchedule.HOURS_35).withPlannedHours(Hours.of(15)));
        assertEquals(List.of(Hours.of(5), Hours.of(10)), estimate.settlements().stream().map(YearSettlement::hoursWorked)
                .toList());
        assertEquals("forecast hours from 2023-12-29: 1/3 of 15 h (weekdays, reading WEEKDAYS_PRO_RATA); forecast hours "
                + "from 2024-01-01: 2/3 of 15 h (weekdays, reading WEEKDAYS_PRO_RATA)",
                step(estimate.explanation(), "provisional cost for the commune's consent").inputs().get("forecast entries"));
        // 2023: 5 h within the 7 prepaid hours; 2024: 10 h − 7 h prepaid = 3 h × 30 €
        assertEquals(Money.parse("90.00"), estimate.total());
        assertEquals("2023-12-29 to 2024-01-02 (one month or less)", estimate.explanation().steps().get(0).inputs()
                .get("period"));
    }

    @Test
    void aForecastTotalOverAWeekendAcross31DecemberIsSharedByCalendarDays() {
        // Saturday 31 December 2022 and Sunday 1 January 2023: no weekday, one calendar day in each year
        MissionBill estimate = RULES.estimate(marigny(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
                WorkSchedule.HOURS_35).withPlannedHours(Hours.of(10)));
        assertEquals(List.of(Hours.of(5), Hours.of(5)), estimate.settlements().stream().map(YearSettlement::hoursWorked)
                .toList());
        assertEquals("forecast hours from 2022-12-31: 1/2 of 10 h (calendar days, reading WEEKDAYS_PRO_RATA); forecast "
                + "hours from 2023-01-01: 1/2 of 10 h (calendar days, reading WEEKDAYS_PRO_RATA)",
                step(estimate.explanation(), "provisional cost for the commune's consent").inputs().get("forecast entries"));
        // « Pour l'année 2022 [...] aucune cotisation »: no prepaid hour in 2022, 5 h × 30 €; 2023's 5 h are prepaid
        assertEquals(Money.parse("150.00"), estimate.total());
    }

    /** 37.5 h a week from Monday 4 December 2023 to Friday 12 January 2024, RTT taken on 4 December, 11 and 12 January. */
    private static MissionSheet rttAcrossNewYear() {
        List<TimesheetEntry> ts = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 12, 4); !d.isAfter(LocalDate.of(2024, 1, 12)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                boolean rtt = d.equals(LocalDate.of(2023, 12, 4)) || d.isAfter(LocalDate.of(2024, 1, 10));
                ts.add(TimesheetEntry.of(d, Hours.parse("7.5"), rtt ? Activity.RTT : Activity.WORK));
            }
        }
        return marigny(LocalDate.of(2023, 12, 4), LocalDate.of(2024, 1, 12), WorkSchedule.HOURS_37_5).withTimesheet(ts);
    }

    @Test
    void rttRecordedAreExplainedYearByYearUnderTheAsRecordedReading() {
        CucmRules asRecorded = RULES.withReadings(CucmReadings.defaults().withRtt(RttReading.AS_RECORDED));
        MissionBill invoice = asRecorded.invoice(rttAcrossNewYear());
        List<TraceStep> rtt = steps(invoice.explanation(), "RTT generated by the replacement");
        assertEquals(List.of("7.5 h of RTT recorded on the timesheet (reading AS_RECORDED)",
                "15 h of RTT recorded on the timesheet (reading AS_RECORDED)"), rtt.stream().map(TraceStep::result).toList());
        assertEquals(List.of(CucmArticles.ART_6), rtt.get(0).citations());
        assertEquals("142.5 h", rtt.get(0).inputs().get("hours worked"));
        assertEquals("2023-12-04 to 2024-01-12 (longer than one month)", invoice.explanation().steps().get(0).inputs()
                .get("period"));
        // (142.5 + 7.5 − 7) h × 30 € + (60 + 15 − 7) h × 30 €
        assertEquals(Money.parse("6330.00"), invoice.total());
        assertFalse(invoice.findings().has("rtt-taken-not-billed-as-such"), "the RTT taken are what is billed");
        assertEquals(List.of(Hours.ZERO, Hours.ZERO), invoice.settlements().stream().map(YearSettlement::hoursNotBilled)
                .toList(), "billed as recorded, the RTT taken are not also hours not billed");
        // no receipt of the titre yet
        TraceStep payment = step(invoice.explanation(), "payment within 30 days of receipt of the titre de recettes");
        assertEquals("not yet known", payment.inputs().get("received on"));
        assertEquals("due 30 days after receipt", payment.result());
    }

    @Test
    void rttRecordedInAReplacementOfOneMonthOrLessAreNotBilledUnderAnyReading() {
        // Monday 4 to Friday 29 December 2023, RTT taken on 4 December: not « au-delà de 1 mois »
        List<TimesheetEntry> december = rttAcrossNewYear().timesheet().stream()
                .filter(e -> e.date().getYear() == 2023 && e.date().getDayOfMonth() <= 29).toList();
        MissionSheet sheet = marigny(LocalDate.of(2023, 12, 4), LocalDate.of(2023, 12, 29), WorkSchedule.HOURS_37_5)
                .withTimesheet(december);
        MissionBill asRecorded = RULES.withReadings(CucmReadings.defaults().withRtt(RttReading.AS_RECORDED)).invoice(sheet);
        YearSettlement y = asRecorded.settlements().get(0);
        assertEquals(Hours.ZERO, y.rttHoursBilled());
        assertEquals(Hours.parse("7.5"), y.hoursNotBilled(), "the RTT day taken is not billed");
        assertEquals(Hours.parse("142.5"), y.hoursWorked(), "19 days worked of 7.5 h");
    }

    @Test
    void theOrderOfTheTimesheetDoesNotMatter() throws IOException {
        MissionSheet sample = MissionBillingTest.sample();
        List<TimesheetEntry> reversed = new ArrayList<>(sample.timesheet());
        java.util.Collections.reverse(reversed);
        MissionBill inOrder = RULES.invoice(sample);
        MissionBill backwards = RULES.invoice(sample.withTimesheet(reversed));
        assertEquals(inOrder.bill().lines(), backwards.bill().lines());
        assertEquals(inOrder.settlements().get(0).portions(), backwards.settlements().get(0).portions());
        // the 7 prepaid hours go to the first day worked, 6 March: the first day billed is 7 March
        assertEquals(LocalDate.of(2023, 3, 7), backwards.settlements().get(0).portions().get(0).firstDay());
    }

    @Test
    void rttRecordedAreWarnedWhenTheReadingBillsTheRttGenerated() {
        MissionBill invoice = RULES.invoice(rttAcrossNewYear());
        assertTrue(invoice.findings().has("rtt-taken-not-billed-as-such"));
        assertEquals("3 RTT entr(y/ies) recorded: under reading PRO_RATA_OF_ANNUAL_OBLIGATION the RTT generated are billed,"
                + " not the days taken", invoice.findings().all().stream()
                .filter(f -> f.code().equals("rtt-taken-not-billed-as-such")).findFirst().orElseThrow().message());
        assertFalse(invoice.findings().has("rtt-on-35-hour-schedule"), "37.5 h a week earn RTT");
        // the same days on 35 h a week: « 0 jours si temps de travail de 35 heures /semaine »
        MissionSheet on35 = ImmutableMissionSheet.builder().from(rttAcrossNewYear()).schedule(WorkSchedule.HOURS_35).build();
        MissionBill thirtyFive = RULES.invoice(on35);
        assertTrue(thirtyFive.findings().has("rtt-on-35-hour-schedule"));
        assertEquals(CucmArticles.ART_6, thirtyFive.findings().all().stream()
                .filter(f -> f.code().equals("rtt-on-35-hour-schedule")).findFirst().orElseThrow().citation());
    }

    @Test
    void theBillingWithoutAForecastReadingSharesByWeekdays() {
        MissionBilling billing = MissionBilling.of(RULES.cotisationRule(), RULES.unitCosts(),
                RttRule.of(RttReading.PRO_RATA_OF_ANNUAL_OBLIGATION, RttDayReading.SCHEDULE_DAY));
        MissionSheet sheet = marigny(LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 2), WorkSchedule.HOURS_35)
                .withPlannedHours(Hours.of(15));
        assertEquals(RULES.estimate(sheet), billing.estimate(sheet));
    }
}
