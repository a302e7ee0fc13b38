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
     * An object of two members, in the order given (unlike {@code Map.of}, whose order varies from
     * run to run).
     *
     * @param k1 the first key
     * @param v1 its value
     * @param k2 the second key
     * @param v2 its value
     * @return the ordered object
     */
    static java.util.Map<String, Object> object(String k1, Object v1, String k2, Object v2) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /**
     * @param value a map, list or library value
     * @return JSON on one line
     */
    static String compact(Object value) {
        return COMPACT.writeValueAsString(value);
    }
}
