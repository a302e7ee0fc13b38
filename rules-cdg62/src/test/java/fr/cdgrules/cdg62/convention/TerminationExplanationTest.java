package fr.cdgrules.cdg62.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Readings;
import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.notice.RegisteredLetter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Art. 6 (résiliation): « La dénonciation sera réalisée par lettre recommandée avec accusé de réception.
 * La convention prendra dès lors fin le 1er jour du mois suivant la notification. » What the termination's
 * explanation says, step by step, and what a letter lacking the date the reading needs is told.
 */
class TerminationExplanationTest {
    private static final Citation ART_6 = Citation.of("004", "art. 6 (résiliation)");
    private static final String BREACH = "ressources humaines non mises à disposition (art. 4)";

    private static EAdministrationConvention convention(Cdg62Readings readings, LocalDate start) {
        return Cdg62Rules.defaults().withReadings(readings).conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_DEMATERIALISATION, start);
    }

    @Test
    void theExplanationGivesTheLetterTheMonthFollowingAndNoIndemnity() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1)).withTermination(
                Party.COLLECTIVITY, RegisteredLetter.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2)), BREACH);
        Explanation e = c.terminationExplanation().orElseThrow();
        assertEquals("termination of the e-administration convention of " + TestCommunes.libercourt(), e.subject());
        assertEquals(3, e.steps().size());

        TraceStep letter = e.steps().get(0);
        assertEquals("notification of the termination by registered letter with acknowledgement of receipt", letter.rule());
        assertEquals(List.of(ART_6), letter.citations());
        assertEquals(Map.of("terminatedBy", "COLLECTIVITY", "breach", BREACH, "sentOn", "2026-02-27",
                "receivedOn", "2026-03-02", "notificationReading", "DATE_OF_RECEIPT"), letter.inputs());
        assertEquals("notified on 2026-03-02", letter.result());

        TraceStep effect = e.steps().get(1);
        assertEquals("fin le 1er jour du mois suivant la notification", effect.rule());
        assertEquals(Map.of("notifiedOn", "2026-03-02", "monthFollowingReading", "NEXT_CALENDAR_MONTH"), effect.inputs());
        assertEquals("effective 2026-04-01, last day in force 2026-03-31", effect.result());

        TraceStep indemnity = e.steps().get(2);
        assertEquals("no indemnity", indemnity.rule());
        assertEquals("aucune indemnisation: indemnity due = false", indemnity.result());
        assertEquals(List.of(ART_6), e.citations());
    }

    /** A letter without the posting date is explained as « unknown » for that date. */
    @Test
    void anUnknownPostingDateIsSaidSo() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)), BREACH);
        Map<String, String> letter = c.terminationExplanation().orElseThrow().steps().get(0).inputs();
        assertEquals("unknown", letter.get("sentOn"));
        assertEquals("2026-03-15", letter.get("receivedOn"));
        assertEquals("CDG62", letter.get("terminatedBy"));
    }

    /**
     * Started on 15 March 2025, the term ends on 14 March 2030; a letter received on 10 March 2030 would end it
     * on 31 March, after its term: the convention ends at its term, and the explanation says so.
     */
    @Test
    void aTerminationTakingEffectAfterTheTermSaysTheConventionEndsAtItsTerm() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 3, 15))
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2030, 3, 10)), BREACH);
        assertEquals(LocalDate.of(2030, 3, 14), c.finalEnd());
        assertEquals("effective 2030-04-01, last day in force 2030-03-31 — on or after the natural end: the convention "
                + "ends at its term, 2030-03-14", c.terminationExplanation().orElseThrow().steps().get(1).result());
    }

    @Test
    void noTerminationNoExplanation() {
        assertTrue(convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1)).terminationExplanation().isEmpty());
    }

    @Test
    void aLetterLackingTheDateTheReadingNeedsIsRefusedNamingThatDate() {
        InvalidInputException receipt = assertThrows(InvalidInputException.class,
                () -> convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                        .withTermination(Party.CDG62, RegisteredLetter.sentOn(LocalDate.of(2026, 2, 27)), BREACH));
        assertEquals("letter.receivedOn", receipt.field().orElseThrow());
        assertEquals(List.of(ART_6), receipt.rules());
        assertTrue(receipt.getMessage().contains("under the reading DATE_OF_RECEIPT the notification date is the date of "
                + "receipt on the accusé de réception, which the letter does not give"), receipt.getMessage());

        Cdg62Readings dispatch = Cdg62Readings.defaults().withNotificationDate(NotificationDateReading.DATE_OF_DISPATCH);
        InvalidInputException posting = assertThrows(InvalidInputException.class,
                () -> convention(dispatch, LocalDate.of(2025, 1, 1))
                        .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 2)), BREACH));
        assertEquals("letter.sentOn", posting.field().orElseThrow());
        assertTrue(posting.getMessage().contains("under the reading DATE_OF_DISPATCH the notification date is the date of "
                + "posting, which the letter does not give"), posting.getMessage());
    }

    /** Read from JSON, a termination recorded in the lifecycle without the breach is refused (art. 6, résiliation). */
    @Test
    void aLifecycleTerminationWithoutTheBreachIsRefusedWhenRead() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults(), LocalDate.of(2025, 1, 1))
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)), BREACH);
        String json = CdgJson.write(c);
        String blank = json.replaceFirst("\"reason\"\\s*:\\s*\"non-respect[^\"]*\"", "\"reason\": \"  \"");
        assertNotEquals(json, blank);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CdgJson.read(blank, EAdministrationConvention.class));
        assertEquals("lifecycle.terminations.reason", e.field().orElseThrow());
        assertEquals(List.of(ART_6), e.rules());
        assertTrue(e.getMessage().contains("the termination notified on 2026-03-15 states no breach"), e.getMessage());
    }
}
