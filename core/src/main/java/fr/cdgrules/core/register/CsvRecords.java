package fr.cdgrules.core.register;

import fr.cdgrules.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader: fields separated by commas, quoted with quotation marks (a quotation mark inside is written twice), CRLF or LF. */
final class CsvRecords {
    private CsvRecords() {}

    /** A record and the line it starts on. */
    record Line(int number, List<String> fields) {}

    static List<Line> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new InvalidInputException("register", null, "line " + line
                            + ": a quotation mark inside an unquoted field (RFC 4180: quote the whole field)");
                }
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    out.add(new Line(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (quoted) {
            throw new InvalidInputException("register", null, "line " + recordLine + ": a quoted field is not closed");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            out.add(new Line(recordLine, List.copyOf(fields)));
        }
        return out;
    }
}
