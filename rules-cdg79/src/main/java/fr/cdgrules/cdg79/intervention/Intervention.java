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
 * it is one half-day on site, and for the support of art. 2.3 the graduate supported.
 *
 * <p>An on-site entry counts as one half-day ("demi-journée") of the allowance of art. 2.3: record
 * one entry per half-day on site.
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

    /** @return true if this entry is one half-day on site ("accompagnement sur site") */
    @JsonProperty("onSiteHalfDay")
    public abstract boolean onSiteHalfDay();

    /** @return the graduate supported, for {@link Service#TRAINEE_SUPPORT} only */
    @JsonProperty("graduate")
    public abstract Optional<Graduate> graduate();

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
        return ImmutableIntervention.of(date, service, hours, false, Optional.empty(), Optional.empty());
    }

    /**
     * Support of a graduate (art. 2.3).
     *
     * @param date the day
     * @param graduate the graduate supported
     * @param hours the exact hours, positive
     * @param onSiteHalfDay true for a half-day on site
     * @return the intervention
     */
    public static Intervention traineeSupport(LocalDate date, Graduate graduate, Hours hours, boolean onSiteHalfDay) {
        return ImmutableIntervention.of(date, Service.TRAINEE_SUPPORT, hours, onSiteHalfDay, Optional.of(graduate),
                Optional.empty());
    }

    /**
     * @param onSite true for a half-day on site
     * @return this intervention, on site or not
     */
    public Intervention withOnSiteHalfDay(boolean onSite) {
        return ((ImmutableIntervention) this).withOnSiteHalfDay(onSite);
    }

    /**
     * @param note a note
     * @return this intervention with the note
     */
    public Intervention withNote(String note) {
        return ((ImmutableIntervention) this).withNote(note);
    }

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
        return date() + " " + service().name() + " " + hours() + " h" + (onSiteHalfDay() ? " (half-day on site)" : "")
                + graduate().map(g -> " for " + g.name()).orElse("");
    }
}
