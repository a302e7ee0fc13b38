package fr.cdgrules.cucm.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.replacement.ReplacementReason;
import fr.cdgrules.cucm.replacement.ReplacementRequest;
import fr.cdgrules.cucm.source.CucmText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Délibération: « à titre expérimental pour une durée de 2 ans avant qu'un bilan ne décide de sa
 * reconduction »; art. 9: « non reconductible de façon tacite qui viendra à expiration à la date du
 * 30 juin 2024, le bilan devant décider du devenir du service commun »; art. 12: « Toute modification
 * de la présente convention devra faire l'objet d'un avenant signé des deux parties ».
 */
class ReconductionTest {
    /** A HYPOTHETICAL avenant after the bilan, until 30 June 2026 (no such decision in the sources). */
    static final Reconduction AVENANT = Reconduction.of(LocalDate.of(2024, 6, 20), LocalDate.of(2026, 6, 30),
            "HYPOTHETICAL avenant n° 1 after the bilan, for tests only");

    static final CucmRules RECONDUCTED = CucmRules.defaults().withReconduction(AVENANT);

    @Test
    void withoutReconductionNothingComputesAfter30June2024() {
        CucmRules rules = CucmRules.defaults();
        assertEquals(LocalDate.of(2024, 6, 30), rules.convention().finalEnd());
        assertThrows(ConventionNotInForceException.class, () -> rules.cotisation(Fixtures.marigny(), Year.of(2025)));
        assertTrue(rules.check(request(LocalDate.of(2024, 7, 1))).has("outside-convention-period"));
    }

    @Test
    void afterTheReconductionCotisationsRequestsAndMissionsCompute() {
        assertEquals(LocalDate.of(2026, 6, 30), RECONDUCTED.framework().lastDay());
        assertEquals(LocalDate.of(2026, 6, 30), RECONDUCTED.convention().finalEnd());
        assertEquals(Money.parse("210.00"), RECONDUCTED.cotisation(Fixtures.marigny(), Year.of(2025)).annualFee().orElseThrow());
        assertEquals(Money.parse("210.00"), RECONDUCTED.cotisation(Fixtures.marigny(), Year.of(2026)).annualFee().orElseThrow(),
                "due in full for the year the convention ends in, as 2024 was");
        assertThrows(ConventionNotInForceException.class, () -> RECONDUCTED.cotisation(Fixtures.marigny(), Year.of(2027)));
        assertFalse(RECONDUCTED.check(request(LocalDate.of(2024, 7, 1))).isRefused());
        MissionSheet sheet = MissionSheet.of(Fixtures.marigny(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3),
                WorkSchedule.HOURS_35).withAdhesionDate(Fixtures.ADHESION)
                .withTimesheet(List.of(TimesheetEntry.of(LocalDate.of(2025, 3, 3), Hours.of(10), Activity.WORK)));
        assertEquals(Money.parse("90.00"), RECONDUCTED.invoice(sheet).total(), "(10 − 7) h × 30 € (provisional cost)");
        assertThrows(ConventionNotInForceException.class, () -> CucmRules.defaults().invoice(sheet));
        assertTrue(RECONDUCTED.convention().deadlines().stream().anyMatch(d -> d.date().equals(LocalDate.of(2026, 6, 30))));
        assertEquals(CucmText.ART_12, RECONDUCTED.conventionTerms().termCitation());
    }

    @Test
    void aReconductionIsDecidedWhileTheConventionIsInForceAndExtendsIt() {
        // art. 12: an expired convention is not amended by avenant; a refusal by the rules (exit 3)
        ConventionNotInForceException late = assertThrows(ConventionNotInForceException.class, () -> CucmRules.defaults()
                .withReconduction(Reconduction.of(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30), "avenant")));
        assertTrue(late.getMessage().contains("(reconduction.decidedOn)"), late.getMessage());
        assertTrue(late.getMessage().contains("an expired convention is not amended by avenant"), late.getMessage());
        assertEquals(List.of(CucmText.ART_12), late.rules());
        assertEquals(LocalDate.of(2024, 6, 30), late.end());
        assertThrows(ConventionNotInForceException.class, () -> CucmRules.defaults()
                .withReconduction(Reconduction.of(LocalDate.of(2022, 6, 30), LocalDate.of(2026, 6, 30), "avenant")));
        InvalidInputException shorter = assertThrows(InvalidInputException.class, () -> CucmRules.defaults()
                .withReconduction(Reconduction.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), "avenant")));
        assertEquals("reconduction.lastDay", shorter.field().orElseThrow());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> Reconduction.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 30), " "));
        assertEquals("reconduction.decision", blank.field().orElseThrow());
        assertThrows(NullPointerException.class, () -> CucmRules.defaults().withReconduction(null));
        CucmRules twice = RECONDUCTED.withReconduction(Reconduction.of(LocalDate.of(2026, 5, 1),
                LocalDate.of(2027, 12, 31), "HYPOTHETICAL avenant n° 2"));
        assertEquals(LocalDate.of(2027, 12, 31), twice.convention().finalEnd());
        assertEquals(2, twice.framework().reconductions().size());
    }

    static ReplacementRequest request(LocalDate start) {
        return ReplacementRequest.of(Fixtures.marigny(), start.minusDays(14), start, Period.ofWeeks(2),
                ReplacementReason.ILLNESS_OR_MATERNITY, List.of("état civil"), BigDecimal.ONE, true)
                .withAdhesionDate(Fixtures.ADHESION);
    }
}
