package fr.cdgrules.cucm.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionSheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CUCM year compares by its missions, invoices and statements, not by the rules that made it. */
class CucmYearEqualityTest {
    @Test
    void twoYearsOfTheSameMissionsAreEqual() {
        CucmYear a = CucmYearTest.sample();
        CucmYear b = CucmYearTest.sample();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void oneMissionLessMakesThemUnequal() {
        List<MissionSheet> missions = new ArrayList<>(Arrays.asList(CdgJson.read(CucmYearTest.SAMPLE,
                MissionSheet[].class)));
        missions.remove(missions.size() - 1);
        assertNotEquals(CucmYearTest.sample(), CucmRules.defaults().year(missions));
    }
}
