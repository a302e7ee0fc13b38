package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The hourly rates of art. 3.2, as date-versioned data (parameters of {@code cdg79.yaml}):
 *
 * <blockquote>"Commune adhérente au plan d'actions SGDM : 35 € de l'heure<br>
 * Commune non adhérente : 75 € de l'heure" (000 art. 3.2)</blockquote>
 *
 * <p>Source: the deliberation of the CDG79 board of 9 December 2024, which adopted the convention
 * and its tariffs "pour l'exercice 2025"; the rates are taken to be in force from 1 January 2025,
 * like the annual adhesion. The rate applying to an intervention is the one in force on its date; a
 * date before the first version is refused ({@link fr.cdgrules.core.error.NothingInForceException}).
 */
public final class HourlyRates {
    /** The parameter name of the member rate. */
    public static final String MEMBER = "cdg79.hourly-rate.member";
    /** The parameter name of the non-member rate. */
    public static final String NON_MEMBER = "cdg79.hourly-rate.non-member";
    /**
     * The resource that held the published rates.
     *
     * @deprecated the rates are the parameters {@code hourlyRateMember}, {@code hourlyRateNonMember} of
     *     the module's descriptor, {@code cdg79.yaml}
     */
    @Deprecated
    public static final String RESOURCE = "hourly-rates.json";

    private static final HourlyRates PUBLISHED = load();

    private final Timeline<Money> member;
    private final Timeline<Money> nonMember;

    private HourlyRates(Timeline<Money> member, Timeline<Money> nonMember) {
        this.member = member;
        this.nonMember = nonMember;
    }

    /** @return the rates as published (art. 3.2) */
    public static HourlyRates published() {
        return PUBLISHED;
    }

    /**
     * @param member the member rate ("commune adhérente")
     * @param nonMember the non-member rate ("commune non adhérente")
     * @return the rates
     * @throws InvalidInputException if a rate is not positive
     */
    public static HourlyRates of(Timeline<Money> member, Timeline<Money> nonMember) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(nonMember, "nonMember");
        for (Timeline<Money> t : List.of(member, nonMember)) {
            t.versions().forEach(v -> {
                if (v.value().signum() <= 0) {
                    throw new InvalidInputException(t.parameter(), Cdg79Articles.HOURLY_RATES,
                            "an hourly rate must be positive, got " + v.value());
                }
            });
        }
        return new HourlyRates(member, nonMember);
    }

    private static HourlyRates load() {
        return of(fr.cdgrules.cdg79.Cdg79Descriptor.bundled());
    }

    /**
     * @param descriptor a CDG79 descriptor (bundled, or with supplied versions)
     * @return its rates
     */
    public static HourlyRates of(fr.cdgrules.core.descriptor.Descriptor descriptor) {
        java.util.Objects.requireNonNull(descriptor, "descriptor");
        return of(descriptor.parameter("hourlyRateMember").amounts(), descriptor.parameter("hourlyRateNonMember").amounts());
    }

    /** @return the member rate, by effective date */
    public Timeline<Money> member() {
        return member;
    }

    /** @return the non-member rate, by effective date */
    public Timeline<Money> nonMember() {
        return nonMember;
    }

    /**
     * @param date the day of the intervention
     * @param isMember true if the commune is a member of the pack on that day
     * @return the rate in force that day, with its version
     * @throws fr.cdgrules.core.error.NothingInForceException if no rate was in force that day
     */
    public InForce<Money> rateOn(LocalDate date, boolean isMember) {
        return (isMember ? member : nonMember).at(date);
    }
}
