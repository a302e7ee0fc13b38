package fr.cdgrules.cdg62.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Readings;
import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.notice.RegisteredLetter;
import fr.cdgrules.core.notice.TerminationNotice;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Art. 6: the termination is recorded as core's notice (who, letter, notification date, breach as its reasons). */
class CoreNoticeTest {
    private static final RegisteredLetter LETTER = RegisteredLetter.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2));

    private static EAdministrationConvention convention(Cdg62Readings readings) {
        return Cdg62Rules.defaults().withReadings(readings).conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_DEMATERIALISATION, LocalDate.of(2025, 1, 1));
    }

    @Test
    void theTerminationIsACoreNoticeWithTheBreachAsItsReasons() {
        TerminationNotice<Party> n = convention(Cdg62Readings.defaults())
                .withTermination(Party.COLLECTIVITY, LETTER, "  assistance non assurée ").terminationNotice().orElseThrow();
        assertEquals(Party.COLLECTIVITY, n.givenBy());
        assertEquals("la collectivité", n.givenBy().label());
        assertEquals(Optional.of(LETTER), n.letter());
        assertEquals(LocalDate.of(2026, 3, 2), n.notifiedOn()); // DATE_OF_RECEIPT
        assertEquals(Optional.of("assistance non assurée"), n.reasons());
        assertEquals(LocalDate.of(2026, 2, 27), convention(Cdg62Readings.defaults()
                        .withNotificationDate(NotificationDateReading.DATE_OF_DISPATCH))
                .withTermination(Party.CDG62, LETTER, "x").terminationNotice().orElseThrow().notifiedOn());
    }

    @Test
    void theJsonNamesTheCoreFields() {
        String json = CdgJson.write(convention(Cdg62Readings.defaults()).withTermination(Party.CDG62, LETTER, "ressources non fournies"));
        String flat = json.replaceAll("\\s", "");
        assertTrue(flat.contains("\"givenBy\":\"CDG62\""), json);
        assertTrue(flat.contains("\"reasons\":\"ressourcesnonfournies\""), json);
        assertTrue(flat.contains("\"letter\":{\"receivedOn\":\"2026-03-02\",\"sentOn\":\"2026-02-27\"}"), json);
    }

    @Test
    void nullPartyOrLetterIsNamed() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults());
        assertEquals("by", assertThrows(NullPointerException.class, () -> c.withTermination(null, LETTER, "x")).getMessage());
        assertEquals("letter", assertThrows(NullPointerException.class,
                () -> c.withTermination(Party.CDG62, null, "x")).getMessage());
    }
}
