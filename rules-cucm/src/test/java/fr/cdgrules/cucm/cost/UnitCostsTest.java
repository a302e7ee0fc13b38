package fr.cdgrules.cucm.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NothingInForceException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.source.CucmText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitCostsTest {
    @Test
    void the2022CostIs30EurosWithAStructureCostRateOf15Point10Percent() {
        InForce<HourlyUnitCost> c = UnitCosts.bundled().forYear(Year.of(2022));
        assertEquals(Money.parse("30.00"), c.value().hourlyRate());
        assertEquals(Optional.of(new BigDecimal("15.10")), c.value().structureCostRate());
        assertEquals(2, c.value().structureCostRate().orElseThrow().scale(), "kept exact, as written");
        assertFalse(c.isCarriedForward());
        assertEquals(CucmText.ART_5, c.version().source().citation());
        assertTrue(c.version().source().decision().contains("30 juin 2022"));
    }

    @Test
    void aYearWithoutPublishedCostCarriesTheLastOneForwardAsProvisional() {
        InForce<HourlyUnitCost> c = UnitCosts.bundled().forYear(Year.of(2023));
        assertEquals(Money.parse("30.00"), c.value().hourlyRate());
        assertTrue(c.isCarriedForward());
        assertTrue(UnitCosts.describe(c).startsWith("PROVISIONAL"));
        assertTrue(UnitCosts.use(c).carriedForward());
        assertThrows(NothingInForceException.class, () -> UnitCosts.bundled().forYear(Year.of(2021)));
    }

    @Test
    void aCallerRecordsARevision() {
        CucmRules revised = CucmRules.defaults().withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST);
        assertEquals(Money.parse("31.50"), revised.hourlyCost(Year.of(2024)).value().hourlyRate());
        assertFalse(revised.hourlyCost(Year.of(2024)).isCarriedForward());
        assertEquals(Money.parse("30.00"), revised.hourlyCost(Year.of(2023)).value().hourlyRate());
        assertEquals(Money.parse("31.50"), revised.unitCosts().rateForYear(Year.of(2024)).value());
        // the standard rules are unchanged
        assertEquals(Money.parse("30.00"), CucmRules.defaults().hourlyCost(Year.of(2024)).value().hourlyRate());
        // a second version on the same day is refused
        assertThrows(InvalidInputException.class, () -> revised.withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST));
    }

    @Test
    void aCostMustBePositive() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HourlyUnitCost.of(Money.ZERO));
        assertEquals("hourlyUnitCost.hourlyRate", e.field().orElseThrow());
        assertThrows(InvalidInputException.class,
                () -> HourlyUnitCost.of(Money.ofEuros(30), new BigDecimal("-1")));
    }

    @Test
    void aCostRoundTripsThroughJson() {
        HourlyUnitCost c = HourlyUnitCost.of(Money.parse("31.50"), new BigDecimal("15.60"));
        assertEquals(c, CdgJson.read(CdgJson.write(c), HourlyUnitCost.class));
        Version<HourlyUnitCost> v = Version.of(LocalDate.of(2025, 1, 1), c, Source.of("test", CucmText.ART_5));
        assertEquals("31.50 €/h (frais de structure 15.60 %)", v.value().toString());
    }
}
