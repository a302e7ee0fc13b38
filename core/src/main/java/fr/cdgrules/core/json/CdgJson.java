package fr.cdgrules.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JacksonException;
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
 */
public final class CdgJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // enums by name(), whatever their toString(): Jackson 3 defaults to toString()
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            // only what is annotated @JsonProperty is a property: derived accessors (isRefusal(), ...) stay out
            .changeDefaultVisibility(vc -> vc
                    .withVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE))
            .addModule(new SimpleModule("cdg-rules")
                    .addSerializer(LocalDateRange.class, new RangeSerializer())
                    .addDeserializer(LocalDateRange.class, new RangeDeserializer()))
            .build();

    private CdgJson() {}

    /** @return the configured, thread-safe mapper */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * @param value a value
     * @return its JSON text, indented
     */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
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
            throw new InvalidInputException("file", null, "cannot read " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        return read(text, type);
    }

    private static <T> T read(String json, JavaType type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (DatabindException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CdgRulesException c) {
                throw c;
            }
            String path = e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new InvalidInputException(path.isEmpty() ? "json" : path, null, firstLine(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw new InvalidInputException("json", null, "malformed JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
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
            String text = p.getValueAsString();
            try {
                return LocalDateRange.parse(text);
            } catch (RuntimeException e) {
                return (LocalDateRange) ctxt.handleWeirdStringValue(LocalDateRange.class, text,
                        "expected a date range such as 2026-01-01/2028-01-01");
            }
        }
    }

}
