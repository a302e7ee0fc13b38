package fr.cdgrules.cucm.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionSheet;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target for the cucm mission sheet (JSON, as {@code cdg-rules bill cucm --timesheet} reads it).
 * Oracle: the sheet is read, its JSON round trip is exact, and it is estimated and invoiced; or it is
 * refused with a typed {@link CdgRulesException} (invalid input or a refusal by the rules) whose
 * message names no Java type. Corpus: {@code MissionSheetFuzzTestInputs/missionSheet/}.
 */
class MissionSheetFuzzTest {
    private static final CucmRules RULES = CucmRules.standard();
    private static final List<String> INTERNALS = List.of("java.", "tools.jackson", "Exception", "Immutable", "$",
            "JsonToken", "START_", "VALUE_", "`", "LocalDate", "BigDecimal", "Integer", "\tat ");

    @FuzzTest(maxDuration = "10m")
    void missionSheet(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        try {
            MissionSheet sheet = CdgJson.read(json, MissionSheet.class);
            MissionSheet again = CdgJson.read(CdgJson.write(sheet), MissionSheet.class);
            if (!again.equals(sheet) || again.hashCode() != sheet.hashCode()) {
                throw new AssertionError("JSON round trip of " + sheet);
            }
            MissionBill estimate = RULES.estimate(sheet);
            MissionBill invoice = RULES.invoice(sheet);
            if (estimate.total().isNegative() || invoice.total().isNegative()) {
                throw new AssertionError("a negative bill for " + sheet);
            }
        } catch (CdgRulesException e) {
            humane(e.getMessage(), json);
        }
    }

    static void humane(String message, String input) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("an error without a message");
        }
        for (String w : INTERNALS) {
            if (message.contains(w) && !input.contains(w)) {
                throw new AssertionError("'" + w + "' in the message: " + message);
            }
        }
    }
}
