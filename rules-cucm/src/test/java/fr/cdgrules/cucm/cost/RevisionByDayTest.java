package fr.cdgrules.cucm.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.billing.YearSettlement;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Art. 5: « Pour l'année 2022, ce cout est fixé à 30 € de l'heure. Il sera révisé tous les ans ». A
 * revision takes effect on the date its decision gives; each hour is priced at the cost in force on the
 * day it was worked; a cost is provisional only when no revision covers that day.
 */
class RevisionByDayTest {
    /** A HYPOTHETICAL revision to 31.50 €/h from 1 July 2023 (no such decision in the sources). */
    static final Version<HourlyUnitCost> JULY_2023 = Version.of(LocalDate.of(2023, 7, 1),
            HourlyUnitCost.of(Money.parse("31.50")),
            Source.of("HYPOTHETICAL revision from 1 July 2023, for tests only", CucmText.ART_5));

    static final CucmRules RULES = CucmRules.defaults().withHourlyCost(JULY_2023);

    @Test
    void aRevisionTakesEffectOnTheDateItsDecisionGives() {
        assertEquals(Money.parse("30.00"), RULES.hourlyCostOn(LocalDate.of(2023, 6, 30)).value().hourlyRate());
        assertEquals(Money.parse("31.50"), RULES.hourlyCostOn(LocalDate.of(2023, 7, 1)).value().hourlyRate(),
                "not moved to 1 January 2024");
        assertTrue(RULES.hourlyCostOn(LocalDate.of(2023, 6, 30)).isCarriedForward(),
                "30 June 2023: the 2022 cost, no revision covers that day: provisional");
        assertFalse(RULES.hourlyCostOn(LocalDate.of(2023, 7, 1)).isCarriedForward(), "1 July 2023: covered");
        assertFalse(RULES.hourlyCostOn(LocalDate.of(2022, 12, 31)).isCarriedForward(), "2022: the cost of 2022");
        // the prepaid hours of 2023 are counted at the cost in force on 1 January 2023
        assertEquals(Hours.of(7), RULES.cotisation(Fixtures.marigny(), java.time.Year.of(2023)).prepaidHours().orElseThrow());
    }

    @Test
    void eachHourIsPricedAtTheCostInForceOnTheDayItWasWorked() {
        List<TimesheetEntry> entries = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 6, 26); !d.isAfter(LocalDate.of(2023, 7, 7)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                entries.add(TimesheetEntry.of(d, Hours.of(7), Activity.WORK));
            }
        }
        MissionSheet sheet = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 6, 26), LocalDate.of(2023, 7, 7),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withTimesheet(entries);
        MissionBill bill = RULES.invoice(sheet);
        YearSettlement y = bill.settlements().get(0);
        assertEquals(2, y.portions().size());
        assertEquals(Hours.of(28), y.portions().get(0).hoursBilled(), "26–30 June: 35 h − 7 h prepaid");
        assertEquals(Money.parse("840.00"), y.portions().get(0).amount(), "28 h × 30 €");
        assertTrue(y.portions().get(0).provisional());
        assertEquals(Hours.of(35), y.portions().get(1).hoursBilled(), "3–7 July");
        assertEquals(Money.parse("1102.50"), y.portions().get(1).amount(), "35 h × 31.50 €");
        assertFalse(y.portions().get(1).provisional());
        assertEquals(2, bill.bill().lines().size(), "one line per cost");
        assertEquals(Money.parse("1942.50"), bill.total());
        assertTrue(bill.findings().has("hourly-cost-provisional"), "June 2023 is under the 2022 cost carried forward");

        MissionSheet julyOnly = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 7),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withTimesheet(entries.subList(5, 10));
        MissionBill july = RULES.invoice(julyOnly);
        assertFalse(july.findings().has("hourly-cost-provisional"), "a revision covers 3–7 July 2023");
        assertEquals(Money.parse("882.00"), july.total(), "(35 − 7) h × 31.50 €");
    }
}
