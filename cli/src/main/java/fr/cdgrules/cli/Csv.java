package fr.cdgrules.cli;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 output: a field is quoted when it holds a comma, a double quote, CR or LF; inner quotes doubled. */
final class Csv {
    private Csv() {}

    /**
     * @param fields the fields
     * @return the record, without line ending
     */
    static String row(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    /**
     * @param value a field
     * @return the field, quoted if needed
     */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
