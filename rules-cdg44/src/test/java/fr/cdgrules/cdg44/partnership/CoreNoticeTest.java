package fr.cdgrules.cdg44.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.notice.RegisteredLetter;
import fr.cdgrules.core.notice.TerminationNotice;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

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

    /** Read alone, a notice is read with the cdg44 parties named (TerminationNotice's Javadoc): each party. */
    @Test
    void aNoticeAloneRoundTripsWithTheCdg44Parties() {
        for (Party party : Party.values()) {
            TerminationNotice<Party> n = TerminationNotice.byLetter(party, RegisteredLetter.receivedOn(NOTIFIED), NOTIFIED)
                    .withReasons("réorientation du dispositif");
            String json = CdgJson.write(n);
            TerminationNotice<Party> back = CdgJson.read(json, new TypeReference<TerminationNotice<Party>>() {});
            assertEquals(n, back, json);
            assertEquals(n.hashCode(), back.hashCode());
            assertEquals(party, back.givenBy());
        }
    }

    @Test
    void franceTravailCannotGiveNoticeAndANullNoticeIsNamed() {
        assertTrue(assertThrows(NotEligibleException.class,
                () -> Partnership.of(EFFECT).withNotice(TerminationNotice.of(Party.FRANCE_TRAVAIL, NOTIFIED))).getMessage()
                .contains("(notice.party)"));
        assertEquals("notice", assertThrows(NullPointerException.class,
                () -> Partnership.of(EFFECT).withNotice((TerminationNotice<Party>) null)).getMessage());
        assertEquals("France Travail", Party.FRANCE_TRAVAIL.label());
    }
}
