package fr.cdgrules.cdg62.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ServiceTypeTest {
    @Test
    void threeTypesWithTheTextsNames() {
        assertEquals(3, ServiceType.values().length);
        assertEquals("Paramétrage et Dématérialisation", ServiceType.PARAMETRAGE_DEMATERIALISATION.wording());
        assertEquals("Paramétrage, Organisation et dématérialisation",
                ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION.wording());
        assertEquals("Mise en place de IDELIBRE", ServiceType.IDELIBRE.wording());
        for (ServiceType t : ServiceType.values()) {
            assertEquals(Citation.of("004", "préambule"), t.citation());
        }
    }

    @Test
    void onlyTheOrganisationTypeHasAParapheur() {
        assertFalse(ServiceType.PARAMETRAGE_DEMATERIALISATION.withParapheur());
        assertTrue(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION.withParapheur());
        assertFalse(ServiceType.IDELIBRE.withParapheur());
        assertTrue(ServiceType.PARAMETRAGE_DEMATERIALISATION.sendsActs());
        assertTrue(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION.sendsActs());
        assertFalse(ServiceType.IDELIBRE.sendsActs());
    }

    @Test
    void parsesNameOrWording() {
        assertEquals(ServiceType.IDELIBRE, ServiceType.parse("idelibre"));
        assertEquals(ServiceType.PARAMETRAGE_DEMATERIALISATION, ServiceType.parse("Paramétrage et Dématérialisation"));
        assertEquals(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION,
                ServiceType.parse("paramétrage, organisation et dématérialisation"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ServiceType.parse("parapheur"));
        assertEquals("serviceType", e.field().orElseThrow());
        assertThrows(InvalidInputException.class, () -> ServiceType.parse(" "));
    }
}
