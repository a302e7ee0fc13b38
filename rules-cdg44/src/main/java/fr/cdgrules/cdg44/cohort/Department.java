package fr.cdgrules.cdg44.cohort;

import fr.cdgrules.cdg44.Cdg44Articles;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import java.util.Arrays;

/**
 * The five départements of the Pays de la Loire, each with its centre de gestion, where the training
 * is deployed (art. 1: « Cette formation sera déployée progressivement et potentiellement sur chacun
 * des 5 départements »). JSON: the département code.
 */
public enum Department {
    /** Loire-Atlantique (44), seat of the coordinating CDG. */
    LOIRE_ATLANTIQUE("44", "Loire-Atlantique"),
    /** Maine-et-Loire (49). */
    MAINE_ET_LOIRE("49", "Maine-et-Loire"),
    /** Mayenne (53). */
    MAYENNE("53", "Mayenne"),
    /** Sarthe (72), département of the 2024 pilot (« une 1ère expérimentation au sein du département de la Sarthe »). */
    SARTHE("72", "Sarthe"),
    /** Vendée (85). */
    VENDEE("85", "Vendée");

    /**
     * Art. 1 — Objet de la Convention.
     *
     * @deprecated use {@link Cdg44Articles#ART_1}
     */
    @Deprecated
    public static final Citation ART_1 = Cdg44Articles.ART_1;

    private final String code;
    private final String label;

    Department(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the département code, e.g. {@code 72} */
    @JsonValue
    public String code() {
        return code;
    }

    /** @return the name, e.g. {@code Sarthe} */
    public String label() {
        return label;
    }

    /**
     * @param code a département code
     * @return the département
     * @throws InvalidInputException if it is not one of 44, 49, 53, 72, 85, null included (this is the JSON
     *     creator: a null here is input read from a document)
     */
    @JsonCreator
    public static Department ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code == null ? null : code.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("department", Cdg44Articles.ART_1, "'" + code
                        + "' is not one of the 5 départements of the Pays de la Loire (44, 49, 53, 72, 85)"));
    }

    @Override
    public String toString() {
        return label + " (" + code + ")";
    }
}
