package fr.cdgrules.cli.fuzz;

import org.junit.jupiter.api.Test;

/** Findings of {@link ArgumentsFuzzTest}, replayed as plain arguments with the same oracle. */
class ArgumentsRegressionTest {

    @Test
    void aFileNameWithANulCharacterIsAUsageErrorInWords() {
        // was: "cannot convert ' -' to interface java.nio.file.Path (java.nio.file.InvalidPathException: …)"
        ArgumentsFuzzTest.check("cohort", "--plan", "\0 -");
        ArgumentsFuzzTest.check("bill", "cucm", "--timesheet", "a\0b.json");
        ArgumentsFuzzTest.check("fees", "cdg79", "--register", "\0");
    }
}
