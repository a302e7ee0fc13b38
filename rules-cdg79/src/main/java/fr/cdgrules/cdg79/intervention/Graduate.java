package fr.cdgrules.cdg79.intervention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A student or trainee of a CDG79 training scheme (art. 2.3: "les étudiants et stagiaires issus de
 * ces formations"), with the day of the first posting in a collectivity, from which the six months
 * of included support run, and the on-site half-days of included support already given before the
 * interventions being billed (0 for a new graduate).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGraduate.class)
@JsonDeserialize(as = ImmutableGraduate.class)
public abstract class Graduate {
    Graduate() {}

    /**
     * The on-site half-days included by art. 2.3 as bundled: the parameter {@code traineeOnSiteHalfDays}
     * of {@code cdg79.yaml} (two). The billing reads the version in force on the first posting.
     */
    public static final int INCLUDED_HALF_DAYS = TraineeAllowance.bundled().onSiteHalfDays(LocalDate.MIN);

    /** @return the person's name */
    @JsonProperty("name")
    public abstract String name();

    /** @return the first day of the first posting in a collectivity ("première prise de poste") */
    @JsonProperty("firstPostingOn")
    public abstract LocalDate firstPostingOn();

    /** @return the included on-site half-days already given, 0 to 2 */
    @JsonProperty("includedHalfDaysAlreadyUsed")
    public abstract int includedHalfDaysAlreadyUsed();

    /**
     * @param name the person's name
     * @param firstPostingOn the first day of the first posting
     * @return a graduate who has used no on-site half-day yet
     */
    public static Graduate of(String name, LocalDate firstPostingOn) {
        return ImmutableGraduate.of(name, firstPostingOn, 0);
    }

    /**
     * @param halfDays the included on-site half-days already given, 0 to 2
     * @return this graduate with that count
     */
    public abstract Graduate withIncludedHalfDaysAlreadyUsed(int halfDays);

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new InvalidInputException("graduate.name", Cdg79Articles.TRAINEE_SUPPORT, "a graduate has a name");
        }
        if (includedHalfDaysAlreadyUsed() < 0 || includedHalfDaysAlreadyUsed() > INCLUDED_HALF_DAYS) {
            throw new InvalidInputException("graduate.includedHalfDaysAlreadyUsed", Cdg79Articles.TRAINEE_SUPPORT,
                    "at most " + INCLUDED_HALF_DAYS + " on-site half-days are included, got " + includedHalfDaysAlreadyUsed());
        }
    }

    @Override
    public String toString() {
        return name() + " (first posting " + firstPostingOn() + ")";
    }
}
