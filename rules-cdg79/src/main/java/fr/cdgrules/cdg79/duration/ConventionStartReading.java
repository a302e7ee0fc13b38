package fr.cdgrules.cdg79.duration;

import fr.cdgrules.cdg79.Cdg79Descriptor;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reading of the first day of the convention. Art. 4 says "La présente convention est conclue pour
 * une durée de deux (2) ans" without saying from when, and in the same article "L'adhésion est
 * valable pour une année civile, quel que soit le mois d'adhésion de la collectivité"; the Clessé
 * council (001) decides on 23 April 2026 "D'ADHERER, à compter de l'exercice budgétaire 2026".
 *
 * <p>Default: {@link #FIRST_DAY_OF_CIVIL_YEAR}: the convention and the membership start on 1 January
 * of the budget year joined (the {@linkplain AdhesionDecision#joiningYear() joining year}, which is
 * not always the year of the decision); the two years are two civil years, the ones the annual
 * adhesions cover; a convention whose terms straddled civil years would leave a last adhesion year
 * only partly covered, against "valable pour une année civile". Clessé: start 2026-01-01, notice
 * deadline 2027-12-01, renewal 2028-01-01, final end 2029-12-31.
 */
public enum ConventionStartReading {
    /** The default: the convention starts on 1 January of the budget year joined. */
    FIRST_DAY_OF_CIVIL_YEAR,
    /**
     * The convention starts on the day it is signed (or the decision date given), but never before
     * 1 January of the budget year joined (« à compter de l'exercice budgétaire »): a decision of
     * 15 December 2025 joining from 2026 starts it on 1 January 2026.
     */
    DATE_OF_SIGNATURE;

    /** @return the default reading, {@link #FIRST_DAY_OF_CIVIL_YEAR} */
    public static ConventionStartReading defaultReading() {
        return FIRST_DAY_OF_CIVIL_YEAR;
    }

    /**
     * @param signedOn the date the convention was signed (or the adhesion decided), joining from that
     *     date's budget year
     * @return the first day in force under this reading
     * @throws NullPointerException if {@code signedOn} is null
     */
    public LocalDate start(LocalDate signedOn) {
        return start(AdhesionDecision.joiningTheSameYear(signedOn));
    }

    /**
     * @param decision the decision to join, with the budget year joined
     * @return the first day in force under this reading
     * @throws NullPointerException if {@code decision} is null
     */
    public LocalDate start(AdhesionDecision decision) {
        Objects.requireNonNull(decision, "decision");
        LocalDate firstDay = decision.firstDayOfJoiningYear();
        if (this == FIRST_DAY_OF_CIVIL_YEAR) {
            return firstDay;
        }
        return decision.decisionDate().isAfter(firstDay) ? decision.decisionDate() : firstDay;
    }

    /** @return the reading in words, for explanations: the option's meaning in {@code cdg79.yaml} */
    public String describe() {
        return Cdg79Descriptor.option("conventionStart", name()).meaning();
    }
}
