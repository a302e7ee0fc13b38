package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.cdg79.Cdg79Descriptor;
import fr.cdgrules.core.money.Hours;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Reading of the length of a half-day of on-site support (art. 2.3: « Cet accompagnement intègre un
 * accompagnement sur site dans la limite de 2 demi-journées si nécessaire »; annex: « 6 mois + 2
 * demi-journées sur site »). The limit is counted in half-days, not in entries: an on-site entry
 * longer than a half-day uses more than one. The text does not say how long a half-day is.
 *
 * <p>An on-site entry of {@code h} hours uses {@code ⌈h ÷ length⌉} half-days (a part of a half-day
 * counts as one). When fewer half-days are left than an entry uses, the hours of the half-days left
 * are included and the rest of the entry is billed.
 *
 * <p>Default: {@link #HALF_OF_A_SEVEN_HOUR_DAY}: the working day of the fonction publique
 * territoriale is 7 hours (35 hours a week over five days; 1 607 hours a year), so a half-day is
 * 3 h 30: an entry of 3 h 30 uses one half-day, an entry of 4 hours or of a full day of 7 hours uses
 * two.
 */
public enum HalfDayReading {
    /** The default: a half-day is half of a working day of 7 hours, 3 h 30 ({@code 7/2} h). */
    HALF_OF_A_SEVEN_HOUR_DAY,
    /** A half-day is a morning or an afternoon of up to 4 hours: an entry of 4 hours uses one half-day. */
    FOUR_HOURS;

    /** @return the default reading, {@link #HALF_OF_A_SEVEN_HOUR_DAY} */
    public static HalfDayReading defaultReading() {
        return HALF_OF_A_SEVEN_HOUR_DAY;
    }

    /**
     * @return the length of one half-day under this reading: the value of the parameter
     *     {@code halfDayHours} the option sets in {@code cdg79.yaml}
     */
    public Hours length() {
        return Declared.LENGTH[ordinal()];
    }

    /**
     * @param onSite the hours of one on-site entry, positive
     * @return the half-days it uses: the hours divided by the length, rounded up
     * @throws NullPointerException if {@code onSite} is null
     */
    public int halfDaysUsed(Hours onSite) {
        Objects.requireNonNull(onSite, "onSite");
        Hours ratio = onSite.dividedBy(length());
        BigInteger[] qr = ratio.numerator().divideAndRemainder(ratio.denominator());
        return qr[0].intValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    /**
     * @param halfDays a number of half-days
     * @return their length in hours
     */
    public Hours hoursOf(int halfDays) {
        return length().multipliedBy(halfDays);
    }

    /** The lengths the descriptor declares, read once (after the constants exist). */
    private static final class Declared {
        static final Hours[] LENGTH = java.util.Arrays.stream(values()).map(r -> Hours.of((BigDecimal) Cdg79Descriptor
                .option("halfDay", r.name()).sets().get("halfDayHours"))).toArray(Hours[]::new);
    }
}
