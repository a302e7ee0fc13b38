package fr.cdgrules.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.cdgrules.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import fr.cdgrules.core.limits.Limits;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact number of hours, kept as a fraction so that nothing is lost: 210 € of prepaid work at
 * 31.50 €/h is exactly {@code 20/3} h, and prepaid hours used plus hours billed always equal the
 * hours worked.
 *
 * <p>Text form ({@link #toString()}, {@link #parse(String)}, JSON): a decimal when the value has
 * a finite decimal expansion ({@code 7}, {@code 7.5}, {@code 0.25}), otherwise the reduced fraction
 * ({@code 20/3}). {@link #toDecimal(int)} gives a rounded decimal for display only.
 *
 * <p>Hours may be negative only as the result of a subtraction; rules check signs themselves.
 *
 * <h2>Bounds</h2>
 * Hours given as input ({@link #of(BigDecimal)}, {@link #parse(String)}, {@link #ofFraction(long, long)},
 * JSON) are below {@link Limits#HOURS_BOUND} in absolute value, with at most {@link Limits#MAX_DIGITS}
 * digits and {@link Limits#MAX_SCALE} decimals, and a denominator at most {@link Limits#MAX_DENOMINATOR};
 * beyond them an {@link InvalidInputException} is thrown at once. Unless said otherwise, a null
 * argument throws a {@link NullPointerException} naming the parameter.
 */
public final class Hours implements Comparable<Hours> {
    /** No hours. */
    public static final Hours ZERO = new Hours(BigFraction.ZERO);

    private static final BigFraction HOURS_BOUND = BigFraction.of(Limits.HOURS_BOUND.toBigIntegerExact());

    private final BigFraction value;

    private Hours(BigFraction value) {
        this.value = value;
    }

    static Hours of(BigFraction value) {
        return new Hours(value);
    }

    /**
     * @param hours a whole number of hours
     * @return the hours
     * @throws InvalidInputException if not below {@link Limits#HOURS_BOUND} in absolute value
     */
    public static Hours of(long hours) {
        return bounded(new Hours(BigFraction.of(hours)));
    }

    private static Hours bounded(Hours h) {
        BigFraction v = h.value;
        if (v.getDenominator().compareTo(Limits.MAX_DENOMINATOR) > 0) {
            throw new InvalidInputException("hours", null, "a fraction of hours has a denominator of at most 10^18");
        }
        if (v.abs().compareTo(HOURS_BOUND) >= 0) {
            throw new InvalidInputException("hours", null, "hours are below " + Limits.HOURS_BOUND.toPlainString()
                    + " in absolute value");
        }
        return h;
    }

    /**
     * @param hours a decimal number of hours, e.g. {@code 7.5}
     * @return the same number of hours, exact
     * @throws NullPointerException if {@code hours} is null
     * @throws InvalidInputException if beyond the bounds of {@link Limits}
     */
    public static Hours of(BigDecimal hours) {
        Objects.requireNonNull(hours, "hours");
        Limits.decimal("hours", hours, "a number of hours");
        BigInteger unscaled = hours.unscaledValue();
        int scale = hours.scale();
        return bounded(scale >= 0
                ? new Hours(BigFraction.of(unscaled, BigInteger.TEN.pow(scale)))
                : new Hours(BigFraction.of(unscaled.multiply(BigInteger.TEN.pow(-scale)))));
    }

    /**
     * @param numerator the numerator
     * @param denominator a non-zero denominator
     * @return {@code numerator/denominator} hours, reduced
     * @throws InvalidInputException if the denominator is zero or beyond the bounds of {@link Limits}
     */
    public static Hours ofFraction(long numerator, long denominator) {
        if (denominator == 0) {
            throw new InvalidInputException("hours", null, "a fraction of hours needs a non-zero denominator");
        }
        return bounded(new Hours(BigFraction.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator))));
    }

    /**
     * @param minutes a whole number of minutes
     * @return the same duration in hours, exact
     * @throws InvalidInputException if beyond the bounds of {@link Limits}
     */
    public static Hours ofMinutes(long minutes) {
        return bounded(new Hours(BigFraction.of(BigInteger.valueOf(minutes), BigInteger.valueOf(60))));
    }

    /**
     * Parses {@code "7"}, {@code "7.5"} or {@code "20/3"}.
     *
     * @param text the number of hours
     * @return the hours
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidInputException if the text is neither a decimal nor a fraction, or is beyond the
     *     bounds of {@link Limits}
     */
    @JsonCreator
    public static Hours parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new InvalidInputException("hours", null, "a number of hours is required");
        }
        Limits.numberText("hours", text, "a number of hours");
        String t = text.strip();
        try {
            if (!t.chars().allMatch(c -> c < 128)) {
                throw new NumberFormatException("digits are ASCII");  // BigDecimal would read ٧ as 7
            }
            int slash = t.indexOf('/');
            if (slash < 0) {
                return of(new BigDecimal(t));
            }
            BigInteger num = new BigInteger(t.substring(0, slash).strip());
            BigInteger den = new BigInteger(t.substring(slash + 1).strip());
            if (den.signum() == 0) {
                throw new InvalidInputException("hours", null, "'" + text + "' divides by zero");
            }
            return bounded(new Hours(BigFraction.of(num, den)));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("hours", null,
                    "'" + text + "' is not a number of hours (write 7, 7.5 or 20/3)");
        }
    }

    /**
     * Reads a JSON number such as {@code 7.5} exactly (the library's mapper reads floats as
     * {@link BigDecimal}, never as binary floating point).
     *
     * @param hours the number
     * @return the hours
     * @throws InvalidInputException as {@link #of(BigDecimal)}
     */
    @JsonCreator
    public static Hours ofNumber(BigDecimal hours) {
        return of(hours);
    }

    BigFraction fraction() {
        return value;
    }

    /**
     * @param other hours to add
     * @return the exact sum
     */
    public Hours plus(Hours other) {
        Objects.requireNonNull(other, "other");
        return new Hours(value.add(other.value));
    }

    /**
     * @param other hours to subtract
     * @return the exact difference
     */
    public Hours minus(Hours other) {
        Objects.requireNonNull(other, "other");
        return new Hours(value.subtract(other.value));
    }

    /**
     * @param factor a whole multiplier
     * @return the exact product
     */
    public Hours multipliedBy(long factor) {
        return new Hours(value.multiply(factor));
    }

    /**
     * @param numerator numerator of an exact factor
     * @param denominator positive denominator of the factor
     * @return these hours times {@code numerator/denominator}, exact (e.g. 12 RTT days × hours ÷ 1607)
     * @throws InvalidInputException if the denominator is zero
     */
    public Hours multipliedBy(long numerator, long denominator) {
        if (denominator == 0) {
            throw new InvalidInputException("hours", null, "a factor needs a non-zero denominator");
        }
        return new Hours(value.multiply(BigFraction.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator))));
    }

    /**
     * @param other a non-zero number of hours
     * @return the exact ratio of these hours to {@code other}, as a (dimensionless) fraction in Hours form
     * @throws InvalidInputException if {@code other} is zero
     */
    public Hours dividedBy(Hours other) {
        Objects.requireNonNull(other, "other");
        if (other.isZero()) {
            throw new InvalidInputException("hours", null, "cannot divide by zero hours");
        }
        return new Hours(value.divide(other.value));
    }

    /**
     * @param other other hours
     * @return the smaller of the two
     */
    public Hours min(Hours other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * @param other other hours
     * @return the larger of the two
     */
    public Hours max(Hours other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) >= 0 ? this : other;
    }

    /** @return -1, 0 or 1 as these hours are negative, zero or positive */
    public int signum() {
        return value.signum();
    }

    /** @return true if zero hours */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** @return true if below zero */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * A rounded decimal for display; computations never use it.
     *
     * @param scale the number of decimals
     * @return the hours rounded half up to {@code scale} decimals
     * @throws InvalidInputException if {@code scale} is outside 0..{@link Limits#MAX_SCALE}
     */
    public BigDecimal toDecimal(int scale) {
        if (scale < 0 || scale > Limits.MAX_SCALE) {
            throw new InvalidInputException("scale", null, "a display scale is between 0 and " + Limits.MAX_SCALE + ", got " + scale);
        }
        return value.bigDecimalValue(scale, RoundingMode.HALF_UP);
    }

    /** @return the numerator of the reduced fraction */
    public BigInteger numerator() {
        return value.getNumerator();
    }

    /** @return the (positive) denominator of the reduced fraction */
    public BigInteger denominator() {
        return value.getDenominator();
    }

    @Override
    public int compareTo(Hours other) {
        Objects.requireNonNull(other, "other");
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hours h && value.compareTo(h.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return a decimal if the value has a finite expansion, otherwise the reduced fraction */
    @JsonValue
    @Override
    public String toString() {
        BigInteger den = value.getDenominator();
        BigInteger rest = den;
        while (rest.mod(BigInteger.TWO).signum() == 0) {
            rest = rest.divide(BigInteger.TWO);
        }
        BigInteger five = BigInteger.valueOf(5);
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
        }
        if (rest.equals(BigInteger.ONE)) {
            return new BigDecimal(value.getNumerator())
                    .divide(new BigDecimal(den))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return value.getNumerator() + "/" + den;
    }
}
