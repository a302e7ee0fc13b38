package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The included support of a graduate of a CDG79 training (art. 2.3), as the descriptor's dated
 * parameters set it: « sur une période de six mois à l'issue de leur première prise de poste »
 * ({@code traineeSupportMonths}) and « dans la limite de 2 demi-journées » on site
 * ({@code traineeOnSiteHalfDays}). The figures of a graduate are those of the version in force on the
 * day of the first posting (the first version for a posting before it). Immutable and thread-safe.
 */
public final class TraineeAllowance {
    private static final TraineeAllowance BUNDLED = of(fr.cdgrules.cdg79.Cdg79Descriptor.bundled());

    private final Timeline<BigDecimal> months;
    private final Timeline<BigDecimal> onSiteHalfDays;

    private TraineeAllowance(Timeline<BigDecimal> months, Timeline<BigDecimal> onSiteHalfDays) {
        this.months = months;
        this.onSiteHalfDays = onSiteHalfDays;
    }

    /**
     * @param descriptor a CDG79 descriptor (bundled, or with supplied versions)
     * @return its allowance
     * @throws InvalidInputException if a figure is not a whole number ≥ 1 (months) or ≥ 0 (half-days)
     * @throws NullPointerException if {@code descriptor} is null
     */
    public static TraineeAllowance of(Descriptor descriptor) {
        Objects.requireNonNull(descriptor, "descriptor");
        Timeline<BigDecimal> m = descriptor.parameter("traineeSupportMonths").numbers();
        Timeline<BigDecimal> h = descriptor.parameter("traineeOnSiteHalfDays").numbers();
        check(m, 1);
        check(h, 0);
        return new TraineeAllowance(m, h);
    }

    /** @return the allowance as bundled (six months, two half-days) */
    public static TraineeAllowance bundled() {
        return BUNDLED;
    }

    private static void check(Timeline<BigDecimal> t, int min) {
        for (Version<BigDecimal> v : t.versions()) {
            BigDecimal x = v.value();
            if (x.stripTrailingZeros().scale() > 0 || x.compareTo(BigDecimal.valueOf(min)) < 0
                    || x.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new InvalidInputException(t.parameter(), Cdg79Articles.TRAINEE_SUPPORT,
                        "a whole number of at least " + min + " is expected, got " + x.toPlainString());
            }
        }
    }

    private static int on(Timeline<BigDecimal> t, LocalDate date) {
        List<Version<BigDecimal>> vs = t.versions();
        Version<BigDecimal> chosen = vs.get(0);
        for (Version<BigDecimal> v : vs) {
            if (!v.effectiveFrom().isAfter(date)) {
                chosen = v;
            }
        }
        return chosen.value().intValueExact();
    }

    /**
     * @param firstPosting the day of the graduate's first posting
     * @return the period of included support from that day (six months as bundled)
     * @throws NullPointerException if {@code firstPosting} is null
     */
    public Period period(LocalDate firstPosting) {
        return Period.ofMonths(on(months, Objects.requireNonNull(firstPosting, "firstPosting")));
    }

    /**
     * @param firstPosting the day of the graduate's first posting
     * @return the on-site half-days included (two as bundled)
     * @throws NullPointerException if {@code firstPosting} is null
     */
    public int onSiteHalfDays(LocalDate firstPosting) {
        return on(onSiteHalfDays, Objects.requireNonNull(firstPosting, "firstPosting"));
    }

    @Override
    public String toString() {
        return "included support of art. 2.3: " + months.versions() + " months, " + onSiteHalfDays.versions()
                + " on-site half-days";
    }
}
