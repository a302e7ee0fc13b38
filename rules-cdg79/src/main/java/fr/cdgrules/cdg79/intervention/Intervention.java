package fr.cdgrules.cdg79.intervention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One intervention of the CDG79 for a commune: the day, the service, the exact hours worked, whether
 * it is given on site, for the support of art. 2.3 the graduate supported, and for a specific
 * intervention (art. 2.6) its ground, « urgence » or « force majeure ».
 *
 * <p>On-site support (« accompagnement sur site », art. 2.3) is counted in half-days from its hours,
 * under the {@link HalfDayReading}: an on-site entry longer than a half-day uses more than one of the
 * « 2 demi-journées ». (The attribute keeps its name {@code onSiteHalfDay} for compatibility; it means
 * "on site".)
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableIntervention.class)
@JsonDeserialize(as = ImmutableIntervention.class)
public abstract class Intervention {
    Intervention() {}

    /** @return the day of the intervention */
    @JsonProperty("date")
    public abstract LocalDate date();

    /** @return the service */
    @JsonProperty("service")
    public abstract Service service();

    /** @return the exact hours worked, positive */
    @JsonProperty("hours")
    public abstract Hours hours();

    /**
     * @return true if this entry is support given on site (« accompagnement sur site »); the half-days it
     *     uses are counted from its hours ({@link HalfDayReading})
     */
    @JsonProperty("onSiteHalfDay")
    public abstract boolean onSiteHalfDay();

    /** @return the graduate supported, for {@link Service#TRAINEE_SUPPORT} only */
    @JsonProperty("graduate")
    public abstract Optional<Graduate> graduate();

    /** @return the ground of a specific intervention (art. 2.6): « urgence » or « force majeure » */
    @JsonProperty("ground")
    public abstract Optional<InterventionGround> ground();

    /** @return a free note */
    @JsonProperty("note")
    public abstract Optional<String> note();

    /**
     * A remote intervention (phone, mail, video).
     *
     * @param date the day
     * @param service the service
     * @param hours the exact hours, positive
     * @return the intervention
     */
    public static Intervention of(LocalDate date, Service service, Hours hours) {
        return ImmutableIntervention.of(date, service, hours, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A specific intervention (art. 2.6) with its ground: « En cas d'urgence ou de force majeure ».
     *
     * @param date the day
     * @param hours the exact hours, positive
     * @param ground urgence or force majeure
     * @return the intervention
     * @throws NullPointerException if an argument is null
     */
    public static Intervention specific(LocalDate date, Hours hours, InterventionGround ground) {
        return ImmutableIntervention.of(date, Service.SPECIFIC_INTERVENTION, hours, false, Optional.empty(),
                Optional.of(java.util.Objects.requireNonNull(ground, "ground")), Optional.empty());
    }

    /**
     * Support of a graduate (art. 2.3).
     *
     * @param date the day
     * @param graduate the graduate supported
     * @param hours the exact hours, positive
     * @param onSite true for support on site (its half-days are counted from its hours)
     * @return the intervention
     */
    public static Intervention traineeSupport(LocalDate date, Graduate graduate, Hours hours, boolean onSite) {
        java.util.Objects.requireNonNull(graduate, "graduate");
        return ImmutableIntervention.of(date, Service.TRAINEE_SUPPORT, hours, onSite, Optional.of(graduate),
                Optional.empty(), Optional.empty());
    }

    /**
     * @param ground the ground of a specific intervention (art. 2.6)
     * @return this intervention with it
     * @throws NullPointerException if {@code ground} is null
     */
    public abstract Intervention withGround(InterventionGround ground);

    /**
     * @param onSite true for support on site
     * @return this intervention, on site or not
     */
    public abstract Intervention withOnSiteHalfDay(boolean onSite);

    /**
     * @param note a note
     * @return this intervention with the note
     */
    public abstract Intervention withNote(String note);

    @Value.Check
    void check() {
        if (hours().signum() <= 0) {
            throw new InvalidInputException("intervention.hours", Cdg79Articles.HOURLY_RATES,
                    date() + ": an intervention lasts a positive number of hours, got " + hours());
        }
        boolean trainee = service() == Service.TRAINEE_SUPPORT;
        if (trainee && graduate().isEmpty()) {
            throw new InvalidInputException("intervention.graduate", Cdg79Articles.TRAINEE_SUPPORT,
                    date() + ": support under art. 2.3 names the graduate of a CDG79 training supported;"
                            + " an SGM who did not follow one is supported under art. 2.4 (ONBOARDING_SUPPORT)");
        }
        if (!trainee && graduate().isPresent()) {
            throw new InvalidInputException("intervention.graduate", Cdg79Articles.TRAINEE_SUPPORT,
                    date() + ": a graduate is named only for support under art. 2.3, not for " + service().name());
        }
        if (ground().isPresent() && service() != Service.SPECIFIC_INTERVENTION) {
            throw new InvalidInputException("intervention.ground", Cdg79Articles.SPECIFIC_INTERVENTION,
                    date() + ": a ground (« urgence », « force majeure ») is stated for a specific intervention"
                            + " (art. 2.6), not for " + service().name());
        }
        graduate().ifPresent(g -> {
            if (date().isBefore(g.firstPostingOn())) {
                throw new InvalidInputException("intervention.date", Cdg79Articles.TRAINEE_SUPPORT,
                        date() + " is before the first posting of " + g + ": art. 2.3 support runs 'à l'issue de"
                                + " leur première prise de poste'");
            }
        });
    }

    @Override
    public String toString() {
        return date() + " " + service().name() + " " + hours() + " h" + (onSiteHalfDay() ? " (on site)" : "")
                + ground().map(g -> " (" + g.text() + ")").orElse("")
                + graduate().map(g -> " for " + g.name()).orElse("");
    }
}
