package fr.cdgrules.cucm.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Art. 10: « A moins que les manquements ne soient imputables à des circonstances de force majeure
 * dûment établies, la communauté urbaine pourra prononcer de plein droit [...] la résiliation »;
 * « une mise en demeure [...] assortie d'un délai d'un mois pour se mettre en conformité ».
 */
class ForceMajeureTest {
    static final CucmRules RULES = CucmRules.defaults();
    static final ForceMajeure FLOOD = ForceMajeure.established("inondation de la mairie", LocalDate.of(2023, 3, 20));

    @Test
    void forceMajeureBarsATerminationForFault() {
        Convention noticed = RULES.formalNotice(RULES.convention(), LocalDate.of(2023, 3, 10),
                "relevé d'heures non transmis", Optional.empty());
        NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                () -> RULES.confirmFaultTermination(noticed, LocalDate.of(2023, 4, 11), Optional.of(FLOOD)));
        assertTrue(e.getMessage().contains("force majeure dûment établies"), e.getMessage());
        assertEquals(java.util.List.of(CucmText.ART_10), e.rules());
        assertThrows(NoRuleAppliesException.class, () -> RULES.formalNotice(RULES.convention(), LocalDate.of(2023, 3, 10),
                "relevé d'heures non transmis", Optional.of(FLOOD)));
        Convention terminated = RULES.confirmFaultTermination(noticed, LocalDate.of(2023, 4, 11), Optional.empty());
        assertEquals(TerminationKind.FOR_FAULT, terminated.termination().orElseThrow().kind());
        assertThrows(InvalidInputException.class, () -> ForceMajeure.established(" ", LocalDate.of(2023, 3, 20)));
    }

    @Test
    void theMonthToComplyIsCountedFromTheNotificationUnderTheCivilProcedureByDefault() {
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, CucmReadings.defaults().curePeriodCounting());
        // served 10 March 2023: the month expires at the end of 10 April; the confirming letter can follow on 11 April
        assertEquals(LocalDate.of(2023, 4, 10), cure(RULES, LocalDate.of(2023, 3, 10)));
        assertThrows(NoRuleAppliesException.class, () -> RULES.convention()
                .withFormalNotice(LocalDate.of(2023, 3, 10), "x").withFaultTerminationConfirmed(LocalDate.of(2023, 4, 10)));
        // the 28th, 29th, 30th and 31st of a month give different days unless the calendar forces it
        assertEquals(LocalDate.of(2023, 2, 28), cure(RULES, LocalDate.of(2023, 1, 28)));
        assertEquals(LocalDate.of(2023, 2, 28), cure(RULES, LocalDate.of(2023, 1, 31)), "no 31 February");
        assertEquals(LocalDate.of(2023, 5, 30), cure(RULES, LocalDate.of(2023, 4, 30)));
        assertEquals(LocalDate.of(2023, 6, 29), cure(RULES, LocalDate.of(2023, 5, 29)));
        assertEquals(LocalDate.of(2024, 2, 29), cure(RULES, LocalDate.of(2024, 1, 31)), "2024 is a leap year");
    }

    @Test
    void theOtherReadingEndsTheMonthTheDayBefore() {
        CucmRules other = RULES.withReadings(CucmReadings.defaults().withCurePeriodCounting(PeriodCounting.EXPIRY_DAY_EXCLUDED));
        assertEquals(LocalDate.of(2023, 4, 9), cure(other, LocalDate.of(2023, 3, 10)));
        assertEquals(LocalDate.of(2023, 2, 27), cure(other, LocalDate.of(2023, 1, 31)));
        assertEquals(PeriodCounting.EXPIRY_DAY_EXCLUDED, other.framework().cureCounting());
    }

    static LocalDate cure(CucmRules rules, LocalDate servedOn) {
        return rules.convention().withFormalNotice(servedOn, "manquement").formalNotices().get(0).cureDeadline();
    }
}
