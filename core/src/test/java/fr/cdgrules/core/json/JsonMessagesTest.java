package fr.cdgrules.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.type.TypeReference;

/**
 * What a person reads when a JSON document does not fit: the field, and domain words for what was
 * expected and what was found, never a Java or Jackson name.
 */
class JsonMessagesTest {
    /** Clessé (79094): 923 inhabitants, population municipale 2026 (001). */
    private static String population(String inhabitants, String basis, String vintage) {
        return "{\"inhabitants\": " + inhabitants + ", \"basis\": " + basis + ", \"vintage\": " + vintage + "}";
    }

    private static InvalidInputException refused(String json, Class<?> type) {
        return assertThrows(InvalidInputException.class, () -> CdgJson.read(json, type));
    }

    private static InvalidInputException refused(String json, TypeReference<?> type) {
        return assertThrows(InvalidInputException.class, () -> CdgJson.read(json, type));
    }

    private static void refusedWith(String field, String message, InvalidInputException e) {
        assertEquals(Optional.of(field), e.field(), e.getMessage());
        assertEquals("invalid " + field + ": " + message, e.getMessage());
    }

    @Test
    void aWholeNumberFieldSaysWhatItGotInstead() {
        refusedWith("inhabitants", "expected a whole number, got true or false",
                refused(population("true", "\"MUNICIPALE\"", "2026"), Population.class));
        refusedWith("inhabitants", "expected a whole number, got an array",
                refused(population("[923]", "\"MUNICIPALE\"", "2026"), Population.class));
        refusedWith("inhabitants", "expected a whole number, got an object",
                refused(population("{}", "\"MUNICIPALE\"", "2026"), Population.class));
        refusedWith("inhabitants", "expected a whole number, got null",
                refused(population("null", "\"MUNICIPALE\"", "2026"), Population.class));
        // 923.5 inhabitants: never truncated to 923
        refusedWith("inhabitants", "expected a whole number",
                refused(population("923.5", "\"MUNICIPALE\"", "2026"), Population.class));
        refusedWith("inhabitants", "the number is out of range for a whole number",
                refused(population("99999999999999999999999", "\"MUNICIPALE\"", "2026"), Population.class));
        refusedWith("json", "the number is out of range for a whole number", refused("99999999999", Integer.class));
        refusedWith("json", "expected a whole number", refused("\"923\"", Long.class));
        refusedWith("json", "expected a whole number", refused("\"923\"", Short.class));
        refusedWith("a", "expected a whole number",
                refused("{\"a\": 1.5}", new TypeReference<Map<String, java.math.BigInteger>>() {}));
    }

    @Test
    void anEnumFieldListsItsNames() {
        refusedWith("basis", "expected one of MUNICIPALE, TOTALE, got a string",
                refused(population("923", "\"COMMUNALE\"", "2026"), Population.class));
        refusedWith("basis", "expected one of MUNICIPALE, TOTALE",
                refused(population("923", "1", "2026"), Population.class));
        refusedWith("[0]", "expected one of MUNICIPALE, TOTALE",
                refused("[1]", new TypeReference<List<PopulationBasis>>() {}));
    }

    @Test
    void yearsAreWholeNumbersFrom1900To2199() {
        assertEquals(Year.of(1900), CdgJson.read(population("923", "\"MUNICIPALE\"", "1900"), Population.class).vintage());
        assertEquals(Year.of(2199), CdgJson.read(population("923", "\"MUNICIPALE\"", "2199"), Population.class).vintage());
        refusedWith("vintage", "the year 1899 is outside the supported years, 1900 to 2199",
                refused(population("923", "\"MUNICIPALE\"", "1899"), Population.class));
        refusedWith("vintage", "the year 2200 is outside the supported years, 1900 to 2199",
                refused(population("923", "\"MUNICIPALE\"", "2200"), Population.class));
        refusedWith("vintage", "the year 99999999999 is outside the supported years, 1900 to 2199",
                refused(population("923", "\"MUNICIPALE\"", "99999999999"), Population.class));
        refusedWith("vintage", "expected a year written as a number such as 2026",
                refused(population("923", "\"MUNICIPALE\"", "\"2026\""), Population.class));
        refusedWith("json", "expected a year written as a number such as 2026", refused("2026.0", Year.class));
    }

    private static String entry(String date) {
        return "{\"date\":" + date + ",\"hours\":\"7\",\"activity\":\"WORK\"}";
    }

    @Test
    void datesAreIsoStringsFrom1900To2199() {
        assertEquals(LocalDate.of(1900, 1, 1), CdgJson.read(entry("\"1900-01-01\""), TimesheetEntry.class).date());
        assertEquals(LocalDate.of(2199, 12, 31), CdgJson.read(entry("\"2199-12-31\""), TimesheetEntry.class).date());
        assertEquals(LocalDate.of(2026, 4, 23), CdgJson.read(entry("\" 2026-04-23 \""), TimesheetEntry.class).date());
        refusedWith("date", "1899-12-31 is outside the supported dates, 1900-01-01 to 2199-12-31",
                refused(entry("\"1899-12-31\""), TimesheetEntry.class));
        refusedWith("date", "2200-01-01 is outside the supported dates, 1900-01-01 to 2199-12-31",
                refused(entry("\"2200-01-01\""), TimesheetEntry.class));
        refusedWith("date", "expected a date written as a string such as \"2026-01-01\"",
                refused(entry("20260423"), TimesheetEntry.class));
        // a text of 40 characters is quoted whole, a longer one is cut after 40
        String forty = "x".repeat(40);
        refusedWith("date", "'" + forty + "' is not a date such as 2026-01-01",
                refused(entry("\"" + forty + "\""), TimesheetEntry.class));
        refusedWith("date", "'" + forty + "…' is not a date such as 2026-01-01",
                refused(entry("\"" + forty + "y\""), TimesheetEntry.class));
    }

    @Test
    void dateRangesAreStringsWithinTheSupportedDates() {
        TypeReference<LocalDateRange> range = new TypeReference<>() {};
        // the 000 convention's first term, 1 January 2026 to 31 December 2027, end exclusive
        assertEquals(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)),
                CdgJson.read("\"2026-01-01/2028-01-01\"", range));
        assertEquals(LocalDate.of(1900, 1, 1), CdgJson.read("\"1900-01-01/2026-01-01\"", range).getStart());
        assertEquals(LocalDate.of(2199, 12, 31), CdgJson.read("\"2026-01-01/2200-01-01\"", range).getEndInclusive());
        refusedWith("json", "the range 1899-12-31/2026-01-01 is outside the supported dates, 1900-01-01 to 2199-12-31",
                refused("\"1899-12-31/2026-01-01\"", range));
        refusedWith("json", "the range 2026-01-01/2200-01-02 is outside the supported dates, 1900-01-01 to 2199-12-31",
                refused("\"2026-01-01/2200-01-02\"", range));
        refusedWith("json", "expected a date range such as \"2026-01-01/2028-01-01\", got a string",
                refused("\"2026-01-01\"", range));
        refusedWith("json", "expected a date range written as a string such as \"2026-01-01/2028-01-01\"",
                refused("20260101", range));
    }

    @Test
    void aDocumentOfTheWrongShapeIsNamedInWords() {
        refusedWith("json", "the document is null; expected an object", refused("null", Population.class));
        refusedWith("json", "the document is null; expected an array",
                refused("null", new TypeReference<List<Population>>() {}));
        refusedWith("json", "the document is null; expected a string", refused("null", String.class));
        refusedWith("json", "expected an array, got an object",
                refused("{}", new TypeReference<List<Population>>() {}));
        refusedWith("json", "expected an array, got a string", refused("\"923\"", int[].class));
        refusedWith("json", "expected an object, got an array", refused("[]", Population.class));
        refusedWith("json", "expected a number, got an object", refused("{}", Money.class));
        refusedWith("json", "expected a number, got true or false", refused("true", BigDecimal.class));
        refusedWith("json", "expected a citation such as \"000 art. 3.1\", got a number", refused("3", Citation.class));
        refusedWith("json", "expected text", refused("150", String.class));
        refusedWith("json", "expected text, got an array", refused("[1]", new TypeReference<Optional<String>>() {}));
        refusedWith("json", "expected true or false", refused("\"true\"", Boolean.class));
        refusedWith("json", "expected true or false", refused("1", Boolean.class));
        refusedWith("json", "malformed JSON: more than one value in the document",
                refused(population("923", "\"MUNICIPALE\"", "2026") + " 1", Population.class));
        refusedWith("inhabitants", "the field 'inhabitants' appears twice",
                refused("{\"inhabitants\": 923, \"inhabitants\": 924, \"basis\": \"MUNICIPALE\", \"vintage\": 2026}",
                        Population.class));
    }

    @Test
    void documentsBeyondTheLimitsSayWhichLimit() {
        refusedWith("json", "arrays and objects are nested at most 64 deep",
                refused("[".repeat(65) + "]".repeat(65), new TypeReference<List<Object>>() {}));
        refusedWith("json", "a number is written in at most 40 characters", refused("1" + "0".repeat(40), BigDecimal.class));
        refusedWith("json", "a text value has at most 1048576 characters",
                refused("\"" + "a".repeat(1024 * 1024 + 1) + "\"", String.class));
    }

    @Test
    void wordsForTheTypesAPersonMeets() {
        assertEquals("text", CdgJson.words(String.class));
        assertEquals("text", CdgJson.words(char.class));
        assertEquals("a date such as \"2026-01-01\"", CdgJson.words(LocalDate.class));
        assertEquals("a year such as 2026", CdgJson.words(Year.class));
        assertEquals("a date range such as \"2026-01-01/2028-01-01\"", CdgJson.words(LocalDateRange.class));
        assertEquals("true or false", CdgJson.words(boolean.class));
        assertEquals("a whole number", CdgJson.words(int.class));
        assertEquals("a whole number", CdgJson.words(long.class));
        assertEquals("a whole number", CdgJson.words(Integer.class));
        assertEquals("a whole number", CdgJson.words(short.class));
        assertEquals("a number", CdgJson.words(BigDecimal.class));
        assertEquals("an amount in euros such as \"150.00\"", CdgJson.words(Money.class));
        assertEquals("a number of hours such as 7.5 or \"20/3\"", CdgJson.words(Hours.class));
        assertEquals("one of MUNICIPALE, TOTALE", CdgJson.words(PopulationBasis.class));
        assertEquals("an array", CdgJson.words(List.class));
        assertEquals("an array", CdgJson.words(String[].class));
        assertEquals("a value or nothing", CdgJson.words(Optional.class));
        assertEquals("an object", CdgJson.words(Population.class));
    }

    @Test
    void parserMessagesLoseTheirJavaNames() {
        assertEquals("expected a value, got a number",
                CdgJson.scrub("expected `fr.cdgrules.core.NoSuchType`, got a number"));
        assertEquals("cannot read a date such as \"2026-01-01\"", CdgJson.scrub("cannot read `java.time.LocalDate`"));
        assertEquals("cannot read an array", CdgJson.scrub("cannot read `java.lang.String[]`"));
        assertEquals("a value is not allowed", CdgJson.scrub("java.util.HashMap is not allowed (class java.util.HashMap)"));
        assertEquals("Unexpected token", CdgJson.scrub("Unexpected token JsonToken.START_ARRAY: enable `X` to allow it"));
    }
}
