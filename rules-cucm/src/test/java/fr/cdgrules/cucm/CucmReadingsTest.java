package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.cucm.billing.ForecastSplitReading;
import fr.cdgrules.cucm.billing.RttDayReading;
import fr.cdgrules.cucm.billing.RttReading;
import fr.cdgrules.cucm.cotisation.TenThousandReading;
import fr.cdgrules.cucm.membership.AdhesionDateReading;
import fr.cdgrules.cucm.replacement.AccidentRankReading;
import fr.cdgrules.cucm.replacement.PriorityCriteriaReading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readings compare by every choice: one reading chosen otherwise makes other readings (README, readings table). */
class CucmReadingsTest {
    private static final CucmReadings D = CucmReadings.defaults();

    @Test
    void eachReadingChosenOtherwiseMakesOtherReadings() {
        List<CucmReadings> others = List.of(D.withTenThousand(TenThousandReading.FOURTH_STRATUM),
                D.withAccidentRank(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY),
                D.withPriorityCriteria(PriorityCriteriaReading.PROFILE_THEN_REASON), D.withRtt(RttReading.AS_RECORDED),
                D.withRttDay(RttDayReading.SEVEN_HOUR_DAY), D.withAdhesionDate(AdhesionDateReading.COUNCIL_DELIBERATION),
                D.withCurePeriodCounting(PeriodCounting.EXPIRY_DAY_EXCLUDED),
                D.withForecastSplit(ForecastSplitReading.REQUIRE_DATED_FORECAST));
        for (CucmReadings r : others) {
            assertNotEquals(D, r, r.toString());
            assertNotEquals(r, D, r.toString());
        }
        assertEquals(8, others.stream().distinct().count());
        assertNotEquals(D, "CucmReadings");
    }

    @Test
    void theSameChoicesAreTheSameReadings() {
        CucmReadings same = D.withTenThousand(TenThousandReading.TOP_STRATUM).withRtt(RttReading.PRO_RATA_OF_ANNUAL_OBLIGATION)
                .withCurePeriodCounting(PeriodCounting.CIVIL_PROCEDURE);
        assertEquals(D, same);
        assertEquals(D.hashCode(), same.hashCode());
        assertEquals("CucmReadings[TOP_STRATUM, EQUAL_TO_ILLNESS_AND_MATERNITY, REASON_THEN_PROFILE, "
                + "PRO_RATA_OF_ANNUAL_OBLIGATION, SCHEDULE_DAY, FORM_SIGNATURE, CIVIL_PROCEDURE, WEEKDAYS_PRO_RATA]",
                D.toString());
        assertEquals(AdhesionDateReading.COUNCIL_DELIBERATION,
                D.withAdhesionDate(AdhesionDateReading.COUNCIL_DELIBERATION).adhesionDate());
        assertEquals(PriorityCriteriaReading.PROFILE_THEN_REASON,
                D.withPriorityCriteria(PriorityCriteriaReading.PROFILE_THEN_REASON).priorityCriteria());
        assertEquals(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY,
                D.withAccidentRank(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY).accidentRank());
    }

    @Test
    void aNullReadingIsRefusedNamingIt() {
        // the NullPointerException names the parameter, as everywhere (docs/LIMITS.md): each with… takes "reading"
        assertEquals("reading", assertThrows(NullPointerException.class,
                () -> D.withCurePeriodCounting(null)).getMessage());
        assertEquals("reading", assertThrows(NullPointerException.class, () -> D.withForecastSplit(null)).getMessage());
        assertEquals("reading", assertThrows(NullPointerException.class, () -> D.withTenThousand(null)).getMessage());
        assertEquals("reading", assertThrows(NullPointerException.class, () -> D.withAccidentRank(null)).getMessage());
        assertEquals("reading", assertThrows(NullPointerException.class,
                () -> D.withPriorityCriteria(null)).getMessage());
        assertEquals("reading", assertThrows(NullPointerException.class, () -> D.withRtt(null)).getMessage());
        assertEquals("reading", assertThrows(NullPointerException.class, () -> D.withRttDay(null)).getMessage());
        assertEquals("reading", assertThrows(NullPointerException.class, () -> D.withAdhesionDate(null)).getMessage());
        assertEquals("reading", assertThrows(NullPointerException.class,
                () -> fr.cdgrules.cucm.billing.RttRule.of(null, RttDayReading.SCHEDULE_DAY)).getMessage());
        assertEquals("criteriaReading", assertThrows(NullPointerException.class,
                () -> fr.cdgrules.cucm.replacement.PriorityOrder.of(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY, null))
                .getMessage());
    }

    @Test
    void theFixedFiguresAreReadFromTheDescriptorWhenAsked() {
        // read directly, not through a constant computed when its class was loaded
        assertEquals(600, CucmParameters.population("priorityPopulationBelow"), "« moins de 600 habitants »");
        assertEquals(30, CucmParameters.whole("paymentTermDays"), "« un délai de paiement de 30 jours »");
        assertEquals(new java.math.BigDecimal("1607"), CucmParameters.number(CucmDescriptor.bundled(),
                "annualObligationHours").stripTrailingZeros().setScale(0));
    }
}
