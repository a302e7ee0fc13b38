package fr.cdgrules.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.intervention.Intervention;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * The file of {@code bill cdg79 --interventions}: the commune, the civil years it is a member of the
 * pack, the date the invoice is drawn up, and the interventions in the cdg79 module's JSON format.
 *
 * @param commune the commune, with its population
 * @param membership the civil years of membership (empty: a non-member commune)
 * @param issuedOn the date the invoice is drawn up
 * @param interventions the interventions
 */
record InterventionsFile(@JsonProperty("commune") Collectivity commune, @JsonProperty("membership") List<Year> membership,
        @JsonProperty("issuedOn") LocalDate issuedOn, @JsonProperty("interventions") List<Intervention> interventions) {
    InterventionsFile {
        if (commune == null || issuedOn == null || interventions == null) {
            throw new fr.cdgrules.core.error.InvalidInputException(commune == null ? "commune"
                    : issuedOn == null ? "issuedOn" : "interventions", null, "is required");
        }
        membership = membership == null ? List.of() : List.copyOf(membership);
        interventions = List.copyOf(interventions);
    }
}
