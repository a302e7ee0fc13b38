package fr.cdgrules.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import org.junit.jupiter.api.Test;

/** A territory compares by its description, departments, EPCI and article. */
class TerritoryEqualityTest {
    private static final Citation ART_OBJET = Citation.of("000", "préambule");

    @Test
    void territoriesDifferingInAnyPartAreDifferent() {
        Territory deuxSevres = Territory.departments("communes des Deux-Sèvres", ART_OBJET, "79");
        assertEquals(deuxSevres, Territory.departments("communes des Deux-Sèvres", ART_OBJET, "79"));
        assertEquals(deuxSevres.hashCode(), Territory.departments("communes des Deux-Sèvres", ART_OBJET, "79").hashCode());
        assertNotEquals(deuxSevres, Territory.departments("communes de la Vienne", ART_OBJET, "79"));
        assertNotEquals(deuxSevres, Territory.departments("communes des Deux-Sèvres", ART_OBJET, "86"));
        assertNotEquals(deuxSevres, Territory.departments("communes des Deux-Sèvres", Citation.of("000", "art. 1"), "79"));
        // the CUCM: the member communes of the communauté urbaine (SIREN 247100290), 003 art. 1
        Territory cucm = Territory.epciMembers("communes membres de la CUCM", Citation.of("003", "art. 1"), "247100290");
        assertEquals(cucm, Territory.epciMembers("communes membres de la CUCM", Citation.of("003", "art. 1"), "247100290"));
        assertNotEquals(cucm, Territory.epciMembers("communes membres de la CUCM", Citation.of("003", "art. 1"), "200000000"));
        assertNotEquals(deuxSevres, deuxSevres.toString());
    }
}
