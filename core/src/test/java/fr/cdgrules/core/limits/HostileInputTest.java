package fr.cdgrules.core.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.core.citation.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression tests for the hostile inputs of issue 14: each was an out-of-memory error, a hang, a
 * silent coercion or a raw exception from deep inside; each is now a fast {@link InvalidInputException}
 * naming the field.
 */
class HostileInputTest {
    static final Citation ART = Citation.of("000", "art. 4");

    private static InvalidInputException invalid(String field, org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(field, e.field().orElseThrow(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    // --- amounts: 1e-999999999 used to exhaust memory (toPlainString of a billion digits) ---

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e999999999", "-1E-2147483647", "1E+2147483647", "0e-999999999"})
    void anAmountWithAnExtremeExponentIsRefusedAtOnce(String text) {
        invalid("amount", () -> Money.parse(text));
        invalid("amount", () -> Money.of(new BigDecimal(text)));
    }

    @Test
    void aJsonAmountWrittenWithAnExtremeExponentIsRefused() {
        invalid("amount", () -> CdgJson.read("1e-999999999", Money.class));
        invalid("amount", () -> CdgJson.read("\"1e-999999999\"", Money.class));
        invalid("amount", () -> CdgJson.read("[\"1\", 1e-999999999]", new tools.jackson.core.type.TypeReference<List<Money>>() {}));
    }

    @Test
    void aHexadecimalNumberIsMalformedJsonWithoutNamingAParserFeature() {
        InvalidInputException e = invalid("json", () -> CdgJson.read("0x10", Money.class));
        assertFalse(e.getMessage().contains("Feature") || e.getMessage().contains("`") || e.getMessage().contains("enabling"), e.getMessage());
    }

    /** Found by ParsingFuzzTest#jsonValues: the input's own token is quoted back as written, not cut in two. */
    @Test
    void anUnknownTokenIsQuotedBackAsWritten() {
        InvalidInputException e = invalid("json", () -> CdgJson.read("VASTART_ARRAYLUE_\"1\"{", Money.class));
        assertTrue(e.getMessage().contains("'VASTART_ARRAYLUE_'"), e.getMessage());
    }

    /** Found by ParsingFuzzTest#jsonValues: an exponent beyond a whole number's range escaped as a Java exception. */
    @ParameterizedTest
    @ValueSource(strings = {"211E2222222221111111", "1e-2222222222222", "-9E+99999999999999999999"})
    void aJsonNumberWhoseExponentIsBeyondAnyRangeIsInvalidInput(String number) {
        for (Class<?> type : List.of(Money.class, fr.cdgrules.core.population.Population.class,
                fr.cdgrules.core.billing.Timesheet.class, fr.cdgrules.core.territory.Collectivity.class)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CdgJson.read(number, type));
            assertFalse(e.getMessage().contains("java") || e.getMessage().contains("BigDecimal"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        InvalidInputException e = invalid("[1]", () -> CdgJson.read("[\"1\", " + number + "]",
                new tools.jackson.core.type.TypeReference<List<Money>>() {}));
        assertTrue(e.getMessage().contains("outside every supported range"), e.getMessage());
    }

    @Test
    void theLargestAmountIsJustBelowOneThousandBillionEuros() {
        assertEquals("999999999999.99", Money.parse("999999999999.99").toString());
        invalid("amount", () -> Money.parse("1000000000000"));
        invalid("amount", () -> Money.ofEuros(Long.MAX_VALUE));
        invalid("amount", () -> Money.ofCents(Long.MIN_VALUE));
        invalid("amount", () -> Money.parse("1".repeat(41)));
    }

    @Test
    void anAmountStillKeepsItsTrailingZerosUpToTheDigitBound() {
        assertEquals(Money.ofEuros(150), Money.of(new BigDecimal("150.000000000000000")));
        invalid("amount", () -> Money.of(new BigDecimal("150.0000000000000000000")));
    }

    // --- hours: a 200 000-digit denominator took seconds to print ---

    @Test
    void aFractionOfHoursWithAHugeDenominatorIsRefused() {
        invalid("hours", () -> Hours.parse("1/" + "7".repeat(200_000)));
        invalid("hours", () -> Hours.parse("1/7777777777777777777"));
        invalid("hours", () -> Hours.ofFraction(1, Long.MAX_VALUE));
        invalid("hours", () -> Hours.ofFraction(Long.MIN_VALUE, -1));
        assertEquals("1/999999999999999999", Hours.parse("1/999999999999999999").toString());
        assertEquals(Hours.ofFraction(1, 1_000_000_000_000_000_000L), Hours.parse("0.000000000000000001"));
    }

    @Test
    void decimalHoursAreBounded() {
        invalid("hours", () -> Hours.parse("1e-999999999"));
        invalid("hours", () -> Hours.of(new BigDecimal("1e999999999")));
        invalid("hours", () -> Hours.of(1_000_000_000L));
        assertEquals("999999999", Hours.of(999_999_999L).toString());
        invalid("scale", () -> Hours.of(1).toDecimal(-1));
        invalid("scale", () -> Hours.of(1).toDecimal(Integer.MAX_VALUE));
    }

    // --- strict JSON types: "firstDay": 5 was read as 1970-01-06 ---

    @Test
    void aNumberIsNeverReadAsADate() {
        InvalidInputException e = invalid("date",
                () -> CdgJson.read("{\"date\": 5, \"hours\": \"7\", \"activity\": \"WORK\"}", TimesheetEntry.class));
        assertTrue(e.getMessage().contains("a date"), e.getMessage());
        invalid("json", () -> CdgJson.read("5", LocalDate.class));
        invalid("json", () -> CdgJson.read("[2026, 1, 1]", LocalDate.class));
    }

    @Test
    void aNumberOrBooleanIsNeverReadAsText() {
        invalid("json", () -> CdgJson.read("5", String.class));
        invalid("json", () -> CdgJson.read("true", String.class));
    }

    @Test
    void aDocumentThatIsJustNullIsRefused() {
        invalid("json", () -> CdgJson.read("null", Money.class));
        invalid("json", () -> CdgJson.read(" null ", TimesheetEntry.class));
        invalid("json", () -> CdgJson.read("null", new tools.jackson.core.type.TypeReference<List<Money>>() {}));
    }

    @Test
    void deepOrHugeDocumentsAreRefused() {
        invalid("json", () -> CdgJson.read("[".repeat(10_000) + "]".repeat(10_000), List.class));
        invalid("amount", () -> CdgJson.read("\"" + "1".repeat(Limits.MAX_NUMBER_TEXT + 1) + "\"", Money.class));
        invalid("json", () -> CdgJson.read("1" + "0".repeat(1000), Money.class));
    }

    // --- negative hours ---

    @Test
    void negativeHoursOnATimesheetAreRefused() {
        invalid("timesheet.hours", () -> TimesheetEntry.of(LocalDate.of(2026, 1, 5), Hours.of(-1), Activity.WORK));
        invalid("timesheet.hours", () -> CdgJson.read(
                "{\"date\": \"2026-01-05\", \"hours\": \"-1/3\", \"activity\": \"WORK\"}", TimesheetEntry.class));
    }

    // --- dates and years bounded: LocalDate.MAX made an invalid iCalendar file ---

    @Test
    void datesOutsideTheSupportedRangeAreRefusedEverywhere() {
        ConventionTerms terms = ConventionTerms.of(Period.ofYears(2), ART, RenewalPolicy.none(ART), List.of());
        invalid("start", () -> Convention.of(terms, LocalDate.MAX));
        invalid("start", () -> Convention.of(terms, LocalDate.of(1899, 12, 31)));
        Convention c = Convention.of(terms, Limits.MAX_DATE.minusYears(1));
        invalid("date", () -> c.stateAt(LocalDate.MIN));
        invalid("date", () -> c.deadlinesFrom(LocalDate.of(2200, 1, 1)));
        Timeline<Money> t = Timeline.of("fee", List.of(Version.of(LocalDate.of(2026, 1, 1), Money.ofEuros(150),
                Source.of("délibération", ART))));
        invalid("date", () -> t.at(LocalDate.of(999_999_999, 1, 1)));
        invalid("year", () -> t.forYear(Year.of(999_999_999)));
        invalid("population.vintage", () -> Population.of(1, Year.of(999_999_999)));
        invalid("timesheet.date", () -> TimesheetEntry.of(LocalDate.of(2200, 1, 1), Hours.of(1), Activity.WORK));
        invalid("date", () -> CdgJson.read(
                "{\"date\": \"+999999999-12-31\", \"hours\": \"7\", \"activity\": \"WORK\"}", TimesheetEntry.class));
        invalid("vintage", () -> CdgJson.read(
                "{\"inhabitants\": 1, \"basis\": \"MUNICIPALE\", \"vintage\": 999999999}", Population.class));
        invalid("vintage", () -> CdgJson.read(
                "{\"inhabitants\": 1, \"basis\": \"MUNICIPALE\", \"vintage\": \"2026\"}", Population.class));
    }

    @Test
    void theBoundsOfTheSupportedRangeAreAccepted() {
        assertEquals(Limits.MIN_DATE, Limits.date("d", LocalDate.of(1900, 1, 1)));
        assertEquals(Limits.MAX_DATE, Limits.date("d", LocalDate.of(2199, 12, 31)));
        assertEquals(Year.of(2199), Limits.year("y", Year.of(2199)));
        assertEquals(Year.of(1900), Limits.year("y", Year.of(1900)));
        invalid("y", () -> Limits.year("y", Year.of(1899)));
        invalid("y", () -> Limits.year("y", Year.of(2200)));
        assertEquals(LocalDate.of(2199, 12, 31), CdgJson.read("\"2199-12-31\"", LocalDate.class));
        assertEquals(Year.of(1900), CdgJson.read("1900", Year.class));
    }

    // --- null policy: NPE naming the parameter, at the boundary ---

    @Test
    void aNullArgumentThrowsANullPointerExceptionNamingTheParameter() {
        assertEquals("euros", assertThrows(NullPointerException.class, () -> Money.of(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> Money.parse(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> Hours.parse(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> Money.ZERO.plus(null)).getMessage());
        assertEquals("hours", assertThrows(NullPointerException.class, () -> Money.ZERO.multipliedBy((Hours) null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> Hours.ZERO.minus(null)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> Limits.date("date", null)).getMessage());
    }
}
