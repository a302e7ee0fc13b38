package fr.cdgrules.core.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import tools.jackson.core.type.TypeReference;

/**
 * The bad-input catalogue of the library API ({@code bad-input-api.csv}, which is documentation too):
 * each row is an input, the error it is refused with, the field it names and words of its one-line
 * message. No message contains a Java or Jackson name.
 */
class BadInputCatalogueTest {

    @ParameterizedTest(name = "{0}({1}) → {2} {3}")
    @CsvFileSource(resources = "bad-input-api.csv", delimiter = '|', quoteCharacter = '"', nullValues = "<null>",
            ignoreLeadingAndTrailingWhitespace = true)
    void isRefused(String call, String input, String error, String field, String words) {
        String in = input == null ? null : input.equals("''") ? "" : input;
        Executable run = () -> call(call, in);
        RuntimeException e = error.equals("NPE")
                ? assertThrows(NullPointerException.class, run)
                : assertThrows(InvalidInputException.class, run);
        String message = e.getMessage();
        if (e instanceof InvalidInputException i) {
            assertEquals(field, i.field().orElseThrow(), message);
            assertTrue(message.startsWith("invalid " + field + ": "), message);
        } else {
            assertEquals(field, message);
        }
        assertTrue(Arrays.stream(words.split(";")).anyMatch(message::contains), "'" + words + "' not in: " + message);
        assertFalse(message.contains("\n"), message);
        for (String internal : List.of("java.", "tools.jackson", "fr.cdgrules", "Immutable", "$", "JsonToken",
                "START_", "VALUE_", "`", "BigDecimal", "LocalDate")) {
            assertFalse(message.contains(internal), "'" + internal + "' in: " + message);
        }
    }

    private static Object call(String call, String input) {
        String json = input == null ? null : input.replace('\'', '"');
        switch (call) {
            case "Money.parse": return Money.parse(input);
            case "Hours.parse": return Hours.parse(input);
            case "Citation.parse": return Citation.parse(input);
            case "json:Money": return CdgJson.read(json, Money.class);
            case "json:Hours": return CdgJson.read(json, Hours.class);
            case "json:LocalDate": return CdgJson.read(json, LocalDate.class);
            case "json:Year": return CdgJson.read(json, Year.class);
            case "json:TimesheetEntry": return CdgJson.read(json, TimesheetEntry.class);
            case "json:Population": return CdgJson.read(json, Population.class);
            case "json:Collectivity": return CdgJson.read(json, Collectivity.class);
            case "json:Citation": return CdgJson.read(json, Citation.class);
            case "json:Any": return CdgJson.read(json, Object.class);
            case "json:MoneyList": return CdgJson.read(json, new TypeReference<List<Money>>() {});
            default: throw new AssertionError("unknown call in the catalogue: " + call);
        }
    }
}
