package fr.cdgrules.cdg44;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.cdg44.cohort.CohortRules;
import fr.cdgrules.cdg44.cohort.Immersion;
import fr.cdgrules.cdg44.financing.Financing;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.descriptor.Descriptor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The numbers and dates of 002 are dated parameters of the descriptor, each with its article; the rules read them. */
class ParametersDeclaredTest {
    private final Descriptor d = Cdg44Descriptor.bundled();

    private void number(String key, long value, Citation article) {
        assertEquals(0, BigDecimal.valueOf(value).compareTo(Cdg44Descriptor.number(key)), key);
        assertEquals(article, d.parameter(key).versions().get(0).article(), key);
    }

    private void date(String key, LocalDate value, Citation article) {
        assertEquals(value, Cdg44Descriptor.date(key), key);
        assertEquals(article, d.parameter(key).versions().get(0).article(), key);
    }

    @Test
    void theTextsNumbersAreParametersWithTheirArticles() {
        // art. 1 « pour un minimum de 12 et jusqu'à 18 participants ou participantes »
        number("cohortMinimum", 12, Cdg44Articles.ART_1);
        number("cohortMaximum", 18, Cdg44Articles.ART_1);
        // art. 1 « à compter du 2nd semestre 2024 », « Dans l'année de démarrage (2024) »
        date("deploymentStart", LocalDate.of(2024, 7, 1), Cdg44Articles.ART_1);
        number("pilotYear", 2024, Cdg44Articles.ART_1);
        // art. 2 « une immersion (de 2 ou 3 jours …) »
        number("immersionMinimumDays", 2, Cdg44Articles.ART_2_REGION_HR);
        number("immersionMaximumDays", 3, Cdg44Articles.ART_2_REGION_HR);
        // art. 2 « sur la période 2024-2027 »
        date("approvalFirstDay", LocalDate.of(2024, 1, 1), Cdg44Articles.ART_2_REGION_EMPLOYMENT);
        date("approvalLastDay", LocalDate.of(2027, 12, 31), Cdg44Articles.ART_2_REGION_EMPLOYMENT);
        // art. 4 « au moins une fois par an »
        number("committeeMeetingsPerYear", 1, Cdg44Articles.ART_4);
        date("titlePeriodLastDay", LocalDate.of(2027, 12, 31), Cdg44Articles.ART_5);
        // parties: « délibération n°2024-058 … du 17 décembre 2024 », « arrêté 129-929 en date du 23 mars 2021 »
        date("cdg44AuthorisedOn", LocalDate.of(2024, 12, 17), Cdg44Articles.PARTIES);
        date("cnfptAuthorisedOn", LocalDate.of(2021, 3, 23), Cdg44Articles.PARTIES);
        assertEquals(12, d.parameters().size());
    }

    @Test
    void theRulesReadThem() {
        assertEquals(12, CohortRules.MINIMUM);
        assertEquals(18, CohortRules.MAXIMUM);
        assertEquals(LocalDate.of(2024, 7, 1), CohortRules.DEPLOYMENT_START);
        assertEquals(2024, CohortRules.PILOT_YEAR);
        assertEquals(LocalDate.of(2024, 1, 1), Financing.APPROVAL_FIRST_DAY);
        assertEquals(LocalDate.of(2027, 12, 31), Financing.APPROVAL_LAST_DAY);
        assertEquals(false, Immersion.of(1, true).hasTheLengthOfTheText());
        assertEquals(true, Immersion.of(2, true).hasTheLengthOfTheText());
        assertEquals(true, Immersion.of(3, true).hasTheLengthOfTheText());
        assertEquals(false, Immersion.of(4, true).hasTheLengthOfTheText());
    }
}
