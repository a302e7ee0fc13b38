package fr.cdgrules.cucm.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.convention.TerminationDues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Art. 5: the cotisation buys « un nombre de jour de travail équivalent « payées d'avance » » for the
 * year; art. 10: « La commune restera redevable des remboursements pour remplacement et de la
 * cotisation forfaitaire de l'année en cours ». All the missions of a year share that year's prepaid
 * hours once.
 */
class SharedPrepaidHoursTest {
    static final CucmRules RULES = CucmRules.defaults();

    static MissionSheet mission(LocalDate first, int days) {
        List<TimesheetEntry> entries = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            entries.add(TimesheetEntry.of(first.plusDays(i), Hours.of(7), Activity.WORK));
        }
        return MissionSheet.of(Fixtures.marigny(), first, first.plusDays(days - 1), WorkSchedule.HOURS_35)
                .withAdhesionDate(Fixtures.ADHESION).withTimesheet(entries);
    }

    static final MissionSheet MARCH = mission(LocalDate.of(2023, 3, 6), 3);   // 21 h
    static final MissionSheet MAY = mission(LocalDate.of(2023, 5, 15), 2);     // 14 h

    @Test
    void theMissionsOfAYearShareItsSevenPrepaidHoursOnce() {
        // billed one by one, each would use the 7 h: 14 h × 30 + 7 h × 30 = 630 €
        assertEquals(Money.parse("630.00"), RULES.invoice(MARCH).total().plus(RULES.invoice(MAY).total()));
        // together, in order of first day: March uses the 7 h; May has none left
        List<MissionBill> bills = RULES.invoices(List.of(MAY, MARCH));
        assertEquals(Hours.of(21), bills.get(0).settlements().get(0).hoursWorked(), "March first");
        assertEquals(Money.parse("420.00"), bills.get(0).total(), "21 h − 7 h prepaid = 14 h × 30 €");
        assertEquals(Hours.of(7), bills.get(1).settlements().get(0).prepaidAlreadyUsed());
        assertEquals(Money.parse("420.00"), bills.get(1).total(), "14 h × 30 €, no prepaid hour left");
    }

    @Test
    void whatStaysDueAtTerminationCountsThePrepaidHoursOnce() {
        Convention c = RULES.convention().withFormalNotice(LocalDate.of(2023, 6, 1), "cotisation 2023 non réglée")
                .withFaultTerminationConfirmed(LocalDate.of(2023, 7, 3));
        TerminationDues dues = RULES.dueAtTermination(c, Fixtures.marigny(), false, List.of(MARCH, MAY));
        assertEquals(Money.parse("210.00"), dues.cotisationDue(), "« la cotisation forfaitaire de l'année en cours »");
        assertEquals(Money.parse("840.00"), dues.replacementsDue(), "35 h − 7 h prepaid, once = 28 h × 30 €");
        assertEquals(Money.parse("1050.00"), dues.total());
    }

    @Test
    void aLaterMissionCannotContradictTheEarlierOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RULES.invoices(List.of(MARCH,
                MAY.withPrepaidHoursAlreadyUsed(Hours.ZERO))));
        assertEquals("missions[1].prepaidHoursAlreadyUsed", e.field().orElseThrow());
        assertEquals(2, RULES.invoices(List.of(MARCH, MAY.withPrepaidHoursAlreadyUsed(Hours.of(7)))).size());
        InvalidInputException other = assertThrows(InvalidInputException.class, () -> RULES.invoices(List.of(MARCH,
                MissionSheet.of(Fixtures.ecuisses(), LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 15),
                        WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION).withTimesheet(
                                List.of(TimesheetEntry.of(LocalDate.of(2023, 5, 15), Hours.of(7), Activity.WORK))))));
        assertEquals("missions[1].commune", other.field().orElseThrow());
        assertThrows(NullPointerException.class, () -> RULES.invoices(null));
        assertEquals(Optional.empty(), RULES.invoices(List.of()).stream().findFirst());
    }
}
