package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.type.TypeReference;

/**
 * The hourly rates of art. 3.2, as date-versioned data ({@code hourly-rates.json}):
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
    /** The resource holding the published rates, next to this class. */
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
        try (InputStream in = HourlyRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Timeline<Money>> all = CdgJson.read(in, new TypeReference<List<Timeline<Money>>>() {});
            return of(find(all, MEMBER), find(all, NON_MEMBER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Timeline<Money> find(List<Timeline<Money>> all, String parameter) {
        return all.stream().filter(t -> t.parameter().equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no timeline " + parameter));
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
