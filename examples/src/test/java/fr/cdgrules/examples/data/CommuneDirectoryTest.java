package fr.cdgrules.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The loader of the bundled INSEE 2026 communes; figures from the data's PROVENANCE.md. */
class CommuneDirectoryTest {
    private static final CommuneDirectory ALL = CommuneDirectory.bundled();

    @Test
    void bundledHasEveryCurrentCommune() {
        assertEquals(34_969, ALL.size());
        assertEquals(34_969, ALL.all().size());
    }

    @Test
    void clesseIsWhatTheDataSays() {
        Commune c = ALL.find("79094").orElseThrow();
        assertEquals("Clessé", c.name());
        assertEquals("79", c.department());
        assertEquals(Optional.of("200040244"), c.epciSiren());
        assertEquals(OptionalLong.of(923), c.population());
        Collectivity col = c.collectivity();
        assertEquals(923, col.population().inhabitants());
        assertEquals(PopulationBasis.MUNICIPALE, col.population().basis());
        assertEquals(Year.of(2026), col.population().vintage());
        assertEquals("Clessé (79094)", col.toString());
    }

    @Test
    void sixCommunesHaveNoPopulationAndCannotBeACollectivityWithoutOne() {
        List<Commune> none = ALL.all().stream().filter(c -> !c.hasPopulation()).toList();
        assertEquals(List.of("98411", "98412", "98413", "98414", "98415", "98901"),
                none.stream().map(Commune::code).toList());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> none.get(0).collectivity());
        assertEquals(Optional.of("population"), e.field());
        assertEquals(1200, none.get(0).withPopulation(1200).population().inhabitants());
    }

    @Test
    void ninetyEightCommunesHaveNoEpci() {
        assertEquals(98, ALL.all().stream().filter(c -> c.epciSiren().isEmpty()).count());
        assertTrue(ALL.find("22016").orElseThrow().epciSiren().isEmpty());
    }

    @Test
    void theCucmHas34MembersOfWhich11Under600() {
        List<Commune> cucm = ALL.inEpci("247100290");
        assertEquals(34, cucm.size());
        assertEquals(11, cucm.stream().filter(c -> c.population().orElseThrow() < 600).count());
    }

    @Test
    void departmentsIncludingCorsicaAndOverseas() {
        List<Commune> d2a = ALL.inDepartment("2A");
        assertFalse(d2a.isEmpty());
        assertTrue(d2a.stream().allMatch(c -> c.code().startsWith("2A")));
        assertEquals("2A004", ALL.find("2A004").orElseThrow().code());
        assertFalse(ALL.inDepartment("971").isEmpty());
        assertTrue(ALL.inDepartment("00").isEmpty());
        assertTrue(ALL.inEpci("123456789").isEmpty());
    }

    @Test
    void sortedByCodeAndFindsEveryOne() {
        List<Commune> all = ALL.all();
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0, all.get(i).code());
        }
        for (Commune c : all) {
            assertEquals(Optional.of(c), ALL.find(c.code()));
        }
        assertEquals(Optional.empty(), ALL.find("99999"));
        assertEquals(Optional.empty(), ALL.find(""));
    }

    @Test
    void parsesRfc4180QuotingAndCrlf() {
        CommuneDirectory d = CommuneDirectory.parse(CommuneDirectory.HEADER + "\r\n"
                + "00002,\"Virgule, \"\"quoted\"\"\",01,,12\r\n"
                + "00001,Plain,01,200000001,\r\n");
        assertEquals(2, d.size());
        Commune q = d.find("00002").orElseThrow();
        assertEquals("Virgule, \"quoted\"", q.name());
        assertEquals(Optional.empty(), q.epciSiren());
        assertEquals(OptionalLong.of(12), q.population());
        Commune p = d.find("00001").orElseThrow();
        assertEquals(OptionalLong.empty(), p.population());
        assertEquals("00001", d.all().get(0).code());
    }

    @Test
    void refusesMalformedData() {
        assertThrows(IllegalStateException.class, () -> CommuneDirectory.parse("code,name\n"));
        assertThrows(IllegalStateException.class, () -> CommuneDirectory.parse(""));
        String h = CommuneDirectory.HEADER + "\n";
        assertThrows(IllegalStateException.class, () -> CommuneDirectory.parse(h + "00001,A,01,\n"));
        assertThrows(IllegalStateException.class, () -> CommuneDirectory.parse(h + "00001,A,01,,x\n"));
        assertThrows(IllegalStateException.class, () -> CommuneDirectory.parse(h + "00001,A,01,,-1\n"));
        assertThrows(IllegalStateException.class, () -> CommuneDirectory.parse(h + "00001,A,01,,1\n00001,B,01,,2\n"));
        assertThrows(IllegalStateException.class, () -> CommuneDirectory.parse(h + "00001,\"A,01,,1\n"));
        assertThrows(IllegalStateException.class, () -> CommuneDirectory.parse(h + ",A,01,,1\n"));
    }
}
