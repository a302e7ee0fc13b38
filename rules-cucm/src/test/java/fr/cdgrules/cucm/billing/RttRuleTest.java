package fr.cdgrules.cucm.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.CucmArticles;
import org.junit.jupiter.api.Test;

/**
 * Art. 6: « les jours de RTT qui seraient générés sur une période de remplacement au-delà de 1 mois seront
 * facturés »; « 12 jours si temps de travail de 37,5 heures/semaine; 0 jours si temps de travail de 35
 * heures/semaine », « au regard de l'obligation de travail de 1607 heures par an ». Each reading, in figures and
 * in the words the explanation gives: 225 h worked over six weeks, 7.5 h of RTT recorded.
 */
class RttRuleTest {
    private static final Hours WORKED = Hours.of(225);
    private static final Hours RECORDED = Hours.parse("7.5");

    private static String describe(RttRule rule) {
        return rule.describe(WorkSchedule.HOURS_37_5, true, WORKED, RECORDED);
    }

    @Test
    void proRataOfTheAnnualObligationInDaysOfTheSchedule() {
        RttRule rule = RttRule.of(RttReading.PRO_RATA_OF_ANNUAL_OBLIGATION, RttDayReading.SCHEDULE_DAY);
        assertEquals(Hours.ofFraction(20250, 1607), rule.billableHours(WorkSchedule.HOURS_37_5, true, WORKED, RECORDED));
        assertEquals("12 days × 225 h ÷ 1607 h = 2700/1607 day(s) × 7.5 h = 20250/1607 h (reading "
                + "PRO_RATA_OF_ANNUAL_OBLIGATION, SCHEDULE_DAY)", describe(rule));
        assertEquals(Hours.parse("7.5"), rule.dayHours(WorkSchedule.HOURS_37_5));
        assertEquals("RTT rule (PRO_RATA_OF_ANNUAL_OBLIGATION, SCHEDULE_DAY)", rule.toString());
    }

    @Test
    void proRataInDaysOfSevenHours() {
        // « sur la base de 7 heures/jour » (art. 5)
        RttRule rule = RttRule.of(RttReading.PRO_RATA_OF_ANNUAL_OBLIGATION, RttDayReading.SEVEN_HOUR_DAY);
        assertEquals(Hours.ofFraction(18900, 1607), rule.billableHours(WorkSchedule.HOURS_37_5, true, WORKED, RECORDED));
        assertEquals("12 days × 225 h ÷ 1607 h = 2700/1607 day(s) × 7 h = 18900/1607 h (reading "
                + "PRO_RATA_OF_ANNUAL_OBLIGATION, SEVEN_HOUR_DAY)", describe(rule));
        assertEquals(Hours.of(7), rule.dayHours(WorkSchedule.HOURS_37_5));
        assertEquals(RttDayReading.SEVEN_HOUR_DAY, rule.dayReading());
    }

    @Test
    void theHoursBeyond35AWeek() {
        RttRule rule = RttRule.of(RttReading.EXCESS_OVER_35_HOURS, RttDayReading.SCHEDULE_DAY);
        assertEquals(Hours.of(15), rule.billableHours(WorkSchedule.HOURS_37_5, true, WORKED, RECORDED));
        assertEquals("225 h × (37.5 − 35) ÷ 37.5 = 15 h (reading EXCESS_OVER_35_HOURS)", describe(rule));
    }

    @Test
    void theRttRecorded() {
        RttRule rule = RttRule.of(RttReading.AS_RECORDED, RttDayReading.SCHEDULE_DAY);
        assertEquals(RECORDED, rule.billableHours(WorkSchedule.HOURS_37_5, true, WORKED, RECORDED));
        assertEquals("7.5 h of RTT recorded on the timesheet (reading AS_RECORDED)", describe(rule));
        assertEquals(RttReading.AS_RECORDED, rule.reading());
    }

    @Test
    void noRttOn35HoursNorForOneMonthOrLessWhateverTheReading() {
        for (RttReading r : RttReading.values()) {
            RttRule rule = RttRule.of(r, RttDayReading.SCHEDULE_DAY);
            assertEquals(Hours.ZERO, rule.billableHours(WorkSchedule.HOURS_35, true, WORKED, RECORDED), r.name());
            assertEquals("0 h: « 0 jours si temps de travail de 35 heures/semaine »",
                    rule.describe(WorkSchedule.HOURS_35, true, WORKED, RECORDED));
            assertEquals(Hours.ZERO, rule.billableHours(WorkSchedule.HOURS_37_5, false, WORKED, RECORDED), r.name());
            assertEquals("0 h: the replacement does not last « au-delà de 1 mois »",
                    rule.describe(WorkSchedule.HOURS_37_5, false, WORKED, RECORDED));
        }
    }

    @Test
    void theScheduleIs35Or37HoursAndAHalf() {
        // « le régime horaire de l'agent/des agents est de 35 ou de 37,5 heures par semaine »
        assertEquals(WorkSchedule.HOURS_37_5, WorkSchedule.parse(" 37,5 "));
        assertEquals(WorkSchedule.HOURS_37_5, WorkSchedule.parse("37.5"));
        assertEquals(WorkSchedule.HOURS_35, WorkSchedule.parse("HOURS_35"));
        assertEquals("37.5", WorkSchedule.HOURS_37_5.label());
        assertEquals(Hours.parse("37.5"), WorkSchedule.HOURS_37_5.weeklyHours());
        assertEquals(Hours.of(7), WorkSchedule.HOURS_35.dailyHours());
        assertEquals(12, WorkSchedule.HOURS_37_5.rttDaysPerYear());
        assertEquals(0, WorkSchedule.HOURS_35.rttDaysPerYear());
        assertEquals("35 h/week", WorkSchedule.HOURS_35.toString());
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> WorkSchedule.parse(null));
        assertEquals("schedule", none.field().orElseThrow());
        assertEquals(java.util.List.of(CucmArticles.ART_6), none.rules());
    }
}
