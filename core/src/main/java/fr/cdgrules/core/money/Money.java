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
 * An exact amount of euros, to the cent. No VAT applies to the services modelled here (public
 * bodies billing each other for non-commercial services), so an amount is always a net amount.
 *
 * <h2>Rounding</h2>
 * Amounts given to the library must already be in cents: {@link #of(BigDecimal)} refuses
 * sub-cent digits rather than rounding them. The only place the library rounds is
 * {@link #multipliedBy(Hours)}: the exact product of a rate and a number of hours is rounded
 * <em>once</em> to the cent, half up ({@link #ROUNDING}: 0.005 € becomes 0.01 €). Invoices
 * round each line this way, then add lines exactly, so a total is always the sum of its lines.
 *
 * <p>Negative amounts exist (the difference between an estimate and an invoice may be negative);
 * rules that need a non-negative fee check it themselves.
 */
public final class Money implements Comparable<Money> {
    /** The one rounding rule of the library: to the cent, half up. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /** Zero euros. */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Obtains an amount from a decimal number of euros with at most two decimals.
     *
     * @param euros the amount, e.g. {@code 150}, {@code 31.50}
     * @return the amount
     * @throws NullPointerException if {@code euros} is null
     * @throws InvalidInputException if {@code euros} has sub-cent digits, more than
     *     {@link Limits#MAX_DIGITS} digits, or is not below {@link Limits#AMOUNT_BOUND} in absolute value
     */
    public static Money of(BigDecimal euros) {
        Objects.requireNonNull(euros, "euros");
        // bound digits and scale first: 1e-999999999 must not reach stripTrailingZeros/toPlainString
        Limits.decimal("amount", euros, "an amount");
        BigDecimal stripped = euros.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidInputException("amount", null,
                    "amounts are exact to the cent; " + euros.toPlainString() + " has sub-cent digits");
        }
        return bounded(euros.setScale(2, RoundingMode.UNNECESSARY));
    }

    private static Money bounded(BigDecimal amount) {
        if (amount.abs().compareTo(Limits.AMOUNT_BOUND) >= 0) {
            throw new InvalidInputException("amount", null, "amounts are below " + Limits.AMOUNT_BOUND.toPlainString()
                    + " € in absolute value, got " + amount.toPlainString());
        }
        return new Money(amount);
    }

    /**
     * Obtains a whole number of euros.
     *
     * @param euros the amount in euros
     * @return the amount
     * @throws InvalidInputException if not below {@link Limits#AMOUNT_BOUND} in absolute value
     */
    public static Money ofEuros(long euros) {
        return bounded(BigDecimal.valueOf(euros).setScale(2));
    }

    /**
     * Obtains an amount from a number of cents.
     *
     * @param cents the amount in cents, e.g. {@code 3150} for 31.50 €
     * @return the amount
     * @throws InvalidInputException if not below {@link Limits#AMOUNT_BOUND} in absolute value
     */
    public static Money ofCents(long cents) {
        return bounded(BigDecimal.valueOf(cents, 2));
    }

    /**
     * Parses a decimal amount of euros such as {@code "150"}, {@code "150.00"} or {@code "31.5"}.
     * A comma is not accepted as decimal separator: the form is the machine form.
     *
     * @param text the amount
     * @return the amount
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidInputException if the text is not a number, has sub-cent digits or is beyond
     *     the bounds of {@link Limits}
     */
    @JsonCreator
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new InvalidInputException("amount", null, "an amount in euros is required");
        }
        Limits.numberText("amount", text, "an amount");
        BigDecimal value;
        try {
            if (!text.strip().chars().allMatch(c -> c < 128)) {
                throw new NumberFormatException("digits are ASCII");  // BigDecimal would read ١٥٠ as 150
            }
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", null, "'" + text + "' is not a number of euros");
        }
        return of(value);
    }

    /**
     * Reads a JSON number such as {@code 150} or {@code 31.50} exactly (the library's mapper reads
     * floats as {@link BigDecimal}, never as binary floating point); sub-cent digits are refused.
     *
     * @param euros the number
     * @return the amount
     * @throws InvalidInputException as {@link #of(BigDecimal)}
     */
    @JsonCreator
    public static Money ofNumber(BigDecimal euros) {
        return of(euros);
    }

    /**
     * Adds the amounts given, exactly.
     *
     * @param amounts the amounts
     * @return their sum, zero if there are none
     */
    public static Money total(Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        BigDecimal sum = ZERO.amount;
        for (Money m : amounts) {
            Objects.requireNonNull(m, "amounts[]");
            sum = sum.add(m.amount);
        }
        return new Money(sum);
    }

    /** @return the amount in euros, with exactly two decimals */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * @return the amount in cents
     * @throws ArithmeticException never for an amount within {@link Limits#AMOUNT_BOUND}; only a sum
     *     of more than nine million such amounts could exceed a {@code long}
     */
    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    /**
     * @param other the amount to add
     * @return this plus {@code other}, exact
     */
    public Money plus(Money other) {
        Objects.requireNonNull(other, "other");
        return new Money(amount.add(other.amount));
    }

    /**
     * @param other the amount to subtract
     * @return this minus {@code other}, exact
     */
    public Money minus(Money other) {
        Objects.requireNonNull(other, "other");
        return new Money(amount.subtract(other.amount));
    }

    /**
     * @param factor a whole multiplier
     * @return this times {@code factor}, exact
     */
    public Money multipliedBy(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * Multiplies an hourly rate by a number of hours: the exact product, rounded once to the cent,
     * half up ({@link #ROUNDING}).
     *
     * @param hours the exact number of hours
     * @return the amount, to the cent
     */
    public Money multipliedBy(Hours hours) {
        Objects.requireNonNull(hours, "hours");
        BigFraction product = hours.fraction().multiply(fraction());
        return new Money(product.bigDecimalValue(2, ROUNDING));
    }

    /**
     * Divides this amount by an hourly rate: the exact number of hours it buys, e.g. 210 € at
     * 31.50 €/h buys 20/3 h, kept exact.
     *
     * @param hourlyRate a positive rate
     * @return the exact number of hours
     * @throws InvalidInputException if the rate is not positive
     */
    public Hours dividedBy(Money hourlyRate) {
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        if (hourlyRate.signum() <= 0) {
            throw new InvalidInputException("hourlyRate", null, "an hourly rate must be positive, got " + hourlyRate);
        }
        return Hours.of(fraction().divide(hourlyRate.fraction()));
    }

    /** @return this amount negated */
    public Money negated() {
        return new Money(amount.negate());
    }

    /** @return -1, 0 or 1 as this amount is negative, zero or positive */
    public int signum() {
        return amount.signum();
    }

    /** @return true if this amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** @return true if this amount is zero */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    BigFraction fraction() {
        return BigFraction.of(amount.unscaledValue(), BigInteger.TEN.pow(amount.scale()));
    }

    @Override
    public int compareTo(Money other) {
        Objects.requireNonNull(other, "other");
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** @return the machine form, two decimals and a point, e.g. {@code 150.00} */
    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    /** @return the form for people, e.g. {@code 150.00 €} */
    public String toDisplayString() {
        return amount.toPlainString() + " €";
    }
}
