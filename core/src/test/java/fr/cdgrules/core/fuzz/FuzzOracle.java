package fr.cdgrules.core.fuzz;

import java.util.List;

/** The oracle shared by core's fuzz targets: a message a person reads names no Java type. */
final class FuzzOracle {
    /** Words that betray a Java or Jackson internal in a message. */
    static final List<String> INTERNALS = List.of("java.", "javax.", "tools.jackson", "com.fasterxml", "Exception",
            "Immutable", "$", "JsonToken", "START_", "VALUE_", "`", "LocalDate", "BigDecimal", "Integer", "\tat ");

    private FuzzOracle() {}

    /**
     * Fails when the message names a Java internal that the input itself did not contain (a message may quote
     * the input back).
     *
     * @param message the message
     * @param input the input it is about
     */
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
