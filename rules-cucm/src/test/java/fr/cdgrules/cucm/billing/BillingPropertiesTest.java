package fr.cdgrules.cucm.billing;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingPropertiesTest {
    /** Rules with the hypothetical 2024 cost (31.50 €/h, fractional prepaid hours) and every RTT reading. */
    static final List<CucmRules> RULES = List.of(
            CucmRules.defaults().withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST),
            CucmRules.defaults().withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST)
                    .withReadings(CucmReadings.defaults().withRtt(RttReading.EXCESS_OVER_35_HOURS)),
            CucmRules.defaults().withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST)
                    .withReadings(CucmReadings.defaults().withRtt(RttReading.AS_RECORDED)));

    static final Activity[] ACTIVITIES = Activity.values();

    /**
     * A mission from 11 December 2023 over {@code days} days (it may run into 2024, whose cost is
     * 31.50 €/h), one entry per code: hours in quarter hours, activity from the code.
     */
    static MissionSheet sheet(List<Integer> codes, int population, int alreadyUsedQuarters, boolean longSchedule) {
        LocalDate first = LocalDate.of(2023, 12, 11);
        List<TimesheetEntry> entries = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            entries.add(TimesheetEntry.of(first.plusDays(i), Hours.ofFraction(code % 41, 4),
                    code % 7 < 4 ? Activity.WORK : ACTIVITIES[code % ACTIVITIES.length]));
        }
        LocalDate last = first.plusDays(Math.max(codes.size(), 1) - 1);
        return MissionSheet.of(Fixtures.memberOf(population), first, last,
                        longSchedule ? WorkSchedule.HOURS_37_5 : WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)
                .withTimesheet(entries)
                .withPrepaidHoursAlreadyUsed(Hours.ofFraction(Math.min(alreadyUsedQuarters, 28), 4));
    }

    @Test
    void propertyPrepaidUsedPlusBilledEqualsBillableHours() {
        for (CucmRules rules : RULES) {
            qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 60), integers().between(1, 12000),
                    integers().between(0, 28), integers().between(0, 1)).check((codes, population, used, schedule) -> {
                        MissionBill bill = rules.invoice(sheet(codes, population, used, schedule == 1));
                        Hours worked = sheet(codes, population, used, schedule == 1).actualTimesheet().total(Activity.WORK);
                        boolean perYear = bill.settlements().stream().allMatch(s ->
                                s.prepaidUsed().plus(s.hoursBilled()).equals(s.hoursWorked().plus(s.rttHoursBilled()))
                                        && !s.prepaidBalance().isNegative() && !s.hoursBilled().isNegative()
                                        && s.prepaidUsed().compareTo(s.prepaidGranted().minus(s.prepaidAlreadyUsed())) <= 0);
                        Hours workedInSettlements = bill.settlements().stream().map(YearSettlement::hoursWorked)
                                .reduce(Hours.ZERO, Hours::plus);
                        return perYear && workedInSettlements.equals(worked)
                                && bill.prepaidUsed().plus(bill.hoursBilled()).equals(bill.hoursBillable());
                    });
        }
    }

    @Test
    void propertyOn35HoursPrepaidUsedPlusBilledEqualsHoursWorked() {
        CucmRules rules = RULES.get(0);
        qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 60), integers().between(1, 12000))
                .check((codes, population) -> {
                    MissionSheet s = sheet(codes, population, 0, false);
                    MissionBill bill = rules.invoice(s);
                    return bill.prepaidUsed().plus(bill.hoursBilled()).equals(s.actualTimesheet().total(Activity.WORK));
                });
    }

    @Test
    void propertyInvoiceTotalIsTheSumOfItsLinesAndEachLineIsBilledHoursTimesUnitCost() {
        for (CucmRules rules : RULES) {
            qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 60), integers().between(1, 12000),
                    integers().between(0, 28), integers().between(0, 1)).check((codes, population, used, schedule) -> {
                        MissionBill bill = rules.invoice(sheet(codes, population, used, schedule == 1));
                        List<InvoiceLine> lines = bill.bill().lines();
                        Money sum = Money.total(lines.stream().map(InvoiceLine::amount).toList());
                        Money expected = Money.total(bill.settlements().stream()
                                .map(s -> rules.hourlyCost(s.year()).value().hourlyRate().multipliedBy(s.hoursBilled()))
                                .toList());
                        boolean linesMatch = lines.size() == bill.settlements().size();
                        for (int i = 0; linesMatch && i < lines.size(); i++) {
                            YearSettlement s = bill.settlements().get(i);
                            linesMatch = lines.get(i).quantity().equals(s.hoursBilled())
                                    && lines.get(i).unitPrice().equals(rules.hourlyCost(s.year()).value().hourlyRate());
                        }
                        return linesMatch && bill.total().equals(sum) && sum.equals(expected);
                    });
        }
    }

    @Test
    void propertyTheEstimateOfTheHoursWorkedIsTheInvoiceWhenNothingElseIsRecorded() {
        CucmRules rules = RULES.get(0);
        qt().forAll(integers().between(0, 400), integers().between(1, 12000)).check((quarters, population) -> {
            Hours h = Hours.ofFraction(quarters, 4);
            MissionSheet s = MissionSheet.of(Fixtures.memberOf(population), LocalDate.of(2024, 3, 4),
                    LocalDate.of(2024, 3, 4), WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withPlannedHours(h)
                    .withTimesheet(List.of(TimesheetEntry.of(LocalDate.of(2024, 3, 4), h.min(Hours.of(24)), Activity.WORK)));
            return h.compareTo(Hours.of(24)) > 0 || rules.estimate(s).total().equals(rules.invoice(s).total());
        });
    }
}
