package fr.cdgrules.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact euros and hours at their edges: signs, comparisons, bounds, and the messages that name them. */
class MoneyAndHoursEdgesTest {
    private static String refused(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(InvalidInputException.class, e).getMessage();
    }

    @Test
    void signsAndComparisonsOfHours() {
        Hours half = Hours.ofFraction(1, 2);
        Hours minusHalf = Hours.ofFraction(-1, 2);
        assertEquals(1, half.signum());
        assertEquals(-1, minusHalf.signum());
        assertEquals(0, Hours.ZERO.signum());
        assertTrue(minusHalf.isNegative());
        assertFalse(half.isNegative());
        assertFalse(Hours.ZERO.isNegative());
        assertTrue(Hours.ZERO.isZero());
        assertFalse(half.isZero());
        assertSame(half, half.min(Hours.of(1)));
        assertSame(half, Hours.of(1).min(half));
        assertSame(half, half.max(minusHalf));
        Hours otherHalf = Hours.parse("0.5");
        assertSame(half, half.min(otherHalf), "the first of two equal hours");
        assertSame(half, half.max(otherHalf), "the first of two equal hours");
        assertEquals(BigInteger.ONE, half.numerator());
        assertEquals(BigInteger.TWO, half.denominator());
        assertEquals(Hours.of(2), half.multipliedBy(4));
        assertEquals(half.hashCode(), otherHalf.hashCode());
        assertNotEquals(half, minusHalf);
        assertNotEquals(half, "0.5");
    }

    @Test
    void hoursFromDecimalsMinutesAndText() {
        assertEquals("1500", Hours.of(new BigDecimal("1.5E3")).toString());
        assertEquals("1.25", Hours.of(new BigDecimal("1.25")).toString());
        assertEquals("-0.75", Hours.ofMinutes(-45).toString());
        assertEquals("1/3", Hours.ofMinutes(20).toString());
        assertEquals("7/30", Hours.ofMinutes(14).toString());
        assertEquals("0.05", Hours.ofMinutes(3).toString());
        assertEquals(Hours.ofFraction(20, 3), Hours.parse(" 20 / 3 "));
        assertEquals(Hours.of(7), Hours.ofNumber(new BigDecimal("7.000")));
        assertEquals(new BigDecimal("7"), Hours.of(7).toDecimal(0));
        assertEquals(new BigDecimal("0.67"), Hours.ofFraction(2, 3).toDecimal(2));
        assertEquals(new BigDecimal("0.1667"), Hours.ofFraction(1, 6).toDecimal(4));
    }

    @Test
    void hoursRefusalsSayWhatIsWrong() {
        assertEquals("invalid hours: a fraction of hours needs a non-zero denominator", refused(() -> Hours.ofFraction(1, 0)));
        assertEquals("invalid hours: '1/0' divides by zero", refused(() -> Hours.parse("1/0")));
        assertEquals("invalid hours: a number of hours is required", refused(() -> Hours.parse("  ")));
        assertEquals("invalid hours: 'sept' is not a number of hours (write 7, 7.5 or 20/3)", refused(() -> Hours.parse("sept")));
        assertEquals("invalid hours: '٧' is not a number of hours (write 7, 7.5 or 20/3)", refused(() -> Hours.parse("٧")));
        assertEquals("invalid hours: a factor needs a non-zero denominator", refused(() -> Hours.of(1).multipliedBy(1, 0)));
        assertEquals("invalid hours: cannot divide by zero hours", refused(() -> Hours.of(1).dividedBy(Hours.ZERO)));
        assertEquals("invalid scale: a display scale is between 0 and " + fr.cdgrules.core.limits.Limits.MAX_SCALE
                + ", got -1", refused(() -> Hours.of(1).toDecimal(-1)));
        Hours.of(1).toDecimal(fr.cdgrules.core.limits.Limits.MAX_SCALE);
        assertThrows(InvalidInputException.class, () -> Hours.of(1).toDecimal(fr.cdgrules.core.limits.Limits.MAX_SCALE + 1));
        String bound = fr.cdgrules.core.limits.Limits.HOURS_BOUND.toPlainString();
        long justBelow = fr.cdgrules.core.limits.Limits.HOURS_BOUND.longValueExact() - 1;
        assertEquals(Long.toString(justBelow), Hours.of(justBelow).toString());
        assertEquals("-" + justBelow, Hours.of(-justBelow).toString());
        assertEquals("invalid hours: hours are below " + bound + " in absolute value",
                refused(() -> Hours.of(justBelow + 1)));
        assertEquals("invalid hours: hours are below " + bound + " in absolute value",
                refused(() -> Hours.of(-justBelow - 1)));
        assertEquals("invalid hours: a fraction of hours has a denominator of at most 10^18",
                refused(() -> Hours.parse("1/" + fr.cdgrules.core.limits.Limits.MAX_DENOMINATOR.add(BigInteger.ONE))));
        Hours.parse("1/" + fr.cdgrules.core.limits.Limits.MAX_DENOMINATOR);
    }

    @Test
    void moneySignsTotalsAndDisplay() {
        Money m = Money.parse("-12.50");
        assertTrue(m.isNegative());
        assertEquals(-1, m.signum());
        assertFalse(Money.ZERO.isNegative());
        assertTrue(Money.ZERO.isZero());
        assertFalse(m.isZero());
        assertEquals(Money.parse("12.50"), m.negated());
        assertEquals(-1250, m.cents());
        assertEquals("-12.50 €", m.toDisplayString());
        assertEquals("-12.50", m.toString());
        assertEquals(new BigDecimal("-12.50"), m.amount());
        assertEquals(Money.parse("37.50"), Money.parse("12.50").multipliedBy(3));
        assertEquals(Money.parse("0.00"), Money.total(List.of()));
        assertEquals("0.00", Money.total(List.of()).toString());
        assertEquals(Money.parse("25.01"), Money.total(List.of(Money.ofCents(1), Money.ofEuros(25))));
        assertEquals(Money.ofCents(2501).hashCode(), Money.parse("25.01").hashCode());
        assertEquals(Money.parse("150"), Money.ofNumber(new BigDecimal("150.0")));
        assertEquals("150.00", Money.parse("1.5E2").toString());
        assertTrue(Money.ofEuros(2).compareTo(Money.ofEuros(1)) > 0);
        assertNotEquals(Money.ofEuros(2), "2.00");
    }

    @Test
    void moneyRefusalsSayWhatIsWrong() {
        assertEquals("invalid amount: amounts are exact to the cent; 1.005 has sub-cent digits",
                refused(() -> Money.parse("1.005")));
        assertEquals(Money.parse("1.01"), Money.parse("1.0100"), "zeros beyond the cent are no sub-cent digits");
        assertEquals("invalid amount: an amount in euros is required", refused(() -> Money.parse(" ")));
        assertEquals("invalid amount: 'dix' is not a number of euros", refused(() -> Money.parse("dix")));
        assertEquals("invalid amount: '١٥٠' is not a number of euros", refused(() -> Money.parse("١٥٠")));
        assertEquals("invalid hourlyRate: an hourly rate must be positive, got 0.00",
                refused(() -> Money.ofEuros(10).dividedBy(Money.ZERO)));
        assertEquals("invalid hourlyRate: an hourly rate must be positive, got -1.00",
                refused(() -> Money.ofEuros(10).dividedBy(Money.ofEuros(-1))));
        assertEquals(Hours.ofFraction(1, 3), Money.ofEuros(10).dividedBy(Money.ofEuros(30)));
        BigDecimal bound = fr.cdgrules.core.limits.Limits.AMOUNT_BOUND;
        BigDecimal below = bound.subtract(new BigDecimal("0.01"));
        assertEquals(below.setScale(2).toPlainString(), Money.of(below).toString());
        assertEquals(below.negate().setScale(2).toPlainString(), Money.of(below.negate()).toString());
        assertEquals("invalid amount: amounts are below " + bound.toPlainString() + " € in absolute value, got "
                + bound.setScale(2).toPlainString(), refused(() -> Money.of(bound)));
        assertThrows(InvalidInputException.class, () -> Money.of(bound.negate()));
    }

    @Test
    void rateTimesHoursIsRoundedOnceHalfUp() {
        assertEquals(Money.parse("0.02"), Money.parse("0.03").multipliedBy(Hours.ofFraction(1, 2)), "0.015 → 0.02");
        assertEquals(Money.parse("-0.02"), Money.parse("-0.03").multipliedBy(Hours.ofFraction(1, 2)), "-0.015 → -0.02");
        assertEquals(Money.parse("0.01"), Money.parse("0.03").multipliedBy(Hours.ofFraction(1, 3)));
        assertEquals(Money.parse("233.33"), Money.parse("35.00").multipliedBy(Hours.ofFraction(20, 3)));
    }
}
