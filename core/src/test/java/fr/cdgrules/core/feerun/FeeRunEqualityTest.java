package fr.cdgrules.core.feerun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A fee run compares by what it would issue: module id, year, lines, members owing nothing, problems, warnings. */
class FeeRunEqualityTest {
    private static final String REGISTER = "code,decisionDate,joiningYear,noticeOn,terminatedOn,population\n"
            + "99010,2025-12-01,2026,,,\n" + "99100,2025-12-01,2026,,,\n" + "99030,2026-05-01,2027,,,\n";

    @Test
    void twoRunsOfTheSameRegisterAndYearAreEqual() {
        FeeRun a = FeeRunTest.run(REGISTER, 2026);
        FeeRun b = FeeRunTest.run(REGISTER, 2026);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void anotherYearOrAnotherLineMakeThemUnequal() {
        FeeRun a = FeeRunTest.run(REGISTER, 2026);
        assertNotEquals(a, FeeRunTest.run(REGISTER, 2027));
        // the same members, one population stated in the register: one titre line differs
        assertNotEquals(a, FeeRunTest.run(REGISTER.replace("99100,2025-12-01,2026,,,\n",
                "99100,2025-12-01,2026,,,600\n"), 2026));
    }
}
