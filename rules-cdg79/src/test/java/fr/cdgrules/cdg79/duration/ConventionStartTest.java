package fr.cdgrules.cdg79.duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.DeadlineKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Art. 4 and 001: where a decision to join « à compter de l'exercice budgétaire N » places the start. */
class ConventionStartTest {
    private static final AdhesionConvention DEFAULT = AdhesionConvention.of(ConventionStartReading.defaultReading());
    private static final AdhesionConvention BY_SIGNATURE = AdhesionConvention.of(ConventionStartReading.DATE_OF_SIGNATURE);
    /** Clessé, 001: « Le vingt-trois avril deux mil vingt-six ... D'ADHERER, à compter de l'exercice budgétaire 2026 ». */
    private static final AdhesionDecision CLESSE = AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026))
            .withDeliberation("délibération du conseil municipal de Clessé du 23 avril 2026");

    private static LocalDate first(Convention c, DeadlineKind kind) {
        return c.deadlines().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow().date();
    }

    @Test
    void clesseStartsOn1January2026AndMustGiveNoticeBy1December2027() {
        ConventionStart s = DEFAULT.start(CLESSE);
        assertEquals(LocalDate.of(2026, 1, 1), s.start());
        Convention c = s.convention();
        assertEquals(LocalDate.of(2027, 12, 1), first(c, DeadlineKind.NOTICE_DEADLINE));
        assertEquals(LocalDate.of(2027, 12, 31), first(c, DeadlineKind.END_OF_TERM));
        assertEquals(LocalDate.of(2028, 1, 1), first(c, DeadlineKind.RENEWAL_DATE));
        assertEquals(LocalDate.of(2029, 12, 31), c.finalEnd());
        String why = s.explanation().render();
        assertTrue(why.contains("FIRST_DAY_OF_CIVIL_YEAR"), why);
        assertTrue(why.contains("à compter de l'exercice budgétaire 2026"), why);
        assertTrue(s.explanation().citations().contains(Cdg79Articles.DURATION));
        assertTrue(s.explanation().citations().contains(Cdg79Articles.CLESSE));
        // the council date alone, as « signed on », gives the same start: the reading applies there too
        assertEquals(LocalDate.of(2026, 1, 1), DEFAULT.signedOn(LocalDate.of(2026, 4, 23)).start());
    }

    @Test
    void aDecemberDecisionJoiningTheNextYearStartsOn1JanuaryOfThatYear() {
        AdhesionDecision december = AdhesionDecision.of(LocalDate.of(2025, 12, 15), Year.of(2026));
        assertEquals(LocalDate.of(2026, 1, 1), DEFAULT.start(december).start());
        assertEquals(LocalDate.of(2027, 12, 1), first(DEFAULT.start(december).convention(), DeadlineKind.NOTICE_DEADLINE));
        // under the other reading the convention starts on signature, but not before the budget year joined
        assertEquals(LocalDate.of(2026, 1, 1), BY_SIGNATURE.start(december).start());
        assertEquals(LocalDate.of(2026, 4, 23), BY_SIGNATURE.start(CLESSE).start());
        assertTrue(BY_SIGNATURE.start(CLESSE).explanation().render().contains("DATE_OF_SIGNATURE"));
    }

    @Test
    void aDecisionCannotJoinAPastBudgetYear() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2025)));
        assertEquals("joiningYear", e.field().orElseThrow());
        assertTrue(e.rules().contains(Cdg79Articles.DURATION));
        assertThrows(NullPointerException.class, () -> AdhesionDecision.of(null, Year.of(2026)));
        assertThrows(InvalidInputException.class, () -> CLESSE.withDeliberation(" "));
    }

    @Test
    void aDecisionIsJsonBindableWithTheRegisterColumnNames() {
        String json = CdgJson.write(CLESSE);
        assertTrue(json.contains("\"decisionDate\""), json);
        assertTrue(json.contains("\"joiningYear\""), json);
        assertEquals(CLESSE, CdgJson.read(json, AdhesionDecision.class));
        AdhesionDecision bare = CdgJson.read("{\"decisionDate\":\"2025-12-15\",\"joiningYear\":2026}", AdhesionDecision.class);
        assertEquals(AdhesionDecision.of(LocalDate.of(2025, 12, 15), Year.of(2026)), bare);
        ConventionStart s = DEFAULT.start(CLESSE);
        assertEquals(s, CdgJson.read(CdgJson.write(s), ConventionStart.class));
    }

    @Test
    void aTermStartingOn29FebruaryKeepsItsFullLength() {
        // a convention signed on 29 February 2028 under the date-of-signature reading
        Convention c = BY_SIGNATURE.start(AdhesionDecision.joiningTheSameYear(LocalDate.of(2028, 2, 29))).convention();
        assertEquals(LocalDate.of(2030, 2, 28), first(c, DeadlineKind.END_OF_TERM));
        assertEquals(LocalDate.of(2030, 3, 1), first(c, DeadlineKind.RENEWAL_DATE));
        assertEquals(LocalDate.of(2030, 2, 1), first(c, DeadlineKind.NOTICE_DEADLINE));
        assertEquals(LocalDate.of(2032, 2, 28), c.finalEnd());
        assertTrue(c.stateAt(LocalDate.of(2030, 2, 28)).isInForce());
    }

    @Test
    void oneRenewalOnlyALateNoticeDoesNotPromiseANextRenewal() {
        // art. 4: « renouvelable une fois pour la même durée, sauf dénonciation ... préavis d'un mois avant la date de reconduction »
        Convention late = DEFAULT.start(CLESSE).convention().withNotice(LocalDate.of(2027, 12, 2), Optional.empty());
        assertEquals(LocalDate.of(2029, 12, 31), late.finalEnd());
        String message = late.findings().all().get(0).message();
        assertFalse(message.contains("applies to the next renewal"), message);
        assertTrue(message.contains("no renewal is left"), message);
        assertEquals(Cdg79Articles.DURATION, late.findings().all().get(0).citation());
    }

    @Test
    void aNoticeDuringTheRenewedTermGetsAnExplainedOutcome() {
        Convention during = DEFAULT.start(CLESSE).convention().withNotice(LocalDate.of(2028, 6, 15), Optional.empty());
        assertEquals(LocalDate.of(2029, 12, 31), during.finalEnd(), "no early termination in art. 4");
        assertTrue(during.findings().has("notice-without-renewal-left"), during.findings().toString());
        String message = during.findings().all().get(0).message();
        assertTrue(message.contains("2028-01-01 to 2029-12-31"), message);
        assertTrue(message.contains("ends on 2029-12-31"), message);
        // the last day of the convention: still in force, still explained
        assertTrue(DEFAULT.start(CLESSE).convention().withNotice(LocalDate.of(2029, 12, 31), Optional.empty())
                .findings().has("notice-without-renewal-left"));
    }
}
