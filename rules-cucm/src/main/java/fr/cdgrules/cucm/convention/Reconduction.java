package fr.cdgrules.cucm.convention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An express reconduction of the framework convention, decided after the bilan: the deliberation
 * created the service « à titre expérimental pour une durée de 2 ans avant qu'un bilan ne décide de
 * sa reconduction »; art. 9 makes the convention « non reconductible de façon tacite », « le bilan
 * devant décider du devenir du service commun »; art. 12: « Toute modification de la présente
 * convention devra faire l'objet d'un avenant signé des deux parties ». A reconduction is therefore
 * never presumed: it is recorded with the day it was decided, the last day it sets and the decision
 * (avenant, deliberation) that sets it.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableReconduction.class)
@JsonDeserialize(as = ImmutableReconduction.class)
public abstract class Reconduction {
    Reconduction() {}

    /** @return the day the reconduction was decided (avenant signed, deliberation) */
    @JsonProperty("decidedOn")
    public abstract LocalDate decidedOn();

    /** @return the new last day in force that the decision sets */
    @JsonProperty("lastDay")
    public abstract LocalDate lastDay();

    /** @return the decision, e.g. « avenant n° 1 du … après le bilan du … » */
    @JsonProperty("decision")
    public abstract String decision();

    /**
     * @param decidedOn the day it was decided
     * @param lastDay the new last day in force
     * @param decision the decision that sets it (avenant, art. 12)
     * @return the reconduction
     * @throws NullPointerException if an argument is null
     * @throws InvalidInputException if the decision is blank or the last day precedes the decision
     */
    public static Reconduction of(LocalDate decidedOn, LocalDate lastDay, String decision) {
        return ImmutableReconduction.of(decidedOn, lastDay, decision);
    }

    @Value.Check
    void check() {
        if (decision().isBlank()) {
            throw new InvalidInputException("reconduction.decision", CucmArticles.ART_12,
                    "a reconduction is decided by « un avenant signé des deux parties »: name the decision");
        }
        if (lastDay().isBefore(decidedOn())) {
            throw new InvalidInputException("reconduction.lastDay", CucmArticles.ART_12, "the last day " + lastDay()
                    + " is before the decision of " + decidedOn());
        }
    }

    @Override
    public String toString() {
        return "reconduction decided on " + decidedOn() + " until " + lastDay() + " (" + decision() + ")";
    }
}
