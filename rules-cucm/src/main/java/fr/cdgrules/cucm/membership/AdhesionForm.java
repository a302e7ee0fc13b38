package fr.cdgrules.cucm.membership;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A commune's adhesion to the shared service (art. 4 and annex 1, "BULLETIN D'ADHESION"): the date
 * of the municipal council's deliberation, the date the mayor signed the form, and the form's two
 * questions (immersion periods; first-level referent), when answered.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAdhesionForm.class)
@JsonDeserialize(as = ImmutableAdhesionForm.class)
public abstract class AdhesionForm {
    AdhesionForm() {}

    /** @return the commune */
    @JsonProperty("commune")
    public abstract Collectivity commune();

    /** @return the date of the municipal council's deliberation */
    @JsonProperty("councilDeliberationOn")
    public abstract LocalDate councilDeliberationOn();

    /** @return the date the mayor signed the form (annex 1) */
    @JsonProperty("formSignedOn")
    public abstract LocalDate formSignedOn();

    /** @return "La commune accepte d'accueillir l'agent remplacement pour des périodes d'immersion", if answered */
    @JsonProperty("acceptsImmersion")
    public abstract Optional<Boolean> acceptsImmersion();

    /** @return whether the commune's secretary accepts "d'être référent pour des réponses de 1er niveau", if answered */
    @JsonProperty("firstLevelReferent")
    public abstract Optional<Boolean> firstLevelReferent();

    /**
     * @param commune the commune
     * @param councilDeliberationOn the date of the council's deliberation
     * @param formSignedOn the date the form was signed, not before the deliberation
     * @return the form, its two questions unanswered
     * @throws InvalidInputException if the form is signed before the deliberation
     */
    public static AdhesionForm of(Collectivity commune, LocalDate councilDeliberationOn, LocalDate formSignedOn) {
        return ImmutableAdhesionForm.of(commune, councilDeliberationOn, formSignedOn, Optional.empty(), Optional.empty());
    }

    /**
     * @param acceptsImmersion the answer on immersion periods
     * @param firstLevelReferent the answer on being a first-level referent
     * @return this form with its answers
     */
    public AdhesionForm withAnswers(boolean acceptsImmersion, boolean firstLevelReferent) {
        return ((ImmutableAdhesionForm) this).withAcceptsImmersion(acceptsImmersion)
                .withFirstLevelReferent(firstLevelReferent);
    }

    @Value.Check
    void check() {
        if (formSignedOn().isBefore(councilDeliberationOn())) {
            throw new InvalidInputException("formSignedOn", CucmArticles.ART_4, "the form signed on " + formSignedOn()
                    + " precedes the council's deliberation of " + councilDeliberationOn()
                    + " (« après délibération de son conseil municipal »)");
        }
    }
}
