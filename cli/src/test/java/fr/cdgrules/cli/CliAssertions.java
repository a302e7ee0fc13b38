package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.json.CdgJson;
import tools.jackson.databind.JsonNode;

/** Assertions on a run of the command line. */
final class CliAssertions {
    private CliAssertions() {}

    /** Exit code, nothing on stdout, exactly one line on stderr naming the command and containing the words. */
    static void assertFails(CliRunner.Result r, int code, String... words) {
        assertEquals(code, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("cdg-rules"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        if (code != ExitCodes.BUG) {
            assertFalse(r.err().contains("Exception"), r::toString);
        }
        for (String w : words) {
            assertTrue(r.err().contains(w), () -> "expected '" + w + "' in\n" + r);
        }
    }

    /** Exit 0, nothing on stderr. */
    static String assertOk(CliRunner.Result r) {
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        return r.out();
    }

    static JsonNode json(CliRunner.Result r) {
        return CdgJson.mapper().readTree(assertOk(r));
    }
}
