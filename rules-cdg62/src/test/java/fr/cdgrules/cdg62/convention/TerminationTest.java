package fr.cdgrules.cdg62.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import fr.cdgrules.core.lifecycle.ConventionStatus;
import fr.cdgrules.core.lifecycle.DeadlineKind;
import fr.cdgrules.core.lifecycle.Termination;
import fr.cdgrules.core.lifecycle.TerminationKind;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import fr.cdgrules.core.notice.RegisteredLetter;

class TerminationTest {
    private static final Citation ART_6 = Citation.of("004", "art. 6 (résiliation)");
    private static final String BREACH = "convention avec la Préfecture non signée";

    private static EAdministrationConvention convention(Cdg62Readings readings) {
        return Cdg62Rules.defaults().withReadings(readings).conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_DEMATERIALISATION, LocalDate.of(2025, 1, 1));
    }

    private static Termination terminate(LocalDate receivedOn) {
        return convention(Cdg62Readings.defaults())
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(receivedOn), BREACH)
                .termination().orElseThrow();
    }

    @ParameterizedTest(name = "notified {0} → effective {1}")
    @CsvSource({
        "2026-03-01, 2026-04-01", // on the 1st: the next calendar month, not the same day
        "2026-03-15, 2026-04-01",
        "2026-03-31, 2026-04-01", // last day of a month
        "2026-02-28, 2026-03-01", // last day of February
        "2028-02-29, 2028-03-01", // last day of a leap February
        "2026-12-01, 2027-01-01", // December → 1 January of the next year
        "2026-12-15, 2027-01-01",
        "2026-12-31, 2027-01-01",
    })
    void effectiveTheFirstDayOfTheMonthFollowingTheNotification(LocalDate notified, LocalDate effective) {
        Termination t = terminate(notified);
        assertEquals(notified, t.notifiedOn());
        assertEquals(effective, t.effectiveOn());
        assertEquals(effective.minusDays(1), t.lastDayInForce());
        assertEquals(TerminationKind.FIRST_DAY_OF_NEXT_MONTH, t.kind());
        assertEquals(ART_6, t.citation());
    }

    @Test
    void readingOfTheFirstOfTheMonthIsTheNextCalendarMonth() {
        assertEquals(MonthFollowingReading.NEXT_CALENDAR_MONTH, Cdg62Terms.MONTH_FOLLOWING);
        assertEquals(LocalDate.of(2026, 4, 1), MonthFollowingReading.NEXT_CALENDAR_MONTH.effectiveDate(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void stateAndDeadlinesAfterTermination() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults())
                .withTermination(Party.COLLECTIVITY, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)),
                        "assistance annuelle non assurée");
        assertEquals(LocalDate.of(2026, 3, 31), c.finalEnd());
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2026, 3, 31)).status());
        assertEquals(ConventionStatus.TERMINATED, c.stateAt(LocalDate.of(2026, 4, 1)).status());
        assertTrue(c.deadlines().stream().anyMatch(d -> d.kind() == DeadlineKind.TERMINATION_EFFECTIVE
                && d.date().equals(LocalDate.of(2026, 4, 1)) && d.citation().equals(ART_6)));
        assertTrue(c.termination().orElseThrow().reason().orElseThrow().contains("by le CDG 62, terminated by la collectivité"));
    }

    @Test
    void noIndemnity() {
        assertFalse(terminate(LocalDate.of(2026, 3, 15)).indemnityDue());
    }

    @Test
    void notificationIsTheDateOfReceiptByDefault() {
        assertEquals(NotificationDateReading.DATE_OF_RECEIPT, NotificationDateReading.DEFAULT);
        // posted 27 February, received 2 March: notified 2 March, effective 1 April (not 1 March)
        EAdministrationConvention c = convention(Cdg62Readings.defaults()).withTermination(Party.CDG62,
                RegisteredLetter.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2)), BREACH);
        assertEquals(LocalDate.of(2026, 3, 2), c.termination().orElseThrow().notifiedOn());
        assertEquals(LocalDate.of(2026, 4, 1), c.termination().orElseThrow().effectiveOn());
        Explanation e = c.terminationExplanation().orElseThrow();
        assertTrue(e.citations().contains(ART_6));
        assertTrue(e.render().contains("notified on 2026-03-02"), e.render());
        assertTrue(e.render().contains("effective 2026-04-01"), e.render());
    }

    @Test
    void dispatchReadingUsesThePostingDate() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults().withNotificationDate(NotificationDateReading.DATE_OF_DISPATCH))
                .withTermination(Party.CDG62, RegisteredLetter.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2)), BREACH);
        assertEquals(LocalDate.of(2026, 3, 1), c.termination().orElseThrow().effectiveOn());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> convention(Cdg62Readings.defaults()).withTermination(Party.CDG62,
                        RegisteredLetter.sentOn(LocalDate.of(2026, 2, 27)), BREACH));
        assertEquals("letter.receivedOn", e.field().orElseThrow());
    }

    @Test
    void onlyForABreachOfCommitments() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> convention(Cdg62Readings.defaults())
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)), " "));
        assertEquals("termination.breach", e.field().orElseThrow());
        assertEquals(ART_6, e.rules().get(0));
        // a convention read from JSON cannot carry a termination without a breach either
        EAdministrationConvention c = convention(Cdg62Readings.defaults())
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)), BREACH);
        String json = fr.cdgrules.core.json.CdgJson.write(c);
        assertEquals(c, fr.cdgrules.core.json.CdgJson.read(json, EAdministrationConvention.class));
        String noBreach = json.replaceFirst("\"reasons\"\\s*:\\s*\"[^\"]*\"", "\"reasons\": \" \"");
        assertTrue(!noBreach.equals(json), json);
        assertThrows(fr.cdgrules.core.error.CdgRulesException.class,
                () -> fr.cdgrules.core.json.CdgJson.read(noBreach, EAdministrationConvention.class));
    }

    @Test
    void badLettersAndRepeatedTerminationsAreRefused() {
        assertThrows(InvalidInputException.class,
                () -> RegisteredLetter.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        EAdministrationConvention once = convention(Cdg62Readings.defaults())
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)), BREACH);
        assertThrows(InvalidInputException.class,
                () -> once.withTermination(Party.COLLECTIVITY, RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 20)), BREACH));
        assertThrows(InvalidInputException.class, () -> convention(Cdg62Readings.defaults())
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2030, 1, 5)), BREACH));
        assertThrows(InvalidInputException.class, () -> convention(Cdg62Readings.defaults())
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2024, 12, 5)), BREACH));
    }

    @Test
    void aNotificationInTheLastMonthOfTheTermEndsItAtItsTerm() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults())
                .withTermination(Party.CDG62, RegisteredLetter.receivedOn(LocalDate.of(2029, 12, 10)), BREACH);
        assertEquals(LocalDate.of(2029, 12, 31), c.finalEnd());
        assertEquals(LocalDate.of(2030, 1, 1), c.termination().orElseThrow().effectiveOn());
    }

    @Test
    void terminationDuringTheRenewedTerm() {
        EAdministrationConvention c = convention(Cdg62Readings.defaults()).withExpressRenewal(LocalDate.of(2029, 11, 1))
                .withTermination(Party.COLLECTIVITY, RegisteredLetter.receivedOn(LocalDate.of(2031, 6, 1)), BREACH);
        assertEquals(LocalDate.of(2031, 6, 30), c.finalEnd());
    }
}
