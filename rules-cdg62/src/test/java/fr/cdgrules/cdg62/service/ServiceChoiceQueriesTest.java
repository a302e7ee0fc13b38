package fr.cdgrules.cdg62.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The preamble's three types one by one (« La collectivité devra faire le choix de la prestation en fonction
 * de ses besoins »): what a single choice contains, sends and signs, and which choices bring the signature
 * certificates of art. 4 (« et éventuellement à la signature électronique ») under each reading.
 */
class ServiceChoiceQueriesTest {
    private static final ServiceChoice SANS_PARAPHEUR = ServiceChoice.of(ServiceType.PARAMETRAGE_DEMATERIALISATION);
    private static final ServiceChoice AVEC_PARAPHEUR = ServiceChoice.of(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION);
    private static final ServiceChoice IDELIBRE = ServiceChoice.of(ServiceType.IDELIBRE);

    @Test
    void aSingleChoiceContainsItsTypeOnly() {
        assertTrue(SANS_PARAPHEUR.contains(ServiceType.PARAMETRAGE_DEMATERIALISATION));
        assertFalse(SANS_PARAPHEUR.contains(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION));
        assertFalse(SANS_PARAPHEUR.hasIdelibre());
        assertTrue(IDELIBRE.hasIdelibre());
        // IDELIBRE dematerialises the convocations, not the sending to the contrôle de légalité or the perception
        assertFalse(IDELIBRE.sendsActs());
        assertFalse(IDELIBRE.withParapheur());
        assertTrue(AVEC_PARAPHEUR.sendsActs());
        assertTrue(AVEC_PARAPHEUR.withParapheur());
        assertEquals(ServiceType.IDELIBRE, IDELIBRE.mainType());
        assertEquals(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, AVEC_PARAPHEUR.withIdelibre().mainType());
    }

    @Test
    void aChoiceReadsAsTheTextsWording() {
        assertEquals("Paramétrage, Organisation et dématérialisation + Mise en place de IDELIBRE",
                AVEC_PARAPHEUR.withIdelibre().toString());
        assertEquals("Mise en place de IDELIBRE", IDELIBRE.toString());
    }

    @Test
    void eachTypeDescribesWhatItDematerialises() {
        assertEquals("dematerialised sending to the contrôle de légalité and/or the perception, without an electronic "
                + "signature workflow (parapheur)", ServiceType.PARAMETRAGE_DEMATERIALISATION.description());
        assertEquals("dematerialised sending to the contrôle de légalité and/or the perception, with an electronic "
                + "signature workflow (parapheur)", ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION.description());
        assertEquals("IDELIBRE set-up: dematerialised sending of the convocations to the council and other bodies",
                ServiceType.IDELIBRE.description());
    }

    @Test
    void signatureCertificatesOfAChoiceFollowItsSendingTypeUnderTheReading() {
        SignatureCertificateReading parapheur = SignatureCertificateReading.WITH_PARAPHEUR_ONLY;
        SignatureCertificateReading every = SignatureCertificateReading.EVERY_DEMATERIALISED_SENDING;
        assertTrue(parapheur.requiresSignatureCertificates(AVEC_PARAPHEUR.withIdelibre()));
        assertFalse(parapheur.requiresSignatureCertificates(SANS_PARAPHEUR.withIdelibre()));
        assertFalse(parapheur.requiresSignatureCertificates(IDELIBRE));
        assertTrue(every.requiresSignatureCertificates(SANS_PARAPHEUR.withIdelibre()));
        assertTrue(every.requiresSignatureCertificates(AVEC_PARAPHEUR));
        assertFalse(every.requiresSignatureCertificates(IDELIBRE));
    }

    @Test
    void aNullTypeInASetIsNamed() {
        Set<ServiceType> withNull = new HashSet<>();
        withNull.add(ServiceType.IDELIBRE);
        withNull.add(null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> ServiceChoice.of(withNull));
        assertEquals("types", e.getMessage());
        assertEquals("types", assertThrows(NullPointerException.class, () -> ServiceChoice.of((Set<ServiceType>) null)).getMessage());
        assertEquals("type", assertThrows(NullPointerException.class, () -> IDELIBRE.contains(null)).getMessage());
    }
}
