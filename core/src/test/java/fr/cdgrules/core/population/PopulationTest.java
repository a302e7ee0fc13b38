package fr.cdgrules.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.error.InvalidInputException;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PopulationTest {
    @Test
    void defaultBasisIsMunicipaleAndVintageIsExplicit() {
        Population clesse = Population.of(923, Year.of(2026));
        assertEquals(PopulationBasis.MUNICIPALE, clesse.basis());
        assertEquals(Year.of(2026), clesse.vintage());
        assertEquals(PopulationBasis.TOTALE, Population.of(925, PopulationBasis.TOTALE, Year.of(2026)).basis());
    }

    @Test
    void zeroIsAPopulationButNegativeIsRefused() {
        assertEquals(0, Population.of(0, Year.of(2026)).inhabitants());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Population.of(-1, Year.of(2026)));
        assertEquals("population.inhabitants", e.field().orElseThrow());
    }
}
