package fr.cdgrules.cdg79.duration;

import java.time.LocalDate;

/**
 * Reading of the first day of the convention. Art. 4 says "La présente convention est conclue pour
 * une durée de deux (2) ans" without saying from when, and in the same article "L'adhésion est
 * valable pour une année civile, quel que soit le mois d'adhésion de la collectivité"; the Clessé
 * council (001) joins on 23 April 2026 "à compter de l'exercice budgétaire 2026".
 *
 * <p>Default: {@link #FIRST_DAY_OF_CIVIL_YEAR}: the two years are two civil years, the ones the
 * annual adhesions cover; a convention whose terms straddled civil years would leave a last
 * adhesion year only partly covered, against "valable pour une année civile".
 */
public enum ConventionStartReading {
    /** The default: the convention starts on 1 January of the civil year joined. */
    FIRST_DAY_OF_CIVIL_YEAR,
    /** The convention starts on the day it is signed (or the decision date given). */
    DATE_OF_SIGNATURE;

    /** @return the default reading, {@link #FIRST_DAY_OF_CIVIL_YEAR} */
    public static ConventionStartReading defaultReading() {
        return FIRST_DAY_OF_CIVIL_YEAR;
    }

    /**
     * @param signedOn the date the convention was signed (or the adhesion decided)
     * @return the first day in force under this reading
     */
    public LocalDate start(LocalDate signedOn) {
        return this == FIRST_DAY_OF_CIVIL_YEAR ? signedOn.withDayOfYear(1) : signedOn;
    }
}
