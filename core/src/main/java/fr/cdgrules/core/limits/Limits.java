package fr.cdgrules.core.limits;

import fr.cdgrules.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * The bounds of the input the library accepts, in one place (documented in {@code docs/LIMITS.md}).
 * Inputs beyond them are refused at once with an {@link InvalidInputException} naming the field,
 * before any arithmetic: no input can make the library run out of memory or take seconds.
 *
 * <p>The bounds are far beyond any real case (a commune's fee, a year of replacement hours) and far
 * below what would cost time or memory.
 */
public final class Limits {
    /** The first supported year: 1900. */
    public static final int MIN_YEAR = 1900;
    /** The last supported year: 2199. */
    public static final int MAX_YEAR = 2199;
    /** The first supported date: 1900-01-01. */
    public static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);
    /** The last supported date: 2199-12-31. */
    public static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);

    /** The most characters of an amount or hours value written as text: 40. */
    public static final int MAX_NUMBER_TEXT = 40;
    /** The most significant digits of an amount or of a decimal number of hours: 18. */
    public static final int MAX_DIGITS = 18;
    /** The most decimals (or, negatively, the most trailing zeros of the exponent form) of a decimal input: 18. */
    public static final int MAX_SCALE = 18;
    /** Amounts are refused from this many euros on, in absolute value: one thousand billion (10<sup>12</sup>) €. */
    public static final BigDecimal AMOUNT_BOUND = BigDecimal.TEN.pow(12);
    /** Hours are refused from this many on, in absolute value: one billion (10<sup>9</sup>) h. */
    public static final BigDecimal HOURS_BOUND = BigDecimal.TEN.pow(9);
    /** The largest denominator of an exact fraction of hours given as input: 10<sup>18</sup>. */
    public static final BigInteger MAX_DENOMINATOR = BigInteger.TEN.pow(18);

    /** The largest JSON document read, in characters: 16 MiB. */
    public static final int MAX_JSON_CHARS = 16 * 1024 * 1024;
    /** The deepest nesting of JSON arrays and objects read: 64. */
    public static final int MAX_JSON_DEPTH = 64;
    /** The longest JSON string value read, in characters: 1 MiB. */
    public static final int MAX_JSON_STRING = 1024 * 1024;
    /** The longest JSON number read, in characters: {@value #MAX_NUMBER_TEXT}. */
    public static final int MAX_JSON_NUMBER = MAX_NUMBER_TEXT;
    /** The most entries of a timesheet: 100 000 (a full-time agent works about 230 days a year). */
    public static final int MAX_TIMESHEET_ENTRIES = 100_000;
    /** The most rows of a register (communes, candidates, members...): 100 000 (France has about 35 000 communes). */
    public static final int MAX_REGISTER_ROWS = 100_000;

    private Limits() {}

    /**
     * Checks a date against the supported range.
     *
     * @param field the input field, named in the error
     * @param date the date
     * @return the date
     * @throws NullPointerException naming {@code field} if {@code date} is null, or {@code "field"} if {@code field} is null
     * @throws InvalidInputException naming {@code field} if the date is outside 1900-01-01..2199-12-31
     */
    public static LocalDate date(String field, LocalDate date) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(date, field);
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw new InvalidInputException(field, null, date + " is outside the supported dates, "
                    + MIN_DATE + " to " + MAX_DATE);
        }
        return date;
    }

    /**
     * Checks a year against the supported range.
     *
     * @param field the input field, named in the error
     * @param year the year
     * @return the year
     * @throws NullPointerException naming {@code field} if {@code year} is null, or {@code "field"} if {@code field} is null
     * @throws InvalidInputException naming {@code field} if the year is outside 1900..2199
     */
    public static Year year(String field, Year year) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(year, field);
        if (year.getValue() < MIN_YEAR || year.getValue() > MAX_YEAR) {
            throw new InvalidInputException(field, null, year + " is outside the supported years, "
                    + MIN_YEAR + " to " + MAX_YEAR);
        }
        return year;
    }

    /**
     * Checks the digits and scale of a decimal input, before any arithmetic on it.
     *
     * @param field the input field
     * @param value the decimal
     * @param what what the value is, in words ("an amount", "a number of hours")
     * @return the value
     * @throws InvalidInputException naming {@code field} if it has too many digits or too large a scale
     */
    public static BigDecimal decimal(String field, BigDecimal value, String what) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(what, "what");
        if (value.scale() > MAX_SCALE || value.scale() < -MAX_SCALE || value.precision() > MAX_DIGITS) {
            throw new InvalidInputException(field, null, what + " has at most " + MAX_DIGITS
                    + " significant digits and " + MAX_SCALE + " decimals");
        }
        return value;
    }

    /**
     * Checks the length of a number written as text, before parsing it.
     *
     * @param field the input field
     * @param text the text
     * @param what what the value is, in words
     * @return the text
     * @throws InvalidInputException naming {@code field} if the text is longer than {@value #MAX_NUMBER_TEXT}
     */
    public static String numberText(String field, String text, String what) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(what, "what");
        if (text.length() > MAX_NUMBER_TEXT) {
            throw new InvalidInputException(field, null, what + " is written in at most " + MAX_NUMBER_TEXT
                    + " characters, got " + text.length());
        }
        return text;
    }
}
