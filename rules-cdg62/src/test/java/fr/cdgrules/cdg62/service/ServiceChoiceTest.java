package fr.cdgrules.cdg62.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Readings;
import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.convention.EAdministrationConvention;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Art. 1 « OBJET »: « la mise en place du transfert à la préfecture, a la perception et l'envoi des
 * convocations aux différentes instances » — a convention may combine IDELIBRE with a sending type.
 */
class ServiceChoiceTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final ServiceChoice SENDING_AND_CONVOCATIONS =
            ServiceChoice.of(ServiceType.PARAMETRAGE_DEMATERIALISATION, ServiceType.IDELIBRE);

    @Test
    void aSendingTypeCombinesWithIdelibre() {
        EAdministrationConvention c = Cdg62Rules.defaults().conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                SENDING_AND_CONVOCATIONS, START);
        assertEquals(Set.of(ServiceType.PARAMETRAGE_DEMATERIALISATION, ServiceType.IDELIBRE), c.services().types());
        assertEquals(List.of(ServiceType.PARAMETRAGE_DEMATERIALISATION, ServiceType.IDELIBRE), List.copyOf(c.services().types()));
        assertEquals(ServiceType.PARAMETRAGE_DEMATERIALISATION, c.serviceType());
        assertTrue(c.services().hasIdelibre());
        assertTrue(c.services().sendsActs());
        assertFalse(c.services().withParapheur());
        assertEquals("Paramétrage et Dématérialisation + Mise en place de IDELIBRE", c.services().wording());
        // each commitment once; without a parapheur, no signature certificates under the default reading
        List<Commitment> commitments = c.commitments();
        assertEquals(commitments.stream().distinct().toList(), commitments);
        assertTrue(commitments.contains(Commitment.SENDING_CERTIFICATES));
        assertFalse(commitments.contains(Commitment.SIGNATURE_CERTIFICATES));
        assertEquals(c.services(), c.commitmentReport(START).services());
        assertEquals(c, CdgJson.read(CdgJson.write(c), EAdministrationConvention.class));
    }

    @Test
    void theParapheurOfTheSendingTypeBringsTheSignatureCertificates() {
        ServiceChoice idelibreTwice = ServiceChoice.of(ServiceType.IDELIBRE).withIdelibre();
        assertEquals(ServiceChoice.of(ServiceType.IDELIBRE), idelibreTwice);
        ServiceChoice signed = ServiceChoice.of(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION).withIdelibre();
        assertTrue(Cdg62Rules.defaults().commitments(signed).contains(Commitment.SIGNATURE_CERTIFICATES));
        assertFalse(Cdg62Rules.defaults().commitments(ServiceType.IDELIBRE).contains(Commitment.SIGNATURE_CERTIFICATES));
        // « éventuellement à la signature électronique » read for every dematerialised sending
        Cdg62Rules every = Cdg62Rules.defaults().withReadings(Cdg62Readings.defaults()
                .withSignatureCertificates(SignatureCertificateReading.EVERY_DEMATERIALISED_SENDING));
        assertTrue(every.commitments(SENDING_AND_CONVOCATIONS).contains(Commitment.SIGNATURE_CERTIFICATES));
        EAdministrationConvention c = Cdg62Rules.defaults().conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                signed, START).withFulfilment(Commitment.SIGNATURE_CERTIFICATES, LocalDate.of(2025, 2, 1));
        assertTrue(c.commitmentReport(LocalDate.of(2025, 3, 1)).fulfilled().contains(Commitment.SIGNATURE_CERTIFICATES));
    }

    @Test
    void theTwoSendingTypesExcludeEachOther() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ServiceChoice.of(
                ServiceType.PARAMETRAGE_DEMATERIALISATION, ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION));
        assertEquals("serviceTypes", e.field().orElseThrow());
        assertEquals(Citation.of("004", "préambule"), e.rules().get(0));
        assertThrows(InvalidInputException.class, () -> ServiceChoice.of(Set.of()));
        assertThrows(NullPointerException.class, () -> ServiceChoice.of((ServiceType) null));
    }

    @Test
    void parsesNamesAndWordingsJoinedWithPlus() {
        assertEquals(SENDING_AND_CONVOCATIONS, ServiceChoice.parse("PARAMETRAGE_DEMATERIALISATION+IDELIBRE"));
        assertEquals(ServiceChoice.of(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, ServiceType.IDELIBRE),
                ServiceChoice.parse("Paramétrage, Organisation et dématérialisation + Mise en place de IDELIBRE"));
        assertEquals(ServiceChoice.of(ServiceType.IDELIBRE), ServiceChoice.parse("idelibre"));
        assertThrows(InvalidInputException.class, () -> ServiceChoice.parse(" "));
        assertThrows(InvalidInputException.class, () -> ServiceChoice.parse("IDELIBRE+parapheur"));
    }
}
