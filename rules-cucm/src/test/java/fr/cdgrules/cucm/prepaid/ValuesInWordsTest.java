package fr.cdgrules.cucm.prepaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.convention.ForceMajeure;
import fr.cdgrules.cucm.convention.Reconduction;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Art. 5, 10 and 12 values as a person reads them, and the limits of the prepaid hours already used (art. 5). */
class ValuesInWordsTest {
    private static final Year Y2023 = Year.of(2023);

    /** 210 € at 30 €/h: 7 h « payées d'avance » in 2023. */
    private static PrepaidLedger seven() {
        return PrepaidWork.grant(PrepaidLedger.empty(), Y2023, Money.ofEuros(210), Money.ofEuros(30));
    }

    @Test
    void theHoursAlreadyUsedAreAtMostTheGrantAndNeverNegative() {
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> PrepaidWork.alreadyUsed(seven(), Y2023, Hours.parse("-1")));
        assertEquals("prepaidHoursAlreadyUsed", negative.field().orElseThrow());
        InvalidInputException more = assertThrows(InvalidInputException.class,
                () -> PrepaidWork.alreadyUsed(seven(), Y2023, Hours.parse("7.01")));
        assertEquals("invalid prepaidHoursAlreadyUsed: 7.01 h of prepaid work already used in 2023, but the cotisation "
                + "bought only 7 h (003 art. 5)", more.getMessage());
        assertEquals(Hours.ZERO, PrepaidWork.alreadyUsed(seven(), Y2023, Hours.of(7)).balance(Y2023), "all of it");
        PrepaidLedger ledger = seven();
        assertSame(ledger, PrepaidWork.alreadyUsed(ledger, Y2023, Hours.ZERO), "none used: the ledger as it was");
    }

    @Test
    void whatIsLeftOn31DecemberIsForfeited() {
        PrepaidLedger closed = PrepaidWork.closeYear(PrepaidWork.alreadyUsed(seven(), Y2023, Hours.of(3)), Y2023);
        assertEquals(LocalDate.of(2023, 12, 31), closed.entries().get(closed.entries().size() - 1).date());
        assertEquals(Hours.ZERO, closed.balance(Y2023));
    }

    @Test
    void theUnitCostSaysItsStructureCostRateWhenTheDecisionGivesIt() {
        assertEquals("30.00 €/h (frais de structure 15.10 %)", HourlyUnitCost.of(Money.parse("30.00"),
                new BigDecimal("15.10")).toString());
        assertEquals("31.50 €/h", HourlyUnitCost.of(Money.parse("31.50")).toString());
        assertEquals("30.00 €/h (frais de structure 0 %)", HourlyUnitCost.of(Money.parse("30.00"), BigDecimal.ZERO)
                .toString(), "a rate of 0 % is a rate");
        InvalidInputException zero = assertThrows(InvalidInputException.class, () -> HourlyUnitCost.of(Money.ZERO));
        assertEquals("hourlyUnitCost.hourlyRate", zero.field().orElseThrow());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> HourlyUnitCost.of(Money.parse("30.00"), new BigDecimal("-0.01")));
        assertEquals("invalid hourlyUnitCost.structureCostRate: a structure-cost rate cannot be negative, got -0.01 "
                + "(003 art. 5)", negative.getMessage());
    }

    @Test
    void forceMajeureAndReconductionSayWhatTheyRecord() {
        assertEquals("force majeure (inondation de la mairie, established on 2023-03-20)",
                ForceMajeure.established("inondation de la mairie", LocalDate.of(2023, 3, 20)).toString());
        assertEquals("reconduction decided on 2024-06-20 until 2026-06-30 (avenant n° 1)",
                Reconduction.of(LocalDate.of(2024, 6, 20), LocalDate.of(2026, 6, 30), "avenant n° 1").toString());
        // a reconduction may end the day it is decided (it does not extend anything: refused when recorded)
        assertEquals(LocalDate.of(2024, 6, 20), Reconduction.of(LocalDate.of(2024, 6, 20), LocalDate.of(2024, 6, 20),
                "avenant n° 1").lastDay());
        InvalidInputException before = assertThrows(InvalidInputException.class, () -> Reconduction.of(
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 6, 19), "avenant n° 1"));
        assertEquals("invalid reconduction.lastDay: the last day 2024-06-19 is before the decision of 2024-06-20 "
                + "(003 art. 12)", before.getMessage());
    }
}
