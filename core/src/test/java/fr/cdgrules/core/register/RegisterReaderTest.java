package fr.cdgrules.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RegisterReaderTest {
    @Test
    void readsRfc4180WithQuotesCrlfAndAByteOrderMark() {
        String csv = "\uFEFFjoiningYear,code,decisionDate,noticeOn,population,noticeReason\r\n"
                + "2026,79094,2026-04-23,,,\r\n"
                + "\"2025\",\"79001\",2024-12-09,2026-10-15,1047,\"réorganisation, \"\"motivée\"\"\r\nsur deux lignes\"\r\n"
                + "2026,79002,2025-12-01,,,\r\n";
        MembershipRegister r = RegisterReader.csv(csv);
        assertEquals(List.of(), r.malformed());
        assertEquals(3, r.rows().size());
        RegisterRow clesse = r.rows().get(0);
        assertEquals(2, clesse.line());
        assertEquals(Year.of(2026), clesse.joiningYear());
        RegisterRow second = r.rows().get(1);
        assertEquals(LocalDate.of(2026, 10, 15), second.noticeOn().orElseThrow());
        assertEquals(OptionalLong.of(1047), second.population());
        assertEquals("réorganisation, \"motivée\"\r\nsur deux lignes", second.noticeReason().orElseThrow());
        // the quoted field spans two lines: the next record starts on line 5
        assertEquals(5, r.rows().get(2).line());
    }

    @Test
    void aMalformedRowIsReportedWithItsLineAndFieldAndTheOthersAreKept() {
        String csv = "code,decisionDate,joiningYear\n79094,2026-04-23,2026\n79001,2026-13-01,2026\n,2026-01-01,26\n"
                + "79002,2026-01-01\n79003,2026-01-02,2026\n";
        MembershipRegister r = RegisterReader.csv(csv);
        assertEquals(List.of("79094", "79003"), r.rows().stream().map(RegisterRow::code).toList());
        assertEquals(List.of(3, 4, 4, 5), r.malformed().stream().map(RowProblem::line).toList());
        assertEquals(List.of("decisionDate", "code", "joiningYear", "register"),
                r.malformed().stream().map(RowProblem::field).toList());
        assertTrue(r.malformed().get(0).message().contains("2026-13-01"));
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefused() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> RegisterReader.csv("code,decisionDate\n79094,2026-04-23\n"));
        assertTrue(missing.getMessage().contains("joiningYear"));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> RegisterReader.csv("code,decisionDate,joiningYear,noticeDate\n"));
        assertTrue(unknown.getMessage().contains("noticeDate"));
    }

    @Test
    void readsJsonWithTheLineOfEachObject() {
        String json = "[\n  {\"code\": \"79094\", \"decisionDate\": \"2026-04-23\", \"joiningYear\": 2026},\n"
                + "  {\"code\": \"79001\",\n   \"decisionDate\": \"2024-12-09\", \"joiningYear\": 2025,"
                + " \"terminatedOn\": \"2025-12-31\", \"population\": 1047},\n"
                + "  {\"code\": \"79002\", \"decisionDate\": \"x\", \"joiningYear\": 2026},\n"
                + "  {\"code\": \"79003\", \"decisionDate\": \"2026-01-01\", \"joiningYear\": 2026, \"typo\": 1}\n]";
        MembershipRegister r = RegisterReader.json(json);
        assertEquals(List.of(2, 3), r.rows().stream().map(RegisterRow::line).toList());
        assertEquals(LocalDate.of(2025, 12, 31), r.rows().get(1).terminatedOn().orElseThrow());
        assertEquals(List.of(5, 6), r.malformed().stream().map(RowProblem::line).toList());
        assertEquals(List.of("decisionDate", "typo"), r.malformed().stream().map(RowProblem::field).toList());
        assertThrows(InvalidInputException.class, () -> RegisterReader.json("{\"code\": 1}"));
        assertThrows(InvalidInputException.class, () -> RegisterReader.json("[{\"code\": "));
    }
}
