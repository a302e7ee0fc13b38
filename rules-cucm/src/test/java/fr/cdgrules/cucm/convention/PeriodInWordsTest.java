package fr.cdgrules.cucm.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.cost.UnitCosts;
import fr.cdgrules.cucm.cotisation.TenThousandReading;
import fr.cdgrules.cucm.membership.Adhesion;
import fr.cdgrules.cucm.membership.AdhesionForm;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The convention's period in the words and articles of each refusal: art. 9 (« qui viendra à expiration à la date
 * du 30 juin 2024 ») as the text sets it, art. 12 (« un avenant signé des deux parties ») once reconducted; and the
 * readings and costs as the explanations state them.
 */
class PeriodInWordsTest {
    private static final CucmRules RULES = CucmRules.defaults();
    private static final CucmRules RECONDUCTED = RULES.withReconduction(Reconduction.of(LocalDate.of(2024, 6, 20),
            LocalDate.of(2026, 6, 30), "avenant n° 1 après le bilan"));

    @Test
    void thePeriodSaysWhetherItWasReconducted() {
        assertEquals("2022-07-01 to 2024-06-30 (art. 9)", RULES.framework().describe());
        assertEquals("2022-07-01 to 2026-06-30 (art. 9, reconducted: avenant n° 1 après le bilan)",
                RECONDUCTED.framework().describe());
        assertEquals("framework convention 2022-07-01 to 2026-06-30 (art. 9, reconducted: avenant n° 1 après le bilan)",
                RECONDUCTED.framework().toString());
        assertEquals(Year.of(2026), RECONDUCTED.framework().lastYear());
        assertNotEquals(RULES.framework(), RECONDUCTED.framework());
        assertEquals(FrameworkPeriod.initial(), RULES.framework());
        assertNotEquals(FrameworkPeriod.initial(), FrameworkPeriod.initial().withCureCounting(
                fr.cdgrules.core.calendar.PeriodCounting.EXPIRY_DAY_EXCLUDED));
    }

    @Test
    void noCotisationAfterTheLastYearCitingTheActThatSetIt() {
        ConventionNotInForceException text = assertThrows(ConventionNotInForceException.class,
                () -> RULES.cotisation(Fixtures.marigny(), Year.of(2025)));
        assertEquals("no convention in force for a cotisation for 2025 (the framework convention is « non reconductible "
                + "de façon tacite »): the convention runs from 2022-07-01 to 2024-06-30 (003 art. 9)", text.getMessage());
        ConventionNotInForceException avenant = assertThrows(ConventionNotInForceException.class,
                () -> RECONDUCTED.cotisation(Fixtures.marigny(), Year.of(2027)));
        assertEquals("no convention in force for a cotisation for 2027 (the framework convention is « non reconductible "
                + "de façon tacite »; reconducted until 2026-06-30): the convention runs from 2022-07-01 to 2026-06-30 "
                + "(003 art. 12)", avenant.getMessage());
        assertEquals(List.of(CucmArticles.ART_12), avenant.rules());
    }

    @Test
    void anAdhesionAfterTheEndIsRefusedCitingTheActThatSetTheEnd() {
        AdhesionForm july2024 = AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 2));
        Adhesion refused = RULES.adhesion(july2024);
        Finding f = refused.findings().refusals().get(0);
        assertEquals("after-convention-end", f.code());
        assertEquals("adhesion dated 2024-07-02, after the framework convention expired on 2024-06-30", f.message());
        assertEquals(CucmArticles.ART_9, f.citation());
        TraceStep step = refused.explanation().steps().get(0);
        assertTrue(step.result().startsWith("refused: [refusal [after-convention-end]"), step.result());
        assertEquals("AdhesionDateReading.FORM_SIGNATURE", step.inputs().get("reading"));
        assertEquals("from 2024-07-02 to 2027-07-01 inclusive", refused.explanation().steps().get(1).result());
        // reconducted until 30 June 2026 by avenant (art. 12): accepted, and dated
        Adhesion accepted = RECONDUCTED.adhesion(july2024);
        assertTrue(accepted.isAccepted());
        assertEquals("adhesion dated 2024-07-02", accepted.explanation().steps().get(0).result());
        assertEquals(LocalDate.of(2024, 7, 2), accepted.effectiveFrom());
        Adhesion late = RECONDUCTED.adhesion(AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 1)));
        assertEquals(CucmArticles.ART_12, late.findings().refusals().get(0).citation());
    }

    @Test
    void anAdhesionSignedBeforeTheConventionTakesEffectWithIt() {
        Adhesion early = RULES.adhesion(AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2022, 5, 1),
                LocalDate.of(2022, 6, 2)));
        assertEquals(LocalDate.of(2022, 6, 2), early.adhesionDate());
        assertEquals(LocalDate.of(2022, 7, 1), early.effectiveFrom(), "« prend effet à compter de la date du 1er juillet 2022 »");
        assertEquals(LocalDate.of(2025, 6, 1), early.nonRecruitmentLastDay());
        assertEquals(LocalDate.of(2022, 7, 1), RULES.adhesion(AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 7, 1))).effectiveFrom());
    }

    @Test
    void theReadingOfTenThousandIsStatedOnlyForTenThousand() {
        CucmRules fourth = RULES.withReadings(CucmReadings.defaults().withTenThousand(TenThousandReading.FOURTH_STRATUM));
        TraceStep step = fourth.cotisation(Fixtures.memberOf(10_000), Year.of(2023)).explanation().steps().get(2);
        assertEquals("reading of the 10 000 boundary", step.rule());
        assertEquals(List.of(CucmArticles.ANNEX_2_SCALE), step.citations());
        assertEquals("TenThousandReading.FOURTH_STRATUM", step.inputs().get("reading"));
        assertEquals("« De 4 500 à 9 999 habitants » / « Au-delà de 10 000 habitants »: 10 000 read in the fourth stratum",
                step.result());
        assertEquals(Money.ofEuros(840), fourth.cotisation(Fixtures.memberOf(10_000), Year.of(2023)).annualFee()
                .orElseThrow());
        for (long p : new long[] {9_999, 10_001}) {
            assertTrue(RULES.cotisation(Fixtures.memberOf(p), Year.of(2023)).explanation().steps().stream()
                    .noneMatch(s -> s.rule().equals("reading of the 10 000 boundary")), "population " + p);
        }
    }

    @Test
    void aCostPublishedForTheYearIsSaidSoAndACarriedForwardOneIsProvisional() {
        assertTrue(UnitCosts.describe(RULES.hourlyCostOn(LocalDate.of(2022, 9, 1))).startsWith(
                "unit cost in force on 2022-09-01 since 2022-01-01 (Délibération du conseil communautaire de la CUCM du "
                        + "30 juin 2022"));
        assertTrue(UnitCosts.use(RULES.hourlyCostOn(LocalDate.of(2022, 9, 1))).toString().startsWith(
                "cucm.hourly-unit-cost = 30.00 €/h (frais de structure 15.10 %) (in force since 2022-01-01"));
        assertTrue(UnitCosts.use(RULES.hourlyCostOn(LocalDate.of(2023, 9, 1))).toString().startsWith(
                "cucm.hourly-unit-cost = 30.00 €/h (frais de structure 15.10 %) (provisional) (in force since 2022-01-01"));
    }
}
