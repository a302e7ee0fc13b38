package fr.cdgrules.cdg62.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

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
import tools.jackson.core.type.TypeReference;

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

    /**
     * Whatever the posting day and the transit time, the notice records the letter as given, and its
     * notification date is the receipt under the default reading and the posting under
     * DATE_OF_DISPATCH; the dispatch reading never ends the convention later.
     */
    @Test
    void theNotificationDateIsTheReadingsDateOfTheLetter() {
        EAdministrationConvention receipt = convention(Cdg62Readings.defaults());
        EAdministrationConvention dispatch = convention(Cdg62Readings.defaults()
                .withNotificationDate(NotificationDateReading.DATE_OF_DISPATCH));
        qt().forAll(integers().between(0, 4 * 365), integers().between(0, 15)).checkAssert((offset, transit) -> {
            LocalDate sent = LocalDate.of(2025, 1, 1).plusDays(offset);
            RegisteredLetter letter = RegisteredLetter.of(sent, sent.plusDays(transit));
            EAdministrationConvention r = receipt.withTermination(Party.CDG62, letter, "engagements non tenus");
            EAdministrationConvention d = dispatch.withTermination(Party.CDG62, letter, "engagements non tenus");
            TerminationNotice<Party> n = r.terminationNotice().orElseThrow();
            assertEquals(Optional.of(letter), n.letter());
            assertEquals(sent.plusDays(transit), n.notifiedOn());
            assertEquals(sent, d.terminationNotice().orElseThrow().notifiedOn());
            assertTrue(!d.finalEnd().isAfter(r.finalEnd()), () -> letter + ": " + d.finalEnd() + " after " + r.finalEnd());
        });
    }

    @Test
    void theJsonNamesTheCoreFields() {
        String json = CdgJson.write(convention(Cdg62Readings.defaults()).withTermination(Party.CDG62, LETTER, "ressources non fournies"));
        String flat = json.replaceAll("\\s", "");
        assertTrue(flat.contains("\"givenBy\":\"CDG62\""), json);
        assertTrue(flat.contains("\"reasons\":\"ressourcesnonfournies\""), json);
        assertTrue(flat.contains("\"letter\":{\"receivedOn\":\"2026-03-02\",\"sentOn\":\"2026-02-27\"}"), json);
    }

    /** Read alone, a notice is read with the cdg62 parties named (TerminationNotice's Javadoc): each party. */
    @Test
    void aNoticeAloneRoundTripsWithTheCdg62Parties() {
        for (Party party : Party.values()) {
            TerminationNotice<Party> n = convention(Cdg62Readings.defaults()).withTermination(party, LETTER,
                    "engagements non tenus").terminationNotice().orElseThrow();
            String json = CdgJson.write(n);
            TerminationNotice<Party> back = CdgJson.read(json, new TypeReference<TerminationNotice<Party>>() {});
            assertEquals(n, back, json);
            assertEquals(n.hashCode(), back.hashCode());
            assertEquals(party, back.givenBy());
        }
    }

    @Test
    void nullPartyOrLetterIsNamed() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults());
        assertEquals("by", assertThrows(NullPointerException.class, () -> c.withTermination(null, LETTER, "x")).getMessage());
        assertEquals("letter", assertThrows(NullPointerException.class,
                () -> c.withTermination(Party.CDG62, null, "x")).getMessage());
    }
}
