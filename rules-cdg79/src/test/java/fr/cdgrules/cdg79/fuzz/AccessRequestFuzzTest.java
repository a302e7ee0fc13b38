package fr.cdgrules.cdg79.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cdgrules.cdg79.Cdg79Rules;
import fr.cdgrules.cdg79.charter.AccessDecision;
import fr.cdgrules.cdg79.charter.AccessRequest;
import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.json.CdgJson;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target for the cdg79 platform access request (JSON, as {@code cdg-rules access cdg79 --request}
 * reads it). Oracle: the request is read, its JSON round trip is exact and a decision is given (that
 * renders and writes as JSON); or it is refused with a typed {@link CdgRulesException} whose message
 * names no Java type. Corpus: {@code AccessRequestFuzzTestInputs/accessRequest/}.
 */
class AccessRequestFuzzTest {
    private static final Cdg79Rules RULES = Cdg79Rules.defaults();
    private static final List<String> INTERNALS = List.of("java.", "tools.jackson", "Exception", "Immutable", "$",
            "JsonToken", "START_", "VALUE_", "`", "LocalDate", "BigDecimal", "Integer", "\tat ");

    @FuzzTest(maxDuration = "10m")
    void accessRequest(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        try {
            AccessRequest request = CdgJson.read(json, AccessRequest.class);
            AccessRequest again = CdgJson.read(CdgJson.write(request), AccessRequest.class);
            if (!again.equals(request) || again.hashCode() != request.hashCode()) {
                throw new AssertionError("JSON round trip of " + request);
            }
            AccessDecision decision = RULES.decide(request);
            if (decision.render().isBlank() || CdgJson.write(decision).isBlank()) {
                throw new AssertionError("a decision that says nothing: " + decision);
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
