package fr.cdgrules.cdg79.adhesion;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A commune's decision to join the pack adhésion: the date of the council's deliberation, the budget
 * year joined (« exercice budgétaire »), and optionally the reference of the deliberation.
 *
 * <p>The Clessé council (001) decided on 23 April 2026 « D'ADHERER, à compter de l'exercice
 * budgétaire 2026, au « pack adhésion » »: decision date 2026-04-23, joining year 2026. The year
 * joined is not always the year of the decision: a council meeting in December can join from the
 * next budget year. It is never earlier: an adhesion « à compter de l'exercice » N cannot be decided
 * after N.
 *
 * <p>JSON: {@code {"decisionDate": "2026-04-23", "joiningYear": 2026, "deliberation": "…"}} (the
 * names of a membership register's columns). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAdhesionDecision.class)
@JsonDeserialize(as = ImmutableAdhesionDecision.class)
public abstract class AdhesionDecision {
    AdhesionDecision() {}

    /** @return the date of the council's decision (délibération) */
    @JsonProperty("decisionDate")
    public abstract LocalDate decisionDate();

    /** @return the budget year joined: « à compter de l'exercice budgétaire » that year */
    @JsonProperty("joiningYear")
    public abstract Year joiningYear();

    /** @return the reference of the deliberation (number, or « délibération du … »), if given */
    @JsonProperty("deliberation")
    public abstract Optional<String> deliberation();

    /**
     * @param decisionDate the date of the decision
     * @param joiningYear the budget year joined, not before the year of the decision
     * @return the decision
     * @throws InvalidInputException if the year joined is before the year of the decision
     * @throws NullPointerException if an argument is null
     */
    public static AdhesionDecision of(LocalDate decisionDate, Year joiningYear) {
        return ImmutableAdhesionDecision.of(Objects.requireNonNull(decisionDate, "decisionDate"),
                Objects.requireNonNull(joiningYear, "joiningYear"), Optional.empty());
    }

    /**
     * A decision that joins from the budget year in which it is taken (the Clessé case).
     *
     * @param decisionDate the date of the decision
     * @return the decision, joining year = the year of {@code decisionDate}
     * @throws NullPointerException if {@code decisionDate} is null
     */
    public static AdhesionDecision joiningTheSameYear(LocalDate decisionDate) {
        Objects.requireNonNull(decisionDate, "decisionDate");
        return of(decisionDate, Year.from(decisionDate));
    }

    /**
     * @param reference the reference of the deliberation, e.g. "délibération du conseil municipal du 23 avril 2026"
     * @return this decision with it
     * @throws NullPointerException if {@code reference} is null
     */
    public abstract AdhesionDecision withDeliberation(String reference);

    /** @return 1 January of the year joined: the first day of the first budget year of membership */
    public LocalDate firstDayOfJoiningYear() {
        return joiningYear().atDay(1);
    }

    @Value.Check
    void check() {
        if (joiningYear().getValue() < decisionDate().getYear()) {
            throw new InvalidInputException("joiningYear", Cdg79Articles.DURATION,
                    "an adhesion decided on " + decisionDate() + " cannot join the past budget year " + joiningYear()
                            + ": it joins « à compter de l'exercice budgétaire » " + decisionDate().getYear()
                            + " or later");
        }
        deliberation().ifPresent(d -> {
            if (d.isBlank()) {
                throw new InvalidInputException("deliberation", Cdg79Articles.CLESSE,
                        "the reference of the deliberation, when given, is not blank");
            }
        });
    }

    @Override
    public String toString() {
        return "adhesion decided on " + decisionDate() + " from budget year " + joiningYear()
                + deliberation().map(d -> " (" + d + ")").orElse("");
    }
}
