package fr.cdgrules.cucm.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Art. 6: « les jours de RTT qui seraient générés sur une période de remplacement au-delà de 1 mois
 * seront facturés »; contract art. 4: « Renouvellement ou prolongation ». A prolonged replacement is
 * judged over the whole replacement period.
 */
class ProlongedReplacementRttTest {
    static final CucmRules RULES = CucmRules.defaults();

    /** The prolongation: 3 – 28 April 2023, 7.5 h on each weekday (20 days, 150 h), agent on 37.5 h. */
    static MissionSheet april() {
        List<TimesheetEntry> entries = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 4, 3); !d.isAfter(LocalDate.of(2023, 4, 28)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                entries.add(TimesheetEntry.of(d, Hours.ofFraction(15, 2), Activity.WORK));
            }
        }
        return MissionSheet.of(Fixtures.marigny(), LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 28),
                WorkSchedule.HOURS_37_5).withAdhesionDate(Fixtures.ADHESION).withTimesheet(entries);
    }

    @Test
    void aProlongationIsJudgedOverTheWholeReplacement() {
        assertFalse(april().isLongerThanOneMonth(), "3 – 28 April alone is less than a month");
        assertEquals(Hours.ZERO, RULES.invoice(april()).settlements().get(0).rttHoursBilled());
        // the replacement began on 6 March 2023 (a first contract of 6 – 31 March), prolonged in April
        MissionSheet prolonged = april().withReplacementStartedOn(LocalDate.of(2023, 3, 6));
        assertTrue(prolonged.isLongerThanOneMonth(), "6 March – 28 April: beyond one month");
        // 12 days × 150 h ÷ 1 607 h × 7.5 h
        assertEquals(Hours.ofFraction(13500, 1607), RULES.invoice(prolonged).settlements().get(0).rttHoursBilled());
        assertTrue(RULES.invoice(prolonged).explanation().render().contains("replacement started on"));
    }

    @Test
    void theReplacementCannotStartAfterTheProlongation() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> april().withReplacementStartedOn(LocalDate.of(2023, 4, 4)));
        assertEquals("replacementStartedOn", e.field().orElseThrow());
    }
}
