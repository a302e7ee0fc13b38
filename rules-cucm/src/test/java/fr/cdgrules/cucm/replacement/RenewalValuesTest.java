package fr.cdgrules.cucm.replacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract art. 4: « Une semaine avant l'échéance du présent contrat, la commune prendra contact avec le service »;
 * the dates of a contract ending on Friday 31 March 2023 are a value; the checks of art. 3 under the text's period.
 */
class RenewalValuesTest {
    @Test
    void theRenewalDatesOfAContractAreAValue() {
        RenewalDates r = RenewalDates.of(LocalDate.of(2023, 3, 31));
        assertEquals(LocalDate.of(2023, 3, 31), r.contractLastDay());
        assertEquals(r, CucmRules.defaults().renewal(LocalDate.of(2023, 3, 31)));
        assertEquals(r.hashCode(), RenewalDates.of(LocalDate.of(2023, 3, 31)).hashCode());
        assertNotEquals(r, RenewalDates.of(LocalDate.of(2023, 4, 30)));
        assertFalse(r.equals("2023-03-31"));
        assertEquals("renewal of a contract ending 2023-03-31: ask by 2023-03-24", r.toString());
    }

    @Test
    void theChecksUnderTheTextsPeriodAreTheRulesChecks() {
        ReplacementRequest after = ReplacementRequest.of(Fixtures.marigny(), LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 17), Period.ofWeeks(3), ReplacementReason.ACCIDENT, List.of("paie"), BigDecimal.ONE,
                true).withAdhesionDate(Fixtures.ADHESION);
        // 17 June to 7 July 2024 runs past 30 June 2024 (art. 9)
        assertEquals(CucmRules.defaults().check(after), RequestChecks.check(after));
        assertTrue(RequestChecks.check(after).has("outside-convention-period"));
        assertEquals(CucmArticles.ART_9, RequestChecks.check(after).refusals().get(0).citation());
        assertEquals("the forecast period 2024-06-17 to 2024-07-07 is not within the framework convention, in force from "
                + "2022-07-01 to 2024-06-30 (art. 9)", RequestChecks.check(after, FrameworkPeriod.initial()).refusals()
                .get(0).message());
    }
}
