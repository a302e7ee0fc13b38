package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.assistance.AssistanceYearReading;
import fr.cdgrules.cdg62.assistance.PartialYearReading;
import fr.cdgrules.cdg62.convention.NotificationDateReading;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.cdg62.service.SignatureCertificateReading;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.RuleModule;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readings of the README's table, chosen by id through {@link RuleModule#withReadings(Map)}. */
class ReadingsByIdTest {
    private static final Cdg62Module MODULE = new Cdg62Module();

    @Test
    void signatureCertificatesSwitchesTheCommitmentsOfADematerialisedSending() {
        // art. 4: « certificats nécessaires à l'envoi et éventuellement à la signature électronique »
        ServiceType sending = ServiceType.PARAMETRAGE_DEMATERIALISATION;
        assertFalse(MODULE.rules().commitments(sending).contains(Commitment.SIGNATURE_CERTIFICATES));
        RuleModule every = MODULE.withReadings(Map.of("signatureCertificates", "EVERY_DEMATERIALISED_SENDING"));
        assertTrue(every.capability(Cdg62Rules.class).orElseThrow().commitments(sending)
                .contains(Commitment.SIGNATURE_CERTIFICATES));
    }

    @Test
    void everyReadingOfTheTableIsSelectableById() {
        Cdg62Readings r = MODULE.withReadings(Map.of("assistanceYear", "CIVIL_YEAR", "partialYear", "FULL_MINIMUM",
                "signatureCertificates", "EVERY_DEMATERIALISED_SENDING", "notificationDate", "DATE_OF_DISPATCH")).rules().readings();
        assertEquals(Cdg62Readings.defaults().withAssistanceYear(AssistanceYearReading.CIVIL_YEAR)
                .withPartialYear(PartialYearReading.FULL_MINIMUM)
                .withSignatureCertificates(SignatureCertificateReading.EVERY_DEMATERIALISED_SENDING)
                .withNotificationDate(NotificationDateReading.DATE_OF_DISPATCH), r);
        assertNotEquals(Cdg62Readings.defaults(), r);
        assertEquals(Cdg62Readings.defaults(), MODULE.withReadings(Map.of()).rules().readings());
        assertSame(Cdg62Rules.defaults(), MODULE.rules());
    }

    @Test
    void anUnknownReadingOrOptionIsRefusedNamingTheField() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("ceiling3500", "INCLUDED_PER_TABLE")));
        assertEquals("readings.ceiling3500", unknown.field().orElseThrow());
        InvalidInputException option = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("partialYear", "HALF")));
        assertEquals("readings.partialYear", option.field().orElseThrow());
        assertTrue(option.getMessage().contains("HALF"));
        assertThrows(NullPointerException.class, () -> MODULE.withReadings(null));
    }
}
