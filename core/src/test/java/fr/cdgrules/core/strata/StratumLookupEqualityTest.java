package fr.cdgrules.core.strata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A lookup compares by the population looked up, the stratum found and the reason it is outside. */
class StratumLookupEqualityTest {
    private static final StrataScale CDG79 = StrataScaleTest.CDG79;

    @Test
    void lookupsDifferingInPopulationStratumOrReasonAreDifferent() {
        // Clessé, 923 inhabitants: "Communes de 500 à 999 habitants", 150 € (000 art. 3.1)
        StratumLookup clesse = CDG79.lookup(923);
        assertEquals(clesse, CDG79.lookup(923));
        assertEquals(clesse.hashCode(), CDG79.lookup(923).hashCode());
        assertNotEquals(clesse, CDG79.lookup(924), "the same stratum, another population");
        assertNotEquals(CDG79.lookup(999), CDG79.withBorder(1, 998).lookup(999), "the same population, another stratum");
        StratumLookup above = CDG79.lookup(3501);
        assertEquals(above, CDG79.lookup(3501));
        assertNotEquals(CDG79.withCeiling(3499).lookup(3501), above, "outside two scales: other reasons");
        assertNotEquals(clesse, clesse.orElseThrow());
    }
}
