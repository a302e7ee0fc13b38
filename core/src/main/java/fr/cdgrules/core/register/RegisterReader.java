package fr.cdgrules.core.register;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Severity;
import fr.cdgrules.core.limits.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a membership register from CSV or JSON (UTF-8).
 *
 * <p><b>CSV</b> (RFC 4180, header first, any column order, LF or CRLF, an optional byte-order mark):
 * required columns {@code code}, {@code decisionDate} (ISO date), {@code joiningYear} (YYYY);
 * optional {@code noticeOn}, {@code terminatedOn} (ISO dates), {@code population} (integer ≥ 0) and
 * {@code noticeReason}; an empty cell is an absent value. Example:
 *
 * <pre>
 * code,decisionDate,joiningYear,noticeOn,terminatedOn,population
 * 79094,2026-04-23,2026,,,
 * 79001,2025-12-11,2026,2027-11-20,,
 * </pre>
 *
 * <p><b>JSON</b>: an array of objects with the same names, e.g.
 * {@code [{"code": "79094", "decisionDate": "2026-04-23", "joiningYear": 2026}]}; the line of a row
 * is the line its object starts on. Unknown columns or keys are refused (a misspelt optional column
 * would otherwise be silently ignored).
 *
 * <p>A malformed row (missing value, bad date) is reported with its line and field and set aside;
 * the other rows are read. A file that is not a register at all (no header, unknown column,
 * invalid JSON) raises an {@link InvalidInputException}.
 */
public final class RegisterReader {
    /** The required columns. */
    public static final List<String> REQUIRED = List.of("code", "decisionDate", "joiningYear");
    /** The optional columns. */
    public static final List<String> OPTIONAL = List.of("noticeOn", "terminatedOn", "population", "noticeReason");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private RegisterReader() {}

    /**
     * Reads a file: JSON if its name ends in {@code .json}, CSV otherwise.
     *
     * @param file the file
     * @return the register
     * @throws InvalidInputException naming the field {@code register} if the file cannot be read or is not a register
     * @throws NullPointerException if an argument is null, naming it
     */
    public static MembershipRegister read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("register", null, file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException("register", null, "cannot read " + file + ": " + e.getMessage());
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? json(text) : csv(text);
    }

    /**
     * @param text the CSV text
     * @return the register
     * @throws InvalidInputException naming the field {@code register} if the header lacks a required column or names
     *     an unknown one, a quoted field is not closed, or there are more than {@link Limits#MAX_REGISTER_ROWS} rows
     * @throws NullPointerException if an argument is null, naming it
     */
    public static MembershipRegister csv(String text) {
        Objects.requireNonNull(text, "text");
        List<CsvRecords.Line> lines = CsvRecords.parse(text);
        if (lines.isEmpty()) {
            throw new InvalidInputException("register", null, "the register is empty: a header line "
                    + String.join(",", REQUIRED) + " is required");
        }
        List<String> header = lines.get(0).fields().stream().map(String::strip).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (!REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
                throw new InvalidInputException("register", null, "unknown column '" + h + "' in the header; the columns"
                        + " are " + String.join(", ", REQUIRED) + " (required) and " + String.join(", ", OPTIONAL));
            }
            if (index.put(h, i) != null) {
                throw new InvalidInputException("register", null, "column '" + h + "' appears twice in the header");
            }
        }
        for (String r : REQUIRED) {
            if (!index.containsKey(r)) {
                throw new InvalidInputException("register", null, "the header has no column '" + r + "' (required: "
                        + String.join(", ", REQUIRED) + ")");
            }
        }
        tooManyRows(lines.size() - 1);
        List<RegisterRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvRecords.Line l : lines.subList(1, lines.size())) {
            if (l.fields().size() != header.size()) {
                problems.add(problem(l.number(), Optional.empty(), "register", l.fields().size() + " field(s), the header has "
                        + header.size()));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            index.forEach((k, i) -> cells.put(k, l.fields().get(i).strip()));
            row(l.number(), cells, problems).ifPresent(rows::add);
        }
        return MembershipRegister.of(rows, problems);
    }

    /** A clause of a parser message that names a parser feature (found by RegisterFuzzTest#json): never shown. */
    private static final String PARSER_FEATURE_CLAUSE = ":?\\s*[^:(`]*`[A-Za-z]*Feature\\.[^`]*`.*$";

    /**
     * @param text the JSON text: an array of row objects
     * @return the register
     * @throws InvalidInputException naming the field {@code register} if the text is not a JSON array of objects or
     *     has more than {@link Limits#MAX_REGISTER_ROWS} rows
     * @throws NullPointerException if an argument is null, naming it
     */
    public static MembershipRegister json(String text) {
        Objects.requireNonNull(text, "text");
        List<RegisterRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidInputException("register", null, "a JSON register is an array of rows");
            }
            int count = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                tooManyRows(++count);
                int line = p.currentTokenLocation().getLineNr();
                JsonNode node = JSON.readTree(p);
                Map<String, String> cells = new HashMap<>();
                boolean ok = true;
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    if (!REQUIRED.contains(e.getKey()) && !OPTIONAL.contains(e.getKey())) {
                        // an empty or blank key is named as written, in quotes (found by RegisterFuzzTest#json)
                        String key = e.getKey().isBlank() ? "\"" + e.getKey() + "\"" : e.getKey();
                        problems.add(problem(line, Optional.empty(), key, "unknown key; the keys are "
                                + String.join(", ", REQUIRED) + " (required) and " + String.join(", ", OPTIONAL)));
                        ok = false;
                    } else if (!e.getValue().isNull()) {
                        if (!e.getValue().isValueNode()) {
                            problems.add(problem(line, Optional.empty(), e.getKey(), "a string or a number is expected"));
                            ok = false;
                        } else {
                            cells.put(e.getKey(), e.getValue().asString().strip());
                        }
                    }
                }
                if (ok) {
                    row(line, cells, problems).ifPresent(rows::add);
                }
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new InvalidInputException("register", null, "line " + p.currentTokenLocation().getLineNr()
                        + ": each row of a JSON register is an object");
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new InvalidInputException("register", null, "not valid JSON"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("")
                            // found by RegisterFuzzTest#json: Jackson appends "(for Object starting at [Source: …`…`…])"
                            .replaceAll("\\s*\\(for [^)]*starting at.*$", "").replaceAll("\\s*\\[Source:.*$", "")
                            // found by RegisterFuzzTest#json: "…: enable `JsonReadFeature.…` to allow"
                            .replaceAll(":?\\s*enable `[^`]*` to allow.*$", "")
                            // and "(consider enabling `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow …)"
                            .replaceAll("\\s*\\(consider enabling `.*$", "")
                            // and any other advice naming a parser feature, e.g. "…: hexadecimal number literals
                            // require enabling `JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS`": the clause is cut
                            .replaceAll(PARSER_FEATURE_CLAUSE, ""));
        }
        return MembershipRegister.of(rows, problems);
    }

    private static Optional<RegisterRow> row(int line, Map<String, String> cells, List<RowProblem> problems) {
        String code = cells.getOrDefault("code", "");
        Optional<String> named = code.isEmpty() ? Optional.empty() : Optional.of(code);
        int before = problems.size();
        if (code.isEmpty()) {
            problems.add(problem(line, named, "code", "the INSEE code is required"));
        } else if (!code.matches("(\\d{5}|2[AB]\\d{3})")) {
            problems.add(problem(line, named, "code", "'" + code + "' is not an INSEE commune code (5 characters)"));
        }
        LocalDate decision = date(line, named, cells, "decisionDate", true, problems);
        Year joining = null;
        String y = cells.getOrDefault("joiningYear", "");
        if (y.isEmpty()) {
            problems.add(problem(line, named, "joiningYear", "the year joined is required (YYYY)"));
        } else if (!y.matches("\\d{4}")) {
            problems.add(problem(line, named, "joiningYear", "'" + y + "' is not a year (YYYY)"));
        } else if (Integer.parseInt(y) < Limits.MIN_YEAR || Integer.parseInt(y) > Limits.MAX_YEAR) {
            problems.add(problem(line, named, "joiningYear", "'" + y + "' is outside the supported years, "
                    + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR));
        } else {
            joining = Year.of(Integer.parseInt(y));
        }
        LocalDate notice = date(line, named, cells, "noticeOn", false, problems);
        LocalDate terminated = date(line, named, cells, "terminatedOn", false, problems);
        Long population = null;
        String pop = cells.getOrDefault("population", "");
        if (!pop.isEmpty()) {
            if (!pop.matches("\\d{1,12}")) {
                problems.add(problem(line, named, "population", "'" + pop + "' is not a number of inhabitants"));
            } else {
                population = Long.parseLong(pop);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        RegisterRow r = RegisterRow.of(line, code, decision, joining);
        if (notice != null) {
            r = r.withNoticeOn(notice);
        }
        String reason = cells.getOrDefault("noticeReason", "");
        if (!reason.isEmpty()) {
            r = r.withNoticeReason(reason);
        }
        if (terminated != null) {
            r = r.withTerminatedOn(terminated);
        }
        if (population != null) {
            r = r.withPopulation(population);
        }
        return Optional.of(r);
    }

    private static LocalDate date(int line, Optional<String> code, Map<String, String> cells, String field,
            boolean required, List<RowProblem> problems) {
        String v = cells.getOrDefault(field, "");
        if (v.isEmpty()) {
            if (required) {
                problems.add(problem(line, code, field, "the date is required (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.isBefore(Limits.MIN_DATE) || d.isAfter(Limits.MAX_DATE)) {
                problems.add(problem(line, code, field, "'" + v + "' is outside the supported dates, " + Limits.MIN_DATE
                        + " to " + Limits.MAX_DATE));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(problem(line, code, field, "'" + v + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static void tooManyRows(int rows) {
        if (rows > Limits.MAX_REGISTER_ROWS) {
            throw new InvalidInputException("register", null, "a register has at most " + Limits.MAX_REGISTER_ROWS
                    + " rows (the limit MAX_REGISTER_ROWS, docs/LIMITS.md), got "
                    + (rows == Limits.MAX_REGISTER_ROWS + 1 ? "more" : Integer.toString(rows)));
        }
    }

    private static RowProblem problem(int line, Optional<String> code, String field, String message) {
        return RowProblem.of(line, code, field, message, List.of(), Severity.REFUSAL);
    }
}
