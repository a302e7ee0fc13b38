package fr.cdgrules.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.finding.Severity;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A member, a register as read and a checked register are values: equal exactly when every part is
 * equal (Clessé, 79094, joining the CDG79 pack from budget year 2026 by the deliberation of
 * 23 April 2026, 001; 000 art. 4).
 */
class RegisterResultsEqualityTest {
    private static final Citation ART4 = Citation.of("000", "art. 4");
    private static final RegisterRow ROW = RegisterRow.of(2, "79094", LocalDate.of(2026, 4, 23), Year.of(2026));
    private static final Collectivity CLESSE = FakeBody.commune("79094", "79", 923);
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);
    private static final Member MEMBER = Member.of(ROW, CLESSE, FIRST, LAST, "initial term", List.of(ART4));
    private static final RowProblem PROBLEM = RowProblem.of(3, Optional.of("86001"), "code",
            "outside the territory", List.of(Citation.of("000", "art. 1")), Severity.REFUSAL);

    @Test
    void membersDifferingInAnyPartAreDifferent() {
        assertEquals(MEMBER, Member.of(ROW, CLESSE, FIRST, LAST, "initial term", List.of(ART4)));
        assertEquals(MEMBER.hashCode(), Member.of(ROW, CLESSE, FIRST, LAST, "initial term", List.of(ART4)).hashCode());
        for (Member other : List.of(
                Member.of(ROW.withPopulation(923), CLESSE, FIRST, LAST, "initial term", List.of(ART4)),
                Member.of(ROW, FakeBody.commune("79094", "79", 950), FIRST, LAST, "initial term", List.of(ART4)),
                Member.of(ROW, CLESSE, FIRST.plusDays(1), LAST, "initial term", List.of(ART4)),
                Member.of(ROW, CLESSE, FIRST, LAST.plusYears(2), "initial term", List.of(ART4)),
                Member.of(ROW, CLESSE, FIRST, LAST, "renewed term", List.of(ART4)),
                Member.of(ROW, CLESSE, FIRST, LAST, "initial term", List.of(ART4, Citation.of("000", "art. 3.1"))))) {
            assertNotEquals(MEMBER, other, other.toString());
        }
        assertNotEquals(MEMBER, ROW);
    }

    @Test
    void registersAsReadDifferingInRowsOrProblemsAreDifferent() {
        MembershipRegister read = MembershipRegister.of(List.of(ROW), List.of(PROBLEM));
        assertEquals(read, MembershipRegister.of(List.of(ROW), List.of(PROBLEM)));
        assertEquals(read.hashCode(), MembershipRegister.of(List.of(ROW), List.of(PROBLEM)).hashCode());
        assertNotEquals(read, MembershipRegister.of(List.of(), List.of(PROBLEM)));
        assertNotEquals(read, MembershipRegister.of(List.of(ROW), List.of()));
        assertNotEquals(read, List.of(ROW));
    }

    @Test
    void checkedRegistersDifferingInAnyPartAreDifferent() {
        CheckedRegister checked = CheckedRegister.of("cdg79", 2, List.of(MEMBER), List.of(PROBLEM));
        assertEquals(checked, CheckedRegister.of("cdg79", 2, List.of(MEMBER), List.of(PROBLEM)));
        assertEquals(checked.hashCode(), CheckedRegister.of("cdg79", 2, List.of(MEMBER), List.of(PROBLEM)).hashCode());
        assertNotEquals(checked, CheckedRegister.of("cucm", 2, List.of(MEMBER), List.of(PROBLEM)));
        assertNotEquals(checked, CheckedRegister.of("cdg79", 3, List.of(MEMBER), List.of(PROBLEM)));
        assertNotEquals(checked, CheckedRegister.of("cdg79", 2, List.of(), List.of(PROBLEM)));
        assertNotEquals(checked, CheckedRegister.of("cdg79", 2, List.of(MEMBER), List.of()));
        assertNotEquals(checked, List.of(MEMBER));
    }
}
