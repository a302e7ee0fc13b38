package fr.cdgrules.cucm.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdhesionTest {
    static final CucmRules RULES = CucmRules.defaults();

    static AdhesionForm form() {
        return AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2022, 9, 12), LocalDate.of(2022, 10, 3))
                .withAnswers(true, false);
    }

    @Test
    void adhesionByDeliberationThenFormAndTheNonRecruitmentCommitment() {
        Adhesion a = RULES.adhesion(form());
        assertTrue(a.isAccepted());
        assertEquals(AdhesionDateReading.FORM_SIGNATURE, CucmReadings.defaults().adhesionDate());
        assertEquals(LocalDate.of(2022, 10, 3), a.adhesionDate());
        assertEquals(LocalDate.of(2025, 10, 2), a.nonRecruitmentLastDay(), "3 years from adhesion, last day inclusive");
        assertEquals(LocalDate.of(2022, 10, 3), a.effectiveFrom());
        assertTrue(a.explanation().citations().containsAll(java.util.List.of(CucmText.ART_4, CucmText.ANNEX_1)));
    }

    @Test
    void theCouncilDeliberationReading() {
        Adhesion a = RULES.withReadings(CucmReadings.defaults().withAdhesionDate(AdhesionDateReading.COUNCIL_DELIBERATION))
                .adhesion(form());
        assertEquals(LocalDate.of(2022, 9, 12), a.adhesionDate());
        assertEquals(LocalDate.of(2025, 9, 11), a.nonRecruitmentLastDay());
    }

    @Test
    void aLeapDayAdhesion() {
        Adhesion a = RULES.adhesion(AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        // « une période de 3 ans à compter de la date d'adhésion »: three full years. The third anniversary of
        // 29 February 2024 falls in a common year, on 1 March 2027 (core CalendarMonths.anniversary), so the
        // commitment runs through 28 February 2027 — not 27 February, which would cut a day off the three years
        assertEquals(LocalDate.of(2027, 2, 28), a.nonRecruitmentLastDay(), "29 Feb 2024 + 3 years: through 28 Feb 2027");
        Adhesion dayBefore = RULES.adhesion(AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 28)));
        assertEquals(LocalDate.of(2027, 2, 27), dayBefore.nonRecruitmentLastDay(), "28 Feb 2024: through 27 Feb 2027");
    }

    @Test
    void anAdhesionBeforeJuly2022TakesEffectWithTheConvention() {
        Adhesion a = RULES.adhesion(AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2022, 6, 20), LocalDate.of(2022, 6, 30)));
        assertTrue(a.isAccepted());
        assertEquals(LocalDate.of(2022, 7, 1), a.effectiveFrom());
    }

    @Test
    void refusals() {
        Adhesion autun = RULES.adhesion(AdhesionForm.of(Fixtures.autun(), LocalDate.of(2022, 9, 12), LocalDate.of(2022, 10, 3)));
        assertFalse(autun.isAccepted());
        assertTrue(autun.findings().has("not-a-member-commune"));
        Adhesion late = RULES.adhesion(AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 1)));
        assertFalse(late.isAccepted());
        assertTrue(late.findings().has("after-convention-end"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2022, 10, 3), LocalDate.of(2022, 9, 12)));
        assertEquals("formSignedOn", e.field().orElseThrow());
    }

    @Test
    void aFormRoundTripsThroughJson() {
        assertEquals(form(), CdgJson.read(CdgJson.write(form()), AdhesionForm.class));
    }
}
