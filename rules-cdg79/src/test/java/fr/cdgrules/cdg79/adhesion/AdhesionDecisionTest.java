package fr.cdgrules.cdg79.adhesion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Module;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.duration.AdhesionConvention;
import fr.cdgrules.cdg79.duration.ConventionStartReading;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.module.MembershipRules;
import fr.cdgrules.core.register.Admission;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.RegisterRow;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision to join « à compter de l'exercice budgétaire » N (001) and the reading of a register row
 * as such a decision (000 art. 4).
 */
class AdhesionDecisionTest {
    private static final Cdg79Module MODULE = new Cdg79Module();
    private static final AdhesionConvention BY_SIGNATURE = AdhesionConvention.of(ConventionStartReading.DATE_OF_SIGNATURE);

    @Test
    void aDecisionInWords() {
        AdhesionDecision clesse = AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026));
        assertEquals("adhesion decided on 2026-04-23 from budget year 2026", clesse.toString());
        assertEquals("adhesion decided on 2026-04-23 from budget year 2026 (délibération du conseil municipal de Clessé"
                + " du 23 avril 2026)", clesse.withDeliberation("délibération du conseil municipal de Clessé du 23 avril"
                        + " 2026").toString());
        assertEquals(LocalDate.of(2027, 1, 1), AdhesionDecision.of(LocalDate.of(2026, 12, 10), Year.of(2027))
                .firstDayOfJoiningYear());
        assertEquals(clesse, AdhesionDecision.joiningTheSameYear(LocalDate.of(2026, 4, 23)));
        assertThrows(NullPointerException.class, () -> AdhesionDecision.joiningTheSameYear(null));
        assertThrows(NullPointerException.class, () -> AdhesionDecision.of(LocalDate.of(2026, 4, 23), null));
        assertThrows(NullPointerException.class, () -> clesse.withDeliberation(null));
    }

    @Test
    void aDecisionCannotJoinAPastYearNorCarryABlankReference() {
        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> AdhesionDecision.of(LocalDate.of(2026, 1, 5), Year.of(2025)));
        assertTrue(past.getMessage().contains("an adhesion decided on 2026-01-05 cannot join the past budget year 2025:"
                + " it joins « à compter de l'exercice budgétaire » 2026 or later"), past.getMessage());
        assertEquals("joiningYear", past.field().orElseThrow());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026)).withDeliberation(""));
        assertEquals("deliberation", blank.field().orElseThrow());
        assertEquals(List.of(Cdg79Articles.CLESSE), blank.rules());
    }

    @Test
    void theModuleAsOneRowSeesItIsTheModuleWithTheRowsConvention() {
        RegisterRow row = RegisterRow.of(2, "79094", LocalDate.of(2026, 4, 23), Year.of(2026));
        RegisterAdmission.DecisionPlaced placed = new RegisterAdmission.DecisionPlaced(MODULE, BY_SIGNATURE, row);
        assertEquals("cdg79", placed.id());
        assertEquals(MODULE.issuingBody(), placed.issuingBody());
        assertEquals(MODULE.sources(), placed.sources());
        assertEquals(MODULE.territory(), placed.territory());
        assertSame(BY_SIGNATURE.terms(), placed.conventionTerms());
        // core asks for the convention of 1 January of the year joined; the row's decision places it
        Convention c = placed.convention(LocalDate.of(2026, 1, 1));
        assertEquals(LocalDate.of(2026, 4, 23), c.start());
        assertEquals(LocalDate.of(2030, 4, 22), c.finalEnd());
        // a row joining a past year has no decision to place (core refuses it before asking)
        RegisterAdmission.DecisionPlaced past = new RegisterAdmission.DecisionPlaced(MODULE, BY_SIGNATURE,
                RegisterRow.of(3, "79094", LocalDate.of(2026, 4, 23), Year.of(2025)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> past.convention(LocalDate.of(2025, 1, 1)));
        assertEquals("joiningYear", e.field().orElseThrow());
    }

    @Test
    void theRulesInWordsAndTheirLateNoticeReading() {
        RegisterAdmission rules = (RegisterAdmission) MODULE.capability(MembershipRules.class).orElseThrow();
        assertEquals("register admission of cdg79 (start reading FIRST_DAY_OF_CIVIL_YEAR, late notice KEEP_ROW)",
                rules.toString());
        RegisterAdmission strict = rules.withLateNotice(LateNoticeReading.REJECT_ROW);
        assertEquals("register admission of cdg79 (start reading FIRST_DAY_OF_CIVIL_YEAR, late notice REJECT_ROW)",
                strict.toString());
        assertSame(rules.duration(), strict.duration());
        assertThrows(NullPointerException.class, () -> rules.withLateNotice(null));
        assertThrows(NullPointerException.class, () -> RegisterAdmission.of(null, BY_SIGNATURE, LateNoticeReading.KEEP_ROW));
        assertThrows(NullPointerException.class, () -> RegisterAdmission.of(MODULE, null, LateNoticeReading.KEEP_ROW));
        assertThrows(NullPointerException.class, () -> RegisterAdmission.of(MODULE, BY_SIGNATURE, null));
        assertThrows(NullPointerException.class, () -> rules.admit(null, TestCommunes.clesse()));
        assertThrows(NullPointerException.class, () -> rules.admit(RegisterRow.of(2, "79094", LocalDate.of(2026, 4, 23),
                Year.of(2026)), null));
    }

    @Test
    void aRowJoiningAPastYearIsRefusedByCoreNotByTheStartReading() {
        RegisterAdmission signature = RegisterAdmission.of(MODULE, BY_SIGNATURE, LateNoticeReading.KEEP_ROW);
        Admission a = signature.admit(RegisterRow.of(7, "79094", LocalDate.of(2026, 4, 23), Year.of(2025)),
                TestCommunes.clesse());
        assertTrue(a.member().isEmpty(), a.toString());
        assertTrue(a.problems().stream().anyMatch(p -> p.line() == 7), a.toString());
        // a decision of December joining the next year: member from 1 January of that year under either reading
        Admission december = signature.admit(RegisterRow.of(8, "79094", LocalDate.of(2025, 12, 15), Year.of(2026)),
                TestCommunes.clesse());
        assertEquals(LocalDate.of(2026, 1, 1), december.member().orElseThrow().firstDay());
    }
}
