package fr.cdgrules.cucm.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines of a titre (art. 5: « le cout de fonctionnement du service [...] multiplié par le nombre d'heures
 * effectuées »): one per budget year and cost in force, each saying the hours worked, the RTT generated, the
 * prepaid hours deducted and the hours billed, and whether the cost is provisional.
 */
class InvoiceLinesTest {
    /** A HYPOTHETICAL revision to 31.50 €/h from 1 July 2023 (no such decision in the sources). */
    private static final CucmRules REVISED = CucmRules.defaults().withHourlyCost(Version.of(LocalDate.of(2023, 7, 1),
            HourlyUnitCost.of(Money.parse("31.50")), Source.of("HYPOTHETICAL revision from 1 July 2023, for tests only",
                    CucmArticles.ART_5)));

    private static final RttRule RTT = RttRule.of(RttReading.AS_RECORDED, RttDayReading.SCHEDULE_DAY);

    /** Marigny, 26 June to 7 July 2023, 7 h each weekday (70 h). */
    static MissionSheet aroundJuly2023() {
        List<TimesheetEntry> entries = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 6, 26); !d.isAfter(LocalDate.of(2023, 7, 7)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                entries.add(TimesheetEntry.of(d, Hours.of(7), Activity.WORK));
            }
        }
        return MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 6, 26), LocalDate.of(2023, 7, 7),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withTimesheet(entries);
    }

    @Test
    void oneCostInTheYearGivesOneLineSayingHowTheHoursBilledAreFound() {
        MissionBill bill = CucmRules.defaults().invoice(aroundJuly2023());
        InvoiceLine line = bill.bill().lines().get(0);
        assertEquals(1, bill.bill().lines().size());
        assertEquals("Replacement of the secretary of Marigny (71278), 2023: 70 h worked + 0 h RTT generated − 7 h prepaid"
                + " by the cotisation = 63 h billed (provisional unit cost)", line.description());
        assertEquals(Hours.of(63), line.quantity());
        assertEquals(CucmArticles.ART_5, line.citation());
        // the 7 h of 26 June are prepaid: the first day billed at the cost is 27 June
        CostPortion p = bill.settlements().get(0).portions().get(0);
        assertEquals(LocalDate.of(2023, 6, 27), p.firstDay());
        assertTrue(bill.explanation().steps().stream().anyMatch(s -> s.rule().equals(
                "hourly unit cost in force from 2023-06-27")), bill.explanation().render());
    }

    @Test
    void aRevisionWithinTheYearGivesOneLinePerCost() {
        MissionBill bill = REVISED.invoice(aroundJuly2023());
        List<String> descriptions = bill.bill().lines().stream().map(InvoiceLine::description).toList();
        assertEquals(List.of("Replacement of the secretary of Marigny (71278), 2023 (cost in force from 2023-06-27): 70 h "
                + "worked + 0 h RTT generated − 7 h prepaid by the cotisation = 63 h billed, of which 28 h at this cost "
                + "(provisional unit cost)",
                "Replacement of the secretary of Marigny (71278), 2023 (cost in force from 2023-07-03): 70 h worked + 0 h "
                        + "RTT generated − 7 h prepaid by the cotisation = 63 h billed, of which 35 h at this cost"),
                descriptions);
        assertEquals(List.of(Money.parse("30.00"), Money.parse("31.50")), bill.bill().lines().stream()
                .map(InvoiceLine::unitPrice).toList());
    }

    @Test
    void allPrepaidGivesALineOfNoHourAtTheCostOfTheFirstDay() {
        MissionSheet oneDay = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 6, 26), LocalDate.of(2023, 6, 26),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withTimesheet(aroundJuly2023().timesheet()
                .subList(0, 1));
        MissionBill bill = REVISED.invoice(oneDay);
        assertEquals("Replacement of the secretary of Marigny (71278), 2023: 7 h worked + 0 h RTT generated − 7 h prepaid"
                + " by the cotisation = 0 h billed (provisional unit cost)", bill.bill().lines().get(0).description());
        assertEquals(Money.ZERO, bill.total());
        assertEquals(LocalDate.of(2023, 6, 26), bill.settlements().get(0).portions().get(0).firstDay());
    }

    @SuppressWarnings("deprecation")
    @Test
    void theSingleLineOfAYearIsRefusedWhenTheYearHasTwoCosts() throws IOException {
        CucmRules rules = CucmRules.defaults();
        MissionSheet sample = MissionBillingTest.sample();
        ReplacementPricing pricing = ReplacementPricing.of(sample, rules.cotisationRule(), rules.unitCosts(), RTT);
        YearSettlement y = pricing.settle(sample.actualTimesheet()).get(0);
        assertEquals(rules.invoice(sample).bill().lines().get(0), pricing.line(y));
        assertFalse(pricing.longerThanOneMonth(), "6 to 21 March");

        MissionSheet july = aroundJuly2023();
        ReplacementPricing revised = ReplacementPricing.of(july, REVISED.cotisationRule(),
                REVISED.unitCosts(), RTT);
        YearSettlement two = revised.settle(july.actualTimesheet()).get(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> revised.line(two));
        assertEquals("2023 is billed at 2 costs: use lines()", e.getMessage());
    }

    @Test
    void aReplacementBeyondOneMonthIsSaidSo() {
        MissionSheet sixWeeks = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 4, 14),
                WorkSchedule.HOURS_37_5).withAdhesionDate(Fixtures.ADHESION);
        CucmRules rules = CucmRules.defaults();
        ReplacementPricing pricing = ReplacementPricing.of(sixWeeks, rules.cotisationRule(), rules.unitCosts(), RTT);
        assertTrue(pricing.longerThanOneMonth(), "6 March to 14 April: beyond 6 April");
        assertEquals(RTT, pricing.rttRule());
    }

    @Test
    void negativeForecastOrPrepaidHoursAreRefusedWhenTheSheetIsMade() {
        MissionSheet sheet = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 21),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION);
        fr.cdgrules.core.error.InvalidInputException planned = assertThrows(
                fr.cdgrules.core.error.InvalidInputException.class, () -> sheet.withPlannedHours(Hours.parse("-1")));
        assertEquals("plannedHours", planned.field().orElseThrow());
        assertEquals(List.of(CucmArticles.ART_5), planned.rules());
        fr.cdgrules.core.error.InvalidInputException used = assertThrows(
                fr.cdgrules.core.error.InvalidInputException.class,
                () -> sheet.withPrepaidHoursAlreadyUsed(Hours.parse("-0.5")));
        assertEquals("prepaidHoursAlreadyUsed", used.field().orElseThrow());
        assertEquals(Hours.ZERO, sheet.withPlannedHours(Hours.ZERO).plannedHours().orElseThrow(), "no hour is not negative");
    }
}
