package fr.cdgrules.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.error.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's messages, word for word: a file that is not a register, and each malformed row. */
class RegisterReaderMessagesTest {
    private static String refusedCsv(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.csv(text));
        assertEquals(Optional.of("register"), e.field());
        return e.getMessage();
    }

    private static String refusedJson(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.json(text));
        assertEquals(Optional.of("register"), e.field());
        return e.getMessage();
    }

    @Test
    void aFileThatIsNotARegisterIsRefusedSayingWhy() {
        String empty = "invalid register: the register is empty: a header line code,decisionDate,joiningYear is required";
        assertEquals(empty, refusedCsv(""));
        assertEquals(empty, refusedCsv("\n\n"));
        assertEquals("invalid register: column 'code' appears twice in the header",
                refusedCsv("code,decisionDate,joiningYear,code\n"));
        assertEquals("invalid register: unknown column 'noticeDate' in the header; the columns are code, decisionDate,"
                + " joiningYear (required) and noticeOn, terminatedOn, population, noticeReason",
                refusedCsv("code,decisionDate,joiningYear,noticeDate\n"));
        assertEquals("invalid register: the header has no column 'decisionDate' (required: code, decisionDate,"
                + " joiningYear)", refusedCsv("code,joiningYear\n"));
        assertEquals("invalid register: line 2: a quotation mark inside an unquoted field (RFC 4180: quote the whole"
                + " field)", refusedCsv("code,decisionDate,joiningYear\n7909\"4,2026-01-01,2026\n"));
        assertEquals("invalid register: line 2: a quoted field is not closed",
                refusedCsv("code,decisionDate,joiningYear\n\"79094,2026-01-01,2026\n"));
        assertEquals("invalid register: a JSON register is an array of rows", refusedJson("{}"));
        assertEquals("invalid register: line 1: each row of a JSON register is an object", refusedJson("[1]"));
        assertEquals("invalid register: line 1: each row of a JSON register is an object", refusedJson(
                "[{\"code\": \"79094\", \"decisionDate\": \"2026-01-01\", \"joiningYear\": 2026}, 3]"));
        assertEquals("invalid register: not valid JSON at line 1: Unexpected end-of-input within/between Object entries",
                refusedJson("[{\"code\": "));
    }

    @Test
    void eachMalformedCellIsReportedWithItsLineCodeAndField() {
        MembershipRegister r = RegisterReader.csv(
                "code,decisionDate,joiningYear,population,noticeOn,terminatedOn,noticeReason\n"
                        + "2A004,2026-01-01,2026,12a,2026-02-30,x,\n"
                        + "790941,2026-01-01,26,,,,\n"
                        + ",,,,,,\n"
                        + "2B004,2026-01-01,2026,,,,  \n"
                        + "79094,2026-01-01,2026\n");
        assertEquals(List.of(
                "line 2 (2A004), noticeOn: '2026-02-30' is not a date (YYYY-MM-DD)",
                "line 2 (2A004), terminatedOn: 'x' is not a date (YYYY-MM-DD)",
                "line 2 (2A004), population: '12a' is not a number of inhabitants",
                "line 3 (790941), code: '790941' is not an INSEE commune code (5 characters)",
                "line 3 (790941), joiningYear: '26' is not a year (YYYY)",
                "line 4, code: the INSEE code is required",
                "line 4, decisionDate: the date is required (YYYY-MM-DD)",
                "line 4, joiningYear: the year joined is required (YYYY)",
                "line 6, register: 3 field(s), the header has 7"),
                r.malformed().stream().map(RowProblem::toString).toList());
        assertEquals(List.of("line 5: 2B004 joined 2026 (decided 2026-01-01)"),
                r.rows().stream().map(RegisterRow::toString).toList());
        assertEquals(Optional.empty(), r.rows().get(0).noticeReason(), "a blank reason is no reason");
        r.malformed().forEach(p -> assertEquals(List.of(), p.citations(), "a malformed cell breaks no article"));
    }

    @Test
    void blankLinesCrlfAndSpacesAroundCellsAreTolerated() {
        MembershipRegister r = RegisterReader.csv(
                " code , decisionDate ,joiningYear\r\n 79094 , 2026-01-01 , 2026 \r\n\r\n79095,2026-01-01,2026");
        assertEquals(List.of("line 2: 79094 joined 2026 (decided 2026-01-01)",
                "line 4: 79095 joined 2026 (decided 2026-01-01)"), r.rows().stream().map(RegisterRow::toString).toList());
        assertEquals(List.of("line 2, code: the INSEE code is required"), RegisterReader.csv(
                "code,decisionDate,joiningYear\n\"\",2026-01-01,2026\n").malformed().stream().map(RowProblem::toString)
                .toList());
    }

    @Test
    void jsonRowsNullsAndContainersAreReadOrReported() {
        MembershipRegister r = RegisterReader.json("[{\"code\": \"79094\",\n \"decisionDate\": \"2026-01-01\","
                + " \"joiningYear\": 2026, \"noticeOn\": \"2026-05-01\", \"noticeReason\": \" motif \", \"population\": 77,"
                + " \"terminatedOn\": null}]");
        RegisterRow row = r.rows().get(0);
        assertEquals(LocalDate.of(2026, 5, 1), row.noticeOn().orElseThrow());
        assertEquals(Optional.of("motif"), row.noticeReason());
        assertEquals(OptionalLong.of(77), row.population());
        assertEquals(Optional.empty(), row.terminatedOn());
        assertEquals(List.of("line 1, population: a string or a number is expected"), RegisterReader.json(
                "[{\"code\": \"79094\", \"decisionDate\": \"2026-01-01\", \"joiningYear\": 2026, \"population\": [1]}]")
                .malformed().stream().map(RowProblem::toString).toList());
    }

    @Test
    void aFileIsReadAsJsonByItsNameAndMustBeUtf8(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("R.JSON");
        Files.writeString(json, "[{\"code\": \"79094\", \"decisionDate\": \"2026-01-01\", \"joiningYear\": 2026}]");
        assertEquals("[line 1: 79094 joined 2026 (decided 2026-01-01)]", RegisterReader.read(json).rows().toString());
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "code,decisionDate,joiningYear\n79094,2026-01-01,2026\n");
        assertEquals("[line 2: 79094 joined 2026 (decided 2026-01-01)]", RegisterReader.read(csv).rows().toString());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertEquals("invalid register: " + latin1 + " is not UTF-8 text", assertThrows(InvalidInputException.class,
                () -> RegisterReader.read(latin1)).getMessage());
        Path none = dir.resolve("none.csv");
        assertEquals("invalid register: cannot read " + none + ": " + none, assertThrows(InvalidInputException.class,
                () -> RegisterReader.read(none)).getMessage());
    }
}
