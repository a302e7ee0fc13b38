package fr.cdgrules.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.finding.Severity;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.lifecycle.TerminationRule;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the register check tells the person who keeps the register, word for word: each row set
 * aside with its line, code, field, reason and article; each member with its period and the articles
 * that set it.
 */
class RegisterInWordsTest {
    private static final Citation TERRITORY = Citation.of("T", "art. 1");
    private static final Citation RESILIATION = Citation.of("T", "art. 6");

    /** Département 99, three years, no renewal, notice of three months stating its reasons (art. 6). */
    static RuleModule withTerminationClause() {
        return new RuleModule() {
            @Override
            public String id() {
                return "fake6";
            }

            @Override
            public String issuingBody() {
                return "Illustrative body with a termination clause";
            }

            @Override
            public List<SourceText> sources() {
                return List.of(SourceText.of("T", "t.txt", "test"));
            }

            @Override
            public Territory territory() {
                return FakeBody.TERRITORY;
            }

            @Override
            public ConventionTerms conventionTerms() {
                return ConventionTerms.of(Period.ofYears(3), FakeBody.TERM, RenewalPolicy.none(FakeBody.TERM),
                        List.of(TerminationRule.atNoticeExpiry(Period.ofMonths(3), MonthEndRule.CLAMP_TO_MONTH_END,
                                RESILIATION).withReasonsRequired(true)));
            }
        };
    }

    private static List<String> lines(List<?> values) {
        return values.stream().map(Object::toString).toList();
    }

    @Test
    void everyRowSetAsideSaysWhyWithItsLineFieldAndArticle() {
        CheckedRegister c = RegisterCheckTest.check("code,decisionDate,joiningYear,noticeOn,terminatedOn\n"
                + "99001,2025-12-10,2026,,\n"
                + "98001,2026-01-10,2026,,\n"
                + "99404,2026-01-10,2026,,\n"
                + "99002,2026-05-04,2025,,\n"
                + "99002,2026-05-04,2026,2025-06-01,\n"
                + "99001,2026-05-04,2026,,\n"
                + "99003,2026-05-04,2027,,2026-12-31\n"
                + "99003,2026-05-04,2031,,\n"
                + "99003,2024-05-04,2026,,2026-06-30\n"
                + "99002,2024-12-10,2025,2026-11-30,\n"
                + "99002,2030-12-10,2031,,\n", LateNoticeReading.KEEP_ROW);
        assertEquals("fake", c.module());
        assertEquals(11, c.rowsRead());
        assertEquals(List.of(
                "line 3 (98001), code: Commune 98001 (98001) is outside the territory served: département 99 [T art. 1]",
                "line 4 (99404), code: unknown commune 99404: no commune has this INSEE code in the data",
                "line 5 (99002), joiningYear: an adhesion decided on 2026-05-04 cannot join the past budget year 2025"
                        + " [T art. 4]",
                "line 6 (99002), noticeOn: a notice given on 2025-06-01 precedes the membership, which starts on"
                        + " 2026-01-01 [T art. 4]",
                "line 7 (99001), code: Commune 99001 (99001) is already a member from 2026-01-01 to 2029-12-31 (line 2)"
                        + " [T art. 1, T art. 4]",
                "line 8 (99003), terminatedOn: membership cannot end on 2026-12-31, before it starts on 2027-01-01"
                        + " [T art. 4]"), lines(c.rejected()));
        assertEquals(List.of(), c.warnings());
        assertEquals(List.of(
                "Commune 99001 (99001) member from 2026-01-01 to 2029-12-31",
                "Commune 99003 (99003) member from 2031-01-01 to 2034-12-31",
                "Commune 99003 (99003) member from 2026-01-01 to 2026-06-30",
                "Commune 99002 (99002) member from 2025-01-01 to 2026-12-31",
                "Commune 99002 (99002) member from 2031-01-01 to 2034-12-31"), lines(c.members()));
        assertEquals(List.of(
                "joined from 2026-01-01 (budget year 2026); last day in force 2029-12-31",
                "joined from 2031-01-01 (budget year 2031); last day in force 2034-12-31",
                "joined from 2026-01-01 (budget year 2026); ended on 2026-06-30 (recorded in the register)",
                "joined from 2025-01-01 (budget year 2025); notice of 2026-11-30 recorded; last day in force 2026-12-31",
                "joined from 2031-01-01 (budget year 2031); last day in force 2034-12-31"),
                c.members().stream().map(Member::period).toList());
        c.members().forEach(m -> assertEquals(List.of(TERRITORY, FakeBody.TERM), m.citations(), m.toString()));
        Member ended = c.members().get(2);
        assertTrue(ended.isMemberDuring(Year.of(2026)));
        assertTrue(!ended.isMemberDuring(Year.of(2027)) && !ended.isMemberDuring(Year.of(2025)));
    }

    @Test
    void aLateNoticeIsAWarningKeepingTheRowOrARefusalUnderTheStrictReading() {
        String csv = "code,decisionDate,joiningYear,noticeOn\n99002,2024-12-10,2025,2026-12-02\n";
        CheckedRegister kept = RegisterCheckTest.check(csv, LateNoticeReading.KEEP_ROW);
        assertEquals(List.of("Commune 99002 (99002) member from 2025-01-01 to 2028-12-31"), lines(kept.members()));
        RowProblem warning = kept.warnings().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("noticeOn", warning.field());
        assertTrue(warning.message().endsWith(" (row kept: reading KEEP_ROW)"), warning.message());
        assertTrue(warning.toString().startsWith("line 2 (99002), noticeOn: notice of non-renewal given on 2026-12-02"),
                warning.toString());
        assertEquals(List.of(FakeBody.TERM), warning.citations());
        CheckedRegister strict = RegisterCheckTest.check(csv, LateNoticeReading.REJECT_ROW);
        assertEquals(List.of(), strict.members());
        RowProblem refusal = strict.rejected().get(0);
        assertEquals(Severity.REFUSAL, refusal.severity());
        assertEquals(warning.message().replace(" (row kept: reading KEEP_ROW)", ""), refusal.message());
    }

    @Test
    void aTerminationEndsTheMembershipAndItsClauseIsCited() {
        CheckedRegister c = RegisterCheck.check(RegisterReader.csv(
                "code,decisionDate,joiningYear,noticeOn,noticeReason,terminatedOn\n"
                        + "99001,2025-12-10,2026,2026-03-10,réorganisation,\n"
                        + "99002,2025-12-10,2026,2026-03-10,,\n"
                        + "99003,2025-12-10,2026,2026-03-10,réorganisation,2026-04-30\n"
                        + "99003,2025-12-10,2026,2029-03-10,réorganisation,\n"), withTerminationClause(),
                RegisterCheckTest.LOOKUP, LateNoticeReading.KEEP_ROW);
        assertEquals(List.of(
                "joined from 2026-01-01 (budget year 2026); notice of 2026-03-10 recorded; terminated, last day in"
                        + " force 2026-06-10",
                "joined from 2026-01-01 (budget year 2026); notice of 2026-03-10 recorded; ended on 2026-04-30"
                        + " (recorded in the register)"), c.members().stream().map(Member::period).toList());
        c.members().forEach(m -> assertEquals(List.of(TERRITORY, FakeBody.TERM, RESILIATION), m.citations()));
        assertEquals(List.of(3, 5), c.rejected().stream().map(RowProblem::line).toList());
        c.rejected().forEach(p -> {
            assertEquals("noticeOn", p.field());
            assertEquals(List.of(RESILIATION), p.citations());
        });
        assertTrue(c.rejected().get(0).message().contains("must state its reasons"), c.rejected().get(0).message());
        assertTrue(c.rejected().get(1).message().contains("2029-03-10"), c.rejected().get(1).message());
    }
}
