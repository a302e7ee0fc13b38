package fr.cdgrules.core.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class NoticeTest {
    /** Two parties, as a module declares them. */
    enum Side implements Party {
        BODY("le centre de gestion"),
        COLLECTIVITY("la collectivité");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Test
    void aNoticeByRegisteredLetterKeepsWhoWhenTheLetterAndTheReasons() {
        RegisteredLetter letter = RegisteredLetter.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2));
        TerminationNotice<Side> n = TerminationNotice.byLetter(Side.BODY, letter, LocalDate.of(2026, 3, 2))
                .withReasons("ressources non fournies");
        assertEquals(Side.BODY, n.givenBy());
        assertEquals(LocalDate.of(2026, 3, 2), n.notifiedOn());
        assertEquals(Optional.of(letter), n.letter());
        assertEquals(Optional.of("ressources non fournies"), n.reasons());
        assertEquals("le centre de gestion", n.givenBy().label());
    }

    @Test
    void aWrittenNoticeHasNoLetterAndNoReasons() {
        TerminationNotice<Side> n = TerminationNotice.of(Side.COLLECTIVITY, LocalDate.of(2025, 11, 30));
        assertEquals(Optional.empty(), n.letter());
        assertEquals(Optional.empty(), n.reasons());
    }

    @Test
    void noticesAndLettersRoundTripThroughJson() {
        List<TerminationNotice<Side>> notices = List.of(
                TerminationNotice.byLetter(Side.BODY, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)),
                        LocalDate.of(2026, 3, 15)).withReasons("certificats non acquis"),
                TerminationNotice.of(Side.COLLECTIVITY, LocalDate.of(2025, 11, 30)));
        String json = CdgJson.write(notices);
        assertTrue(json.contains("\"givenBy\" : \"BODY\""), json);
        assertEquals(notices, CdgJson.read(json, new TypeReference<List<TerminationNotice<Side>>>() {}));
        RegisteredLetter sent = RegisteredLetter.sentOn(LocalDate.of(2026, 2, 27));
        assertEquals(sent, CdgJson.read(CdgJson.write(sent), RegisteredLetter.class));
    }

    /**
     * A notice's JSON names its party without type information: read alone, it is read with its parties'
     * type (TerminationNotice's Javadoc); with its raw class it is refused on the field givenBy, in words.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aNoticeIsReadBackWithItsPartiesTypeAndRefusedWithoutIt() {
        TerminationNotice<Side> n = TerminationNotice.byLetter(Side.COLLECTIVITY,
                RegisteredLetter.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 2))
                .withReasons("ressources non fournies");
        String json = CdgJson.write(n);
        TerminationNotice<Side> back = CdgJson.read(json, new TypeReference<TerminationNotice<Side>>() {});
        assertEquals(n, back);
        assertEquals(n.hashCode(), back.hashCode());
        InvalidInputException raw = assertThrows(InvalidInputException.class, () -> CdgJson.read(json, TerminationNotice.class));
        assertEquals("givenBy", raw.field().orElseThrow());
        assertEquals("invalid givenBy: this field is read only with its type named: read the value with its full type"
                + " (a notice with its module's parties)", raw.getMessage());
    }

    @Test
    void aLetterNeedsADateAndIsNotReceivedBeforeItWasSent() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegisteredLetter.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertEquals("letter.receivedOn", e.field().orElseThrow());
        assertEquals("letter", assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{}", RegisteredLetter.class)).field().orElseThrow());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("givenBy", assertThrows(NullPointerException.class,
                () -> TerminationNotice.of(null, LocalDate.of(2026, 1, 1))).getMessage());
        assertEquals("receivedOn", assertThrows(NullPointerException.class,
                () -> RegisteredLetter.receivedOn(null)).getMessage());
        assertEquals("reasons", assertThrows(NullPointerException.class,
                () -> TerminationNotice.of(Side.BODY, LocalDate.of(2026, 1, 1)).withReasons(null)).getMessage());
    }
}
