package fr.cdgrules.cdg62.service;

import static fr.cdgrules.cdg62.service.Commitment.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentTest {
    private static final List<Commitment> CDG62 = List.of(NEEDS_DEFINITION, VALIDATION_AND_SIGNATURE_PATHS,
            VALIDATION_PROCEDURES, EXPECTED_FUNCTIONALITIES, SOFTWARE_CONFIGURATION, AWARENESS, TRAINING,
            FOLLOW_UP_AND_ASSISTANCE, SET_UP_REPORT, YEARLY_ASSISTANCE);

    @Test
    void dematerialisationWithoutParapheurNeedsNoSignatureCertificate() {
        assertEquals(concat(CDG62, List.of(PREFECTURE_CONVENTION, RESOURCES, SENDING_CERTIFICATES)),
                Commitment.forService(ServiceType.PARAMETRAGE_DEMATERIALISATION, SignatureCertificateReading.DEFAULT));
    }

    @Test
    void withParapheurTheCollectivityAcquiresSignatureCertificates() {
        assertEquals(concat(CDG62, List.of(PREFECTURE_CONVENTION, RESOURCES, SENDING_CERTIFICATES, SIGNATURE_CERTIFICATES)),
                Commitment.forService(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, SignatureCertificateReading.DEFAULT));
    }

    @Test
    void idelibreCarriesArt4LiterallyButNoSignatureCertificate() {
        assertEquals(concat(CDG62, List.of(PREFECTURE_CONVENTION, RESOURCES, SENDING_CERTIFICATES)),
                Commitment.forService(ServiceType.IDELIBRE, SignatureCertificateReading.DEFAULT));
    }

    @Test
    void defaultSignatureReadingIsWithParapheurOnly() {
        assertEquals(SignatureCertificateReading.WITH_PARAPHEUR_ONLY, SignatureCertificateReading.DEFAULT);
    }

    @Test
    void otherReadingAsksSignatureCertificatesForBothSendingTypesButNotIdelibre() {
        SignatureCertificateReading r = SignatureCertificateReading.EVERY_DEMATERIALISED_SENDING;
        assertEquals(true, Commitment.forService(ServiceType.PARAMETRAGE_DEMATERIALISATION, r).contains(SIGNATURE_CERTIFICATES));
        assertEquals(true, Commitment.forService(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, r)
                .contains(SIGNATURE_CERTIFICATES));
        assertEquals(false, Commitment.forService(ServiceType.IDELIBRE, r).contains(SIGNATURE_CERTIFICATES));
    }

    @Test
    void eachCommitmentCitesItsArticleAndParty() {
        assertEquals(Citation.of("004", "art. 3-1"), VALIDATION_AND_SIGNATURE_PATHS.citation());
        assertEquals(Citation.of("004", "art. 3-2"), TRAINING.citation());
        assertEquals("Formation des agents et des élus à l'application", TRAINING.wording());
        assertEquals(Citation.of("004", "art. 3-3"), YEARLY_ASSISTANCE.citation());
        assertEquals(CommitmentKind.YEARLY, YEARLY_ASSISTANCE.kind());
        assertEquals(Citation.of("004", "art. 4"), PREFECTURE_CONVENTION.citation());
        for (Commitment c : CDG62) {
            assertEquals(Party.CDG62, c.party());
        }
        for (Commitment c : List.of(PREFECTURE_CONVENTION, RESOURCES, SENDING_CERTIFICATES, SIGNATURE_CERTIFICATES)) {
            assertEquals(Party.COLLECTIVITY, c.party());
            assertEquals(CommitmentKind.ONE_OFF, c.kind());
        }
        assertEquals(Party.COLLECTIVITY, Party.CDG62.other());
    }

    private static List<Commitment> concat(List<Commitment> a, List<Commitment> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
