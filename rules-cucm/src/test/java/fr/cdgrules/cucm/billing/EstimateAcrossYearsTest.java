package fr.cdgrules.cucm.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Art. 5: « Avant toute mission, la CUCM établira un coût prévisionnel sur la base de la durée
 * prévisionnelle de la mission »: across 31 December, each budget year's forecast hours are priced with
 * that year's prepaid hours and unit cost, so that the estimate is the invoice when the hours worked
 * match the forecast.
 */
class EstimateAcrossYearsTest {
    static final CucmRules RULES = CucmRules.defaults().withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST);

    /** Marigny, 18 December 2023 to 12 January 2024: 10 weekdays in each year. */
    static MissionSheet acrossNewYear() {
        return MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 12, 18), LocalDate.of(2024, 1, 12),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION);
    }

    @Test
    void aForecastTotalIsSharedBetweenTheBudgetYearsPricedWithEachYearsPrepaidHoursAndCost() {
        MissionBill estimate = RULES.estimate(acrossNewYear().withPlannedHours(Hours.of(140)));
        // 140 h over 20 weekdays: 70 h in 2023, 70 h in 2024
        assertEquals(2, estimate.settlements().size());
        YearSettlement y2023 = estimate.settlements().get(0);
        YearSettlement y2024 = estimate.settlements().get(1);
        assertEquals(Hours.of(70), y2023.hoursWorked());
        assertEquals(Hours.of(7), y2023.prepaidUsed(), "210 € ÷ 30 €/h = 7 h prepaid in 2023");
        assertEquals(Money.parse("1890.00"), y2023.amount(), "63 h × 30 €");
        assertEquals(Hours.of(70), y2024.hoursWorked());
        assertEquals(Hours.ofFraction(20, 3), y2024.prepaidUsed(), "210 € ÷ 31.50 €/h = 20/3 h prepaid in 2024");
        assertEquals(Money.parse("1995.00"), y2024.amount(), "190/3 h × 31.50 €");
        assertEquals(Money.parse("3885.00"), estimate.total());
    }

    @Test
    void theEstimateIsTheInvoiceWhenTheHoursWorkedMatchTheForecast() {
        List<TimesheetEntry> worked = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 12, 18); !d.isAfter(LocalDate.of(2024, 1, 12)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                worked.add(TimesheetEntry.of(d, Hours.of(7), Activity.WORK));
            }
        }
        MissionSheet sheet = acrossNewYear().withPlannedHours(Hours.of(140)).withTimesheet(worked);
        assertEquals(RULES.invoice(sheet).total(), RULES.estimate(sheet).total(), "7 h on each weekday, as forecast");
        assertEquals(RULES.invoice(sheet).bill().lines(), RULES.estimate(sheet.withForecast(worked)).bill().lines());
    }

    @Test
    void theOtherReadingAsksForTheForecastDayByDay() {
        CucmRules strict = RULES.withReadings(CucmReadings.defaults().withForecastSplit(
                ForecastSplitReading.REQUIRE_DATED_FORECAST));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> strict.estimate(acrossNewYear().withPlannedHours(Hours.of(140))));
        assertEquals("forecast", e.field().orElseThrow());
        MissionSheet inOneYear = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 21),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withPlannedHours(Hours.of(80));
        assertEquals(Money.parse("2190.00"), strict.estimate(inOneYear).total(), "one year, one cost: nothing to split");
    }

    /** Rules with a second HYPOTHETICAL revision in mid-January 2024, so that costs change within a mission. */
    static final List<CucmRules> PROPERTY_RULES = List.of(
            RULES.withHourlyCost(Version.of(LocalDate.of(2024, 1, 15), HourlyUnitCost.of(Money.parse("32.40")),
                    Source.of("HYPOTHETICAL revision for tests only", CucmText.ART_5))),
            RULES.withReadings(CucmReadings.defaults().withRtt(RttReading.AS_RECORDED)),
            RULES.withReadings(CucmReadings.defaults().withRtt(RttReading.EXCESS_OVER_35_HOURS)));

    @Test
    void propertyAnEstimateEqualsTheInvoiceWheneverTheHoursWorkedMatchTheForecast() {
        for (CucmRules rules : PROPERTY_RULES) {
            qt().withExamples(200).forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 70), integers().between(1, 12000),
                    integers().between(0, 40), integers().between(0, 1)).check((codes, population, offset, schedule) -> {
                        MissionSheet sheet = BillingPropertiesTest.sheet(codes, population, 0, schedule == 1);
                        // shift the mission so that it may start in late 2023 or in 2024
                        List<TimesheetEntry> shifted = sheet.timesheet().stream()
                                .map(e -> TimesheetEntry.of(e.date().plusDays(offset), e.hours(), e.activity())).toList();
                        MissionSheet s = MissionSheet.of(sheet.commune(), sheet.firstDay().plusDays(offset),
                                sheet.lastDay().plusDays(offset), sheet.schedule()).withAdhesionDate(Fixtures.ADHESION)
                                .withTimesheet(shifted).withForecast(shifted);
                        MissionBill invoice = rules.invoice(s);
                        MissionBill estimate = rules.estimate(s);
                        return estimate.total().equals(invoice.total())
                                && estimate.bill().lines().equals(invoice.bill().lines());
                    });
        }
    }
}
