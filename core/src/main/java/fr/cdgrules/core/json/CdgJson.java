package fr.cdgrules.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.limits.Limits;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of the library's values (Jackson 3). Every public value type round-trips exactly:
 * amounts and hours as strings ({@code "150.00"}, {@code "20/3"}; plain JSON numbers are also read,
 * exactly, as decimals), dates as ISO strings, date
 * ranges as {@code "2026-01-01/2028-01-01"} (end exclusive, ThreeTen-Extra's form). Unknown fields,
 * missing required fields, nulls for primitives and malformed values are refused with an
 * {@link InvalidInputException} naming the field.
 *
 * <p>Only accessors annotated {@code @JsonProperty} (or {@code @JsonValue}) are serialised: derived
 * accessors such as {@code isRefusal()} are not properties. Rule modules annotate their value types
 * the same way. Enums are written and read by {@code name()}, even when they override {@code toString()}.
 *
 * <p><b>Generic values</b> are read with their full type, a {@link TypeReference} (as Jackson needs it),
 * because their JSON form carries no Java type: {@code Timeline<Money>}, {@code List<Candidate>}, and a
 * {@code fr.cdgrules.core.notice.TerminationNotice} with its module's parties,
 * {@code new TypeReference<TerminationNotice<fr.cdgrules.cdg44.partnership.Party>>() {}}. Read with its
 * raw class, a value whose part is only known by its interface is refused: the message names the field and
 * says its type must be named.
 */
public final class CdgJson {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(Limits.MAX_JSON_CHARS)
                            .maxNestingDepth(Limits.MAX_JSON_DEPTH)
                            .maxStringLength(Limits.MAX_JSON_STRING)
                            .maxNumberLength(Limits.MAX_JSON_NUMBER)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // enums by name(), whatever their toString(): Jackson 3 defaults to toString()
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            // only what is annotated @JsonProperty is a property: derived accessors (isRefusal(), ...) stay out
            .changeDefaultVisibility(vc -> vc
                    .withVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE))
            // strict types: no number, boolean or object read as text (a date, an amount, a name)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // no fraction truncated to a whole number (1.5 inhabitants), no text read as a number
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            // serialising a value with no JSON form (no @JsonProperty) is an error, never {}
            .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(new SimpleModule("cdg-rules")
                    // ... and at every level: a part with no property is an error too, never a nested {}
                    .setSerializerModifier(new NoJsonForm())
                    .addDeserializer(LocalDate.class, new DateDeserializer())
                    .addDeserializer(Year.class, new YearDeserializer())
                    .addDeserializer(java.math.BigDecimal.class, new DecimalDeserializer())
                    .addSerializer(LocalDateRange.class, new RangeSerializer())
                    .addDeserializer(LocalDateRange.class, new RangeDeserializer()))
            .build();

    private CdgJson() {}

    /** @return the configured, thread-safe mapper */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes a value as JSON. A value whose type has no JSON form (a rule, a service, options: no
     * {@code @JsonProperty}), or that holds such a part at any depth, is refused: it is never written as
     * {@code {}}. The message says so in words and names the path of the part (e.g. {@code options},
     * {@code lines[2].pricing}), never a Java type.
     *
     * @param value a value
     * @return its JSON text, indented
     * @throws IllegalArgumentException if the value, or one of its parts, has no JSON form (a programming
     *     error); the message begins {@code "this value has no JSON form"}
     */
    public static String write(Object value) {
        try {
            String json = MAPPER.writeValueAsString(value);
            if (json.length() < 8 && json.replaceAll("\\s", "").equals("{}") && !(value instanceof Map)) {
                // a value whose every property is left out (absent) would still be written {}
                throw new IllegalArgumentException(noJsonForm(""));
            }
            return json;
        } catch (InvalidDefinitionException e) {
            throw new IllegalArgumentException(noJsonForm(path(e)), e);
        }
    }

    /** The message of a value with no JSON form, in words, naming the path of the part at fault. */
    private static String noJsonForm(String path) {
        String what = "a rule, a service or a set of options, not a figure or a document";
        return path.isEmpty()
                ? "this value has no JSON form: it is " + what
                : "this value has no JSON form: its part '" + path + "' has none (it is " + what + ")";
    }

    /** The path of a JSON error, as a person reads it: {@code lines[2].pricing}. */
    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * @param json JSON text
     * @param type the expected type
     * @param <T> the type
     * @return the value
     * @throws InvalidInputException naming the field if the JSON is malformed or does not fit the type
     */
    public static <T> T read(String json, Class<T> type) {
        return read(json, MAPPER.constructType(type));
    }

    /**
     * @param json JSON text
     * @param type the expected generic type
     * @param <T> the type
     * @return the value
     * @throws InvalidInputException naming the field if the JSON is malformed or does not fit the type
     */
    public static <T> T read(String json, TypeReference<T> type) {
        return read(json, MAPPER.constructType(type));
    }

    /**
     * @param in a JSON stream, read to its end (not closed)
     * @param type the expected generic type
     * @param <T> the type
     * @return the value
     */
    public static <T> T read(InputStream in, TypeReference<T> type) {
        try {
            return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a JSON file
     * @param type the expected type
     * @param <T> the type
     * @return the value
     * @throws InvalidInputException if the file cannot be read or does not fit
     */
    public static <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException("file", null, "cannot read " + file + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException("file", null, "cannot read " + file + ": permission denied");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException("file", null, "cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException("file", null, "cannot read " + file + ": "
                    + (e.getMessage() == null ? "unreadable" : e.getMessage()));
        }
        return read(text, type);
    }

    private static <T> T read(String json, JavaType type) {
        java.util.Objects.requireNonNull(json, "json");
        if (json.length() > Limits.MAX_JSON_CHARS) {
            throw new InvalidInputException("json", null, "a JSON document has at most " + Limits.MAX_JSON_CHARS
                    + " characters, got " + json.length());
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new InvalidInputException("json", null, "the document is null; expected "
                        + describe(type));
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException("json", null, beyondLimits(String.valueOf(e.getOriginalMessage())));
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CdgRulesException c) {
                throw c;
            }
            String path = path(e);
            String field = path.isEmpty() ? "json" : path;
            if (e instanceof DatabindException d) {
                throw new InvalidInputException(field, null, humane(d));
            }
            if (e instanceof InputCoercionException i) {
                JsonParser p = i.processor();
                if (field.equals("json") && p != null && p.currentName() != null) {
                    field = p.currentName();
                }
                throw new InvalidInputException(field, null, "the number is out of range for " + words(i.getTargetType()));
            }
            String original = firstLine(e.getOriginalMessage());
            if (original.startsWith("Duplicate")) {
                JsonParser p = e.processor() instanceof JsonParser jp ? jp : null;
                String name = p != null && p.currentName() != null ? p.currentName() : field;
                throw new InvalidInputException(name, null, "the field '" + name + "' appears twice");
            }
            throw new InvalidInputException(field, null, "malformed JSON: " + scrub(original));
        }
    }

    /** A message in domain words for a document that does not fit its type: never a Java class name. */
    static String humane(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        String original = firstLine(e.getOriginalMessage());
        java.util.regex.Matcher missing = MISSING.matcher(original);
        if (missing.find()) {
            return "required field" + (missing.group(1).contains(",") ? "s" : "") + " missing: " + missing.group(1);
        }
        if (e instanceof InvalidDefinitionException && original.contains("abstract types")) {
            // a part known only by its interface (a notice's party): the caller must name its type
            return "this field is read only with its type named: read the value with its full type"
                    + " (a notice with its module's parties)";
        }
        if (original.startsWith("Trailing token")) {
            return "malformed JSON: more than one value in the document";
        }
        if (original.startsWith("Missing required creator property")) {
            java.util.regex.Matcher q = QUOTED.matcher(original);
            return q.find() ? "required field missing: " + q.group(1) : "a required field is missing";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && !original.startsWith("expected") && !original.contains(" is outside ") && !original.contains(" is not a ")) {
            return "expected " + words(m.getTargetType()) + scrubbedDetail(original);
        }
        return scrub(original);
    }

    private static final java.util.regex.Pattern MISSING =
            java.util.regex.Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']*)'");
    private static final java.util.regex.Pattern BACKTICKED = java.util.regex.Pattern.compile("`([^`]*)`");

    private static String scrubbedDetail(String original) {
        if (original.contains("from Number") || original.contains("from Integer") || original.contains("from Floating")) {
            return ", got a number";
        }
        if (original.contains("from String")) {
            return ", got a string";
        }
        if (original.contains("from Boolean")) {
            return ", got true or false";
        }
        if (original.contains("from Array") || original.contains("START_ARRAY")) {
            return ", got an array";
        }
        if (original.contains("from Object") || original.contains("START_OBJECT")) {
            return ", got an object";
        }
        if (original.contains("null") || original.contains("Null")) {
            return ", got null";
        }
        return "";
    }

    /** Words for a Java type, as a person reading a JSON file knows it. */
    static String words(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date such as \"2026-01-01\"";
        }
        if (type == Year.class) {
            return "a year such as 2026";
        }
        if (type == LocalDateRange.class) {
            return "a date range such as \"2026-01-01/2028-01-01\"";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type.getSimpleName().equals("Citation")) {
            return "a citation such as \"000 art. 3.1\"";
        }
        if (type.getSimpleName().equals("Money")) {
            return "an amount in euros such as \"150.00\"";
        }
        if (type.getSimpleName().equals("Hours")) {
            return "a number of hours such as 7.5 or \"20/3\"";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.util.Optional.class) {
            return "a value or nothing";
        }
        return "an object";
    }

    /** Removes Java and Jackson names from a parser message. */
    static String scrub(String message) {
        String m = BACKTICKED.matcher(message.replaceAll(": enable `[^`]*` to allow.*$", "")
                // any other advice naming a parser feature ("…: hexadecimal number literals require enabling
                // `JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS`"): the clause is cut, not turned into "a value"
                .replaceAll(":?\\s*[^:(`]*`[A-Za-z]*Feature\\.[^`]*`.*$", "")).replaceAll(r -> {
            String name = r.group(1);
            if (name.endsWith("[]")) {
                return "an array";
            }
            try {
                return java.util.regex.Matcher.quoteReplacement(words(Class.forName(name, false,
                        CdgJson.class.getClassLoader())));
            } catch (ClassNotFoundException | LinkageError ex) {
                return "a value";
            }
        });
        m = m.replaceAll("\\(class [^)]*\\)", "")
                // whole words only: a token the input wrote ('VASTART_ARRAYLUE_', found by ParsingFuzzTest#jsonValues) is
                // quoted back as written
                .replaceAll("JsonToken\\.|\\b(?:START_OBJECT|START_ARRAY|END_OBJECT|END_ARRAY|VALUE_STRING|VALUE_NUMBER_INT"
                        + "|VALUE_NUMBER_FLOAT|VALUE_TRUE|VALUE_FALSE|VALUE_NULL|FIELD_NAME|PROPERTY_NAME)\\b", "")
                .replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "a value")
                .replaceAll("\\s+", " ").strip();
        return m;
    }

    private static String beyondLimits(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "arrays and objects are nested at most " + Limits.MAX_JSON_DEPTH + " deep";
        }
        if (m.contains("number")) {
            return "a number is written in at most " + Limits.MAX_JSON_NUMBER + " characters";
        }
        if (m.contains("string")) {
            return "a text value has at most " + Limits.MAX_JSON_STRING + " characters";
        }
        // no "document" case: a longer document is refused before parsing, with its length
        return "the document is beyond the documented limits";
    }

    private static String describe(JavaType type) {
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "an array";
        }
        if (type.isTypeOrSubTypeOf(String.class)) {
            return "a string";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines().findFirst().orElse("");
    }

    /** Dates: ISO strings only (never a number of days), within the supported range. */
    private static final class DateDeserializer extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.reportInputMismatch(LocalDate.class,
                        "expected a date written as a string such as \"2026-01-01\"");
            }
            String text = p.getString().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeException e) {
                return (LocalDate) ctxt.reportInputMismatch(LocalDate.class,
                        "'" + clip(text) + "' is not a date such as 2026-01-01");
            }
            if (date.isBefore(Limits.MIN_DATE) || date.isAfter(Limits.MAX_DATE)) {
                return (LocalDate) ctxt.reportInputMismatch(LocalDate.class, date + " is outside the supported dates, "
                        + Limits.MIN_DATE + " to " + Limits.MAX_DATE);
            }
            return date;
        }
    }

    /**
     * Decimals, exactly (as Jackson reads them), except that a number whose exponent is beyond any range
     * ({@code 211E2222222221111111}: found by ParsingFuzzTest#jsonValues) is invalid input at its field, not a
     * {@code NumberFormatException} escaping from the parser.
     */
    private static final class DecimalDeserializer extends ValueDeserializer<java.math.BigDecimal> {
        @Override
        public java.math.BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return tools.jackson.databind.deser.jdk.NumberDeserializers.BigDecimalDeserializer.instance
                        .deserialize(p, ctxt);
            } catch (NumberFormatException e) {
                return (java.math.BigDecimal) ctxt.reportInputMismatch(java.math.BigDecimal.class,
                        "the number " + clip(p.getString()) + " is outside every supported range (its exponent is too large)");
            }
        }
    }

    /** Years: JSON integers only, within the supported range. */
    private static final class YearDeserializer extends ValueDeserializer<Year> {
        @Override
        public Year deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return (Year) ctxt.reportInputMismatch(Year.class, "expected a year written as a number such as 2026");
            }
            if (p.getNumberType() != JsonParser.NumberType.INT
                    || p.getIntValue() < Limits.MIN_YEAR || p.getIntValue() > Limits.MAX_YEAR) {
                return (Year) ctxt.reportInputMismatch(Year.class, "the year " + clip(p.getText())
                        + " is outside the supported years, " + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR);
            }
            return Year.of(p.getIntValue());
        }
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static final class RangeSerializer extends ValueSerializer<LocalDateRange> {
        @Override
        public void serialize(LocalDateRange value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    private static final class RangeDeserializer extends ValueDeserializer<LocalDateRange> {
        @Override
        public LocalDateRange deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDateRange) ctxt.reportInputMismatch(LocalDateRange.class,
                        "expected a date range written as a string such as \"2026-01-01/2028-01-01\"");
            }
            String text = p.getString();
            LocalDateRange r;
            try {
                r = LocalDateRange.parse(text);
            } catch (RuntimeException e) {
                return (LocalDateRange) ctxt.handleWeirdStringValue(LocalDateRange.class, text,
                        "expected a date range such as 2026-01-01/2028-01-01");
            }
            // outside the try: the mismatch reported here is not the parse failure above
            if (r.getStart().isBefore(Limits.MIN_DATE) || r.getEnd().isAfter(Limits.MAX_DATE.plusDays(1))) {
                return (LocalDateRange) ctxt.reportInputMismatch(LocalDateRange.class, "the range " + clip(text)
                        + " is outside the supported dates, " + Limits.MIN_DATE + " to " + Limits.MAX_DATE);
            }
            return r;
        }
    }

}
