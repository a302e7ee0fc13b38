package fr.cdgrules.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command line's view of the bundled communes: the same data, as core collectivities. */
class CommuneDirectoryTest {
    private static final CommuneDirectory ALL = CommuneDirectory.bundled();

    @Test
    void theSameCommunesAsTheLibrary() {
        assertEquals(34_969, ALL.size());
        assertEquals(34, ALL.inEpci("247100290").size());
        assertEquals(ALL.all().stream().filter(c -> c.department().equals("79")).toList(), ALL.inDepartment("79"));
        assertEquals(Optional.empty(), ALL.find("99999"));
    }

    @Test
    void clesseAsACollectivity() {
        Collectivity col = ALL.find("79094").orElseThrow().collectivity();
        assertEquals(923, col.population().inhabitants());
        assertEquals(PopulationBasis.MUNICIPALE, col.population().basis());
        assertEquals(Year.of(2026), col.population().vintage());
        assertEquals(Optional.of("200040244"), col.epciSiren());
        assertEquals("Clessé (79094)", col.toString());
    }

    @Test
    void aCommuneWithoutPopulationCannotBeACollectivityWithoutOne() {
        List<Commune> none = ALL.all().stream().filter(c -> !c.hasPopulation()).toList();
        assertEquals(6, none.size());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> none.get(0).collectivity());
        assertEquals(Optional.of("population"), e.field());
        assertEquals(1200, none.get(0).withPopulation(1200).population().inhabitants());
    }
}
