package fr.cdgrules.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.register.FakeBody;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A simulation compares by its year and its communes' figures, not by the fee schedules that made it. */
class TariffSimulationEqualityTest {
    private static final List<Collectivity> COMMUNES = List.of(FakeBody.commune("99001", "99", 100),
            FakeBody.commune("99002", "99", 700));

    @Test
    void twoSimulationsOfTheSameCommunesAndYearAreEqual() {
        TariffSimulation a = TariffSimulation.of(COMMUNES, Year.of(2027), TariffSimulationTest.BEFORE,
                TariffSimulationTest.AFTER);
        TariffSimulation b = TariffSimulation.of(COMMUNES, Year.of(2027), TariffSimulationTest.BEFORE,
                TariffSimulationTest.AFTER);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        // the schedules are not compared, their fees are: a copy of the schedule gives an equal simulation
        assertEquals(a, TariffSimulation.of(COMMUNES, Year.of(2027), TariffSimulationTest.BEFORE::quote,
                TariffSimulationTest.AFTER::quote));
    }

    @Test
    void anotherYearOrOtherFeesOrAnotherCommuneMakeThemUnequal() {
        TariffSimulation a = TariffSimulation.of(COMMUNES, Year.of(2027), TariffSimulationTest.BEFORE,
                TariffSimulationTest.AFTER);
        assertNotEquals(a, TariffSimulation.of(COMMUNES, Year.of(2028), TariffSimulationTest.BEFORE,
                TariffSimulationTest.AFTER));
        assertNotEquals(a, TariffSimulation.of(COMMUNES, Year.of(2027), TariffSimulationTest.BEFORE,
                TariffSimulationTest.BEFORE));
        assertNotEquals(a, TariffSimulation.of(COMMUNES.subList(0, 1), Year.of(2027), TariffSimulationTest.BEFORE,
                TariffSimulationTest.AFTER));
    }
}
