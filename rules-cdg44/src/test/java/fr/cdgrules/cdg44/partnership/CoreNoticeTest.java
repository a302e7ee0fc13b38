package fr.cdgrules.cdg44.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.notice.RegisteredLetter;
import fr.cdgrules.core.notice.TerminationNotice;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Art. 7.3 through core's notice: the notice given is the input, the termination by notice the result. */
class CoreNoticeTest {
    private static final LocalDate EFFECT = LocalDate.of(2025, 6, 1);
    private static final LocalDate NOTIFIED = LocalDate.of(2025, 11, 30);

    @Test
    void aCoreNoticeGivesTheSameTerminationAsPartyAndDate() {
        TerminationNotice<Party> given = TerminationNotice.of(Party.FRAMEL, NOTIFIED);
        Partnership p = Partnership.of(EFFECT).withNotice(given);
        assertEquals(Partnership.of(EFFECT).withNotice(Party.FRAMEL, NOTIFIED), p);
        TerminationByNotice t = p.termination().orElseThrow();
        assertEquals(given, t.notice());
        assertEquals(Party.FRAMEL, t.party());
        assertEquals(NOTIFIED, t.notifiedOn());
        assertEquals(LocalDate.of(2026, 3, 1), t.effectiveOn());
        assertEquals(LocalDate.of(2026, 2, 28), t.lastDayInForce());
    }

    @Test
    void aLetterAndReasonsAreKeptAndChangeNothing() {
        TerminationNotice<Party> byLetter = TerminationNotice.byLetter(Party.REGION, RegisteredLetter.receivedOn(NOTIFIED), NOTIFIED)
                .withReasons("réorientation du dispositif");
        Partnership p = Partnership.of(EFFECT).withNotice(byLetter);
        assertEquals(byLetter, p.notices().get(0).notice());
        assertEquals(LocalDate.of(2026, 3, 1), p.termination().orElseThrow().effectiveOn());
        assertEquals(p, CdgJson.read(CdgJson.write(p), Partnership.class));
        assertTrue(CdgJson.write(p).replaceAll("\\s", "").contains("\"notice\":{\"givenBy\":\"REGION\""));
    }

    @Test
    void franceTravailCannotGiveNoticeAndANullNoticeIsNamed() {
        assertEquals("notice.party", assertThrows(InvalidInputException.class,
                () -> Partnership.of(EFFECT).withNotice(TerminationNotice.of(Party.FRANCE_TRAVAIL, NOTIFIED))).field().orElseThrow());
        assertEquals("notice", assertThrows(NullPointerException.class,
                () -> Partnership.of(EFFECT).withNotice((TerminationNotice<Party>) null)).getMessage());
        assertEquals("France Travail", Party.FRANCE_TRAVAIL.label());
    }
}
