package fr.cdgrules.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.finding.Severity;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RegisterCheckTest {
    static final Map<String, Collectivity> DIR = Map.of(
            "99001", FakeBody.commune("99001", "99", 300),
            "99002", FakeBody.commune("99002", "99", 800),
            "99003", FakeBody.commune("99003", "99", 5000),
            "98001", FakeBody.commune("98001", "98", 300));
    static final Function<String, Optional<Collectivity>> LOOKUP = c -> Optional.ofNullable(DIR.get(c));

    static CheckedRegister check(String csv, LateNoticeReading r) {
        return RegisterCheck.check(RegisterReader.csv(csv), FakeBody.create(), LOOKUP, r);
    }

    @Test
    void eachRuleSetsItsRowAsideWithTheLineAndTheArticleAndKeepsTheOthers() {
        CheckedRegister c = check("code,decisionDate,joiningYear,noticeOn,terminatedOn\n"
                + "99001,2025-12-10,2026,,\n"   // line 2: kept
                + "98001,2026-01-10,2026,,\n"   // 3: outside the territory (art. 1)
                + "99404,2026-01-10,2026,,\n"   // 4: unknown commune
                + "99002,2026-05-04,2025,,\n"   // 5: a past budget year (art. 4)
                + "99002,2026-05-04,2026,2025-06-01,\n" // 6: a notice before the membership
                + "99001,2026-05-04,2026,,\n"   // 7: already a member (line 2)
                + "99003,2026-05-04,2027,,2026-12-31\n", // 8: ends before it starts
                LateNoticeReading.KEEP_ROW);
        assertEquals(List.of("99001"), c.members().stream().map(m -> m.commune().code()).toList());
        assertEquals(List.of(3, 4, 5, 6, 7, 8), c.rejected().stream().map(RowProblem::line).toList());
        assertEquals(List.of(Citation.of("T", "art. 1")), c.rejected().get(0).citations());
        assertEquals(List.of(Citation.of("T", "art. 4")), c.rejected().get(2).citations());
        assertEquals("joiningYear", c.rejected().get(2).field());
        assertEquals(7, c.rowsRead());
    }

    @Test
    void aNoticeInTimeEndsTheMembershipAtTheEndOfTheTermAndALateOneIsAWarningUnderTheDefault() {
        String csv = "code,decisionDate,joiningYear,noticeOn\n99001,2024-12-10,2025,2026-11-30\n"
                + "99002,2024-12-10,2025,2026-12-02\n";
        CheckedRegister kept = check(csv, LateNoticeReading.defaultReading());
        assertEquals(LocalDate.of(2026, 12, 31), kept.members().get(0).lastDay());
        assertEquals(LocalDate.of(2028, 12, 31), kept.members().get(1).lastDay());
        assertEquals(1, kept.warnings().size());
        assertEquals(3, kept.warnings().get(0).line());
        assertEquals(Severity.WARNING, kept.warnings().get(0).severity());
        CheckedRegister strict = check(csv, LateNoticeReading.REJECT_ROW);
        assertEquals(1, strict.members().size());
        assertEquals(List.of(3), strict.rejected().stream().map(RowProblem::line).toList());
        assertTrue(strict.rejected().get(0).citations().contains(FakeBody.TERM));
    }
}
