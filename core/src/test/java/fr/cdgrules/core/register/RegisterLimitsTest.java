package fr.cdgrules.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.limits.Limits;
import org.junit.jupiter.api.Test;

/** The register readers apply {@link Limits#MAX_REGISTER_ROWS} and the supported dates (docs/LIMITS.md). */
class RegisterLimitsTest {
    private static final String HEADER = "code,decisionDate,joiningYear\n";
    private static final String ROW = "79094,2026-04-23,2026\n";

    @Test
    void aCsvRegisterHasAtMostTheLimitOfRows() {
        String atLimit = HEADER + ROW.repeat(Limits.MAX_REGISTER_ROWS);
        assertEquals(Limits.MAX_REGISTER_ROWS, RegisterReader.csv(atLimit).rows().size());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.csv(atLimit + ROW));
        assertEquals("register", e.field().orElseThrow());
        assertTrue(e.getMessage().contains("at most 100000 rows") && e.getMessage().contains("MAX_REGISTER_ROWS"),
                e.getMessage());
    }

    @Test
    void aJsonRegisterHasAtMostTheLimitOfRows() {
        String row = "{\"code\":\"79094\",\"decisionDate\":\"2026-04-23\",\"joiningYear\":2026}";
        String atLimit = "[" + (row + ",").repeat(Limits.MAX_REGISTER_ROWS - 1) + row + "]";
        assertEquals(Limits.MAX_REGISTER_ROWS, RegisterReader.json(atLimit).rows().size());
        String over = "[" + (row + ",").repeat(Limits.MAX_REGISTER_ROWS) + row + "]";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.json(over));
        assertEquals("register", e.field().orElseThrow());
        assertTrue(e.getMessage().contains("at most 100000 rows"), e.getMessage());
    }

    @Test
    void yearsAndDatesOutsideTheSupportedRangeAreMalformedRows() {
        MembershipRegister r = RegisterReader.csv(HEADER + "79094,2026-04-23,9999\n79001,+10000-01-01,2026\n"
                + "79002,1899-12-31,2026\n79003,1900-01-01,1900\n79004,2199-12-31,2199\n");
        assertEquals(2, r.rows().size(), r.rows()::toString);
        assertEquals(3, r.malformed().size());
        assertEquals("joiningYear", r.malformed().get(0).field());
        assertTrue(r.malformed().get(0).message().contains("outside the supported years, 1900 to 2199"));
        assertEquals("decisionDate", r.malformed().get(1).field());
        assertEquals("decisionDate", r.malformed().get(2).field());
        assertTrue(r.malformed().get(2).message().contains("outside the supported dates"));
        MembershipRegister j = RegisterReader.json("[{\"code\":\"79094\",\"decisionDate\":\"0001-01-01\",\"joiningYear\":\"0000\"}]");
        assertEquals(0, j.rows().size());
        assertEquals(2, j.malformed().size());
    }

    @Test
    void aRegisterIsAValue() {
        String text = HEADER + ROW + "79001,2026-13-01,2026\n";
        assertEquals(RegisterReader.csv(text), RegisterReader.csv(text));
        assertEquals(RegisterReader.csv(text).hashCode(), RegisterReader.csv(text).hashCode());
    }

    @Test
    void aMalformedJsonRegisterIsRefusedWithoutParserInternals() {
        // found by RegisterFuzzTest#json: the message carried Jackson's "[Source: REDACTED (`StreamReadFeature…`)"
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegisterReader.json("[{\"code\": \"79094\"\n]"));
        assertTrue(!e.getMessage().contains("`") && !e.getMessage().contains("Source") && e.getMessage().contains("line 2"),
                e.getMessage());
    }

    @Test
    void aNumberWithAPlusSignIsRefusedWithoutNamingAParserFeature() {
        // found by RegisterFuzzTest#json: "…: enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow"
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegisterReader.json("[{\"code\": \"79094\", \"joiningYear\": +2026}]"));
        assertTrue(!e.getMessage().contains("`") && !e.getMessage().contains("Feature")
                && e.getMessage().contains("plus signs") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aControlCharacterIsRefusedWithoutNamingAParserFeature() {
        // found by RegisterFuzzTest#json: "(consider enabling `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow …)"
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegisterReader.json("[{\"code\": \"79094\"}\u001e]"));
        assertTrue(!e.getMessage().contains("`") && !e.getMessage().contains("Feature")
                && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void anEmptyKeyIsAnUnknownKeyNamedInQuotes() {
        // found by RegisterFuzzTest#json: [{"code":"79000","":"0000"}] gave a row problem with an empty field
        MembershipRegister r = RegisterReader.json("[{\"code\":\"79000\",\"\":\"0000\"}]");
        assertEquals(0, r.rows().size());
        RowProblem p = r.malformed().get(0);
        assertEquals("\"\"", p.field());
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("unknown key; the keys are code, decisionDate, joiningYear (required)"),
                p.message());
        assertEquals("\" \"", RegisterReader.json("[{\"code\":\"79000\",\" \":1}]").malformed().get(0).field());
    }

    @Test
    void aHexadecimalNumberIsRefusedWithoutNamingAParserFeature() {
        // found by RegisterFuzzTest#json: "…: hexadecimal number literals require enabling `JsonReadFeature.…`"
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegisterReader.json("[\n{\"code\": \"71153\", \"joiningYear\": 0xfffd}]"));
        assertEquals("register", e.field().orElseThrow());
        assertEquals("invalid register: not valid JSON at line 2: Unexpected character ('x' (code 120))", e.getMessage());
    }
}
