package fr.cdgrules.cdg79.charter;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reading of who must have signed the charter before access is granted.
 *
 * <p>Art. 1.4 of the convention: access "est soumise à la signature d'une charte d'utilisation par
 * le Maire (ou son representant) de la Collectivité, le secrétaire général de mairie (ou le DGS pour
 * les communes de plus de 3.500 habitants) ainsi que par le Président de l'EPCI et le référent
 * communautaire désigné (ou le DGS)" — four signatures. The charter form itself has two signature
 * blocks only: "Le/la Secrétaire Général(e) de mairie" and "L'autorité territoriale de la
 * collectivité".
 *
 * <p>Default: {@link #ALL_FOUR_PER_CONVENTION}: the convention's article sets the condition of
 * access; the form is where the commune's two of them sign.
 */
public enum CharterSignaturesReading {
    /** The default: mayor, SGM (or DGS), EPCI president and community referent (art. 1.4). */
    ALL_FOUR_PER_CONVENTION(EnumSet.allOf(Signatory.class)),
    /** The two signature blocks of the charter form: the SGM (or DGS) and the mayor. */
    COMMUNE_TWO_PER_CHARTER_FORM(EnumSet.of(Signatory.MAYOR, Signatory.SGM_OR_DGS));

    private final Set<Signatory> required;

    CharterSignaturesReading(Set<Signatory> required) {
        this.required = required;
    }

    /** @return the default reading, {@link #ALL_FOUR_PER_CONVENTION} */
    public static CharterSignaturesReading defaultReading() {
        return ALL_FOUR_PER_CONVENTION;
    }

    /** @return the signatures required under this reading */
    public Set<Signatory> required() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(required));
    }
}
