package fr.cdgrules.cli;

import fr.cdgrules.core.json.CdgJson;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/** JSON output through core's mapper (so every library value keeps its JSON form: amounts as strings, ISO dates). */
final class Json {
    private static final ObjectWriter COMPACT = CdgJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /**
     * @param value a map, list or library value
     * @return indented JSON
     */
    static String pretty(Object value) {
        return CdgJson.write(value);
    }

    /**
     * @param value a map, list or library value
     * @return JSON on one line
     */
    static String compact(Object value) {
        return COMPACT.writeValueAsString(value);
    }
}
