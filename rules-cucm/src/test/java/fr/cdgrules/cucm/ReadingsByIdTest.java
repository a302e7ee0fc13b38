package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.cucm.billing.ForecastSplitReading;
import fr.cdgrules.cucm.billing.RttDayReading;
import fr.cdgrules.cucm.billing.RttReading;
import fr.cdgrules.cucm.cotisation.TenThousandReading;
import fr.cdgrules.cucm.membership.AdhesionDateReading;
import fr.cdgrules.cucm.replacement.AccidentRankReading;
import fr.cdgrules.cucm.replacement.PriorityCriteriaReading;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every reading of {@link CucmReadings}, chosen by id through {@link RuleModule#withReadings(Map)}. */
class ReadingsByIdTest {
    private static final CucmModule MODULE = new CucmModule();

    @Test
    void curePeriodCountingSwitchesTheLastDayToComply() {
        // art. 10: « une mise en demeure [...] assortie d'un délai d'un mois », served 10 March 2023
        assertEquals(LocalDate.of(2023, 4, 10), cure(MODULE));
        assertEquals(LocalDate.of(2023, 4, 9), cure(MODULE.withReadings(Map.of("curePeriodCounting", "EXPIRY_DAY_EXCLUDED"))));
    }

    @Test
    void everyReadingIsSelectableById() {
        CucmReadings r = MODULE.withReadings(Map.of("tenThousand", "FOURTH_STRATUM", "rtt", "AS_RECORDED",
                "rttDay", "SEVEN_HOUR_DAY", "accidentRank", "AFTER_ILLNESS_AND_MATERNITY",
                "priorityCriteria", "PROFILE_THEN_REASON", "adhesionDate", "COUNCIL_DELIBERATION",
                "curePeriodCounting", "EXPIRY_DAY_EXCLUDED", "forecastSplit", "REQUIRE_DATED_FORECAST")).rules().readings();
        assertEquals(CucmReadings.defaults().withTenThousand(TenThousandReading.FOURTH_STRATUM)
                .withRtt(RttReading.AS_RECORDED).withRttDay(RttDayReading.SEVEN_HOUR_DAY)
                .withAccidentRank(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY)
                .withPriorityCriteria(PriorityCriteriaReading.PROFILE_THEN_REASON)
                .withAdhesionDate(AdhesionDateReading.COUNCIL_DELIBERATION)
                .withCurePeriodCounting(PeriodCounting.EXPIRY_DAY_EXCLUDED)
                .withForecastSplit(ForecastSplitReading.REQUIRE_DATED_FORECAST), r);
    }

    @Test
    void anUnknownReadingOrOptionIsRefusedNamingTheField() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("cureDelay", "TWO_MONTHS")));
        assertEquals("readings.cureDelay", unknown.field().orElseThrow());
        assertTrue(unknown.getMessage().contains("curePeriodCounting"), unknown.getMessage());
        InvalidInputException option = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("forecastSplit", "BY_MONTH")));
        assertEquals("readings.forecastSplit", option.field().orElseThrow());
    }

    private static LocalDate cure(CucmModule m) {
        return m.rules().convention().withFormalNotice(LocalDate.of(2023, 3, 10), "manquement").formalNotices().get(0)
                .cureDeadline();
    }
}
