package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.cotisation.TenThousandReading;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The rules as a whole: built from readings and a descriptor, saying what they are made of. */
class CucmRulesTest {
    @Test
    void theRulesOfTheBundledDescriptorUnderTheDefaultReadingsAreTheDefaults() {
        CucmRules built = CucmRules.of(CucmReadings.defaults(), CucmDescriptor.bundled());
        assertEquals(CucmReadings.defaults(), built.readings());
        assertSame(CucmDescriptor.bundled(), built.descriptor());
        assertEquals(CucmRules.defaults().toString(), built.toString());
        assertEquals(Money.ofEuros(840), CucmRules.of(CucmReadings.defaults().withTenThousand(
                TenThousandReading.FOURTH_STRATUM), CucmDescriptor.bundled()).cotisation(Fixtures.memberOf(10_000),
                        Year.of(2023)).annualFee().orElseThrow());
        assertThrows(NullPointerException.class, () -> CucmRules.of(null, CucmDescriptor.bundled()));
        assertThrows(NullPointerException.class, () -> CucmRules.of(CucmReadings.defaults(), null));
    }

    @SuppressWarnings("deprecation")
    @Test
    void theDeprecatedFactoryIsTheDefaults() {
        assertSame(CucmRules.defaults(), CucmRules.standard());
    }

    @Test
    void theRulesSayTheirReadingsCostsAndPeriod() {
        assertEquals("CucmRules[CucmReadings[TOP_STRATUM, EQUAL_TO_ILLNESS_AND_MATERNITY, REASON_THEN_PROFILE, "
                + "PRO_RATA_OF_ANNUAL_OBLIGATION, SCHEDULE_DAY, FORM_SIGNATURE, CIVIL_PROCEDURE, WEEKDAYS_PRO_RATA], "
                + CucmRules.defaults().unitCosts() + ", framework convention 2022-07-01 to 2024-06-30 (art. 9)]",
                CucmRules.defaults().toString());
        assertNotEquals(CucmRules.defaults().toString(), CucmRules.defaults()
                .withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST).toString(), "a revision is part of the rules");
    }

    @Test
    void theCostOfAYearIsTheOneInForceOn1January() {
        CucmRules revised = CucmRules.defaults().withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST);
        assertEquals(Money.parse("31.50"), revised.hourlyCost(Year.of(2024)).value().hourlyRate());
        assertEquals(Money.parse("30.00"), revised.hourlyCost(Year.of(2023)).value().hourlyRate());
        assertTrue(revised.hourlyCost(Year.of(2023)).isCarriedForward());
        assertEquals(Money.parse("31.50"), revised.hourlyCostOn(LocalDate.of(2024, 1, 1)).value().hourlyRate());
        assertEquals(Money.parse("30.00"), revised.hourlyCostOn(LocalDate.of(2023, 12, 31)).value().hourlyRate());
    }

    @Test
    void aCommuneOutsideTheCucmHasNoPrepaidWork() {
        // art. 3: « Toutes les communes de la CUCM peuvent adhérer au service commun »
        NotEligibleException e = assertThrows(NotEligibleException.class,
                () -> CucmRules.defaults().prepaidLedger(Fixtures.autun(), Year.of(2023)));
        assertTrue(e.getMessage().startsWith("not eligible: the prepaid work of Autun (71014) for 2023: Autun (71014) is "
                + "outside the territory served"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(003 art. 3)"), e.getMessage());
        assertEquals(Hours.of(7), CucmRules.defaults().prepaidLedger(Fixtures.marigny(), Year.of(2023))
                .balance(Year.of(2023)), "210 € ÷ 30 €/h");
    }
}
