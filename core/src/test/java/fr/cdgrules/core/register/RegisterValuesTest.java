package fr.cdgrules.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.finding.Severity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A register row and a row problem are values: equal exactly when every part is equal. */
class RegisterValuesTest {
    private static final RegisterRow ROW = RegisterRow.of(2, "79094", LocalDate.of(2026, 4, 23), Year.of(2026));

    @Test
    void rowsDifferingInAnyPartAreDifferent() {
        assertEquals(ROW, RegisterRow.of(2, "79094", LocalDate.of(2026, 4, 23), Year.of(2026)));
        assertEquals(ROW.withPopulation(977), ROW.withPopulation(977));
        assertEquals(0, ROW.withPopulation(0).population().getAsLong(), "no inhabitants is a population");
        for (RegisterRow other : List.of(RegisterRow.of(3, "79094", LocalDate.of(2026, 4, 23), Year.of(2026)),
                RegisterRow.of(2, "79001", LocalDate.of(2026, 4, 23), Year.of(2026)),
                RegisterRow.of(2, "79094", LocalDate.of(2026, 4, 24), Year.of(2026)),
                RegisterRow.of(2, "79094", LocalDate.of(2026, 4, 23), Year.of(2027)),
                ROW.withNoticeOn(LocalDate.of(2027, 1, 1)), ROW.withNoticeReason("motif"),
                ROW.withTerminatedOn(LocalDate.of(2027, 1, 1)), ROW.withPopulation(977))) {
            assertNotEquals(ROW, other, other.toString());
        }
        assertNotEquals(ROW, ROW.toString());
    }

    @Test
    void problemsDifferingInAnyPartAreDifferent() {
        Citation art = Citation.of("T", "art. 1");
        RowProblem p = RowProblem.of(3, Optional.of("98001"), "code", "outside", List.of(art), Severity.REFUSAL);
        assertEquals(p, RowProblem.of(3, Optional.of("98001"), "code", "outside", List.of(art), Severity.REFUSAL));
        assertEquals(Optional.of("98001"), p.code());
        for (RowProblem other : List.of(
                RowProblem.of(4, Optional.of("98001"), "code", "outside", List.of(art), Severity.REFUSAL),
                RowProblem.of(3, Optional.empty(), "code", "outside", List.of(art), Severity.REFUSAL),
                RowProblem.of(3, Optional.of("98001"), "noticeOn", "outside", List.of(art), Severity.REFUSAL),
                RowProblem.of(3, Optional.of("98001"), "code", "inside", List.of(art), Severity.REFUSAL),
                RowProblem.of(3, Optional.of("98001"), "code", "outside", List.of(), Severity.REFUSAL),
                RowProblem.of(3, Optional.of("98001"), "code", "outside", List.of(art), Severity.WARNING))) {
            assertNotEquals(p, other, other.toString());
        }
        assertNotEquals(p, p.toString());
        CheckedRegister c = CheckedRegister.of("fake", 1, List.of(), List.of(p));
        assertEquals(List.of(p), c.problems());
        assertEquals(List.of(p), c.rejected());
        assertEquals(List.of(), c.warnings());
    }
}
