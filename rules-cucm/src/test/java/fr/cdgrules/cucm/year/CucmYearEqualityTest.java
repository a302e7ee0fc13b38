package fr.cdgrules.cucm.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmModule;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionSheet;
import java.time.Year;
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

    /**
     * A HYPOTHETICAL avenant (art. 12: « Toute modification de la présente convention devra faire l'objet d'un
     * avenant ») re-adopting the scale of art. 5 unchanged from 1 January 2023: no such decision is in the sources.
     */
    static final String SCALE_BY_AVENANT = """
            module: cucm
            parameters:
              cotisation:
                versions:
                  - effective: 2023-01-01
                    decision: "HYPOTHETICAL avenant n° 1 re-adopting the scale unchanged, for tests only"
                    article: "003 art. 12"
                    strata:
                      - { from: 1,     to: 999,  wording: "De 1 à 999 habitants",        fee: "210.00" }
                      - { from: 1000,  to: 2499, wording: "De 1000 à 2 499 habitants",   fee: "420.00" }
                      - { from: 2500,  to: 4499, wording: "De 2 500 à 4 499 habitants",  fee: "630.00" }
                      - { from: 4500,  to: 9999, wording: "De 4 500 à 9 999 habitants",  fee: "840.00" }
                      - { from: 10000,           wording: "Au-delà de 10 000 habitants", fee: "1050.00" }
            """;

    @Test
    void theSameInvoicesStatedUnderAnotherDecisionMakeUnequalYears() {
        List<MissionSheet> missions = Arrays.asList(CdgJson.read(CucmYearTest.SAMPLE, MissionSheet[].class));
        CucmRules avenant = new CucmModule().withParameters(DescriptorLoader.readFragment("avenant.yaml",
                SCALE_BY_AVENANT)).rules();
        CucmYear bundled = CucmRules.defaults().year(missions);
        CucmYear restated = avenant.year(missions);
        // the same cotisations and prepaid hours: the same invoices...
        assertEquals(bundled.missions(), restated.missions());
        assertEquals(bundled.invoices(), restated.invoices());
        // ...but the statements of 2023 cite the scale's deciding act, the avenant
        assertTrue(restated.statements(Year.of(2023)).get(0).citations().contains(CucmArticles.ART_12));
        assertNotEquals(bundled.statements(Year.of(2023)), restated.statements(Year.of(2023)));
        assertNotEquals(bundled, restated);
        assertTrue(bundled.equals(bundled));
    }
}
