package fr.cdgrules.cucm.cotisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NothingInForceException;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmReadings;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.cost.UnitCosts;
import fr.cdgrules.cucm.source.CucmText;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CotisationTest {
    static final CucmRules RULES = CucmRules.defaults();
    static final CucmRules FOURTH = RULES.withReadings(CucmReadings.defaults().withTenThousand(TenThousandReading.FOURTH_STRATUM));
    static final Year Y2023 = Year.of(2023);

    static Money fee(CucmRules rules, long inhabitants, Year year) {
        return rules.cotisation(Fixtures.memberOf(inhabitants), year).annualFee().orElseThrow();
    }

    @ParameterizedTest(name = "{0} inhabitants → {1} € ({2})")
    @CsvSource({
        "1, 210, De 1 à 999 habitants",
        "999, 210, De 1 à 999 habitants",
        "1000, 420, De 1000 à 2 499 habitants",
        "2499, 420, De 1000 à 2 499 habitants",
        "2500, 630, De 2 500 à 4 499 habitants",
        "4499, 630, De 2 500 à 4 499 habitants",
        "4500, 840, De 4 500 à 9 999 habitants",
        "9999, 840, De 4 500 à 9 999 habitants",
        "10000, 1050, Au-delà de 10 000 habitants",
        "10001, 1050, Au-delà de 10 000 habitants",
        "20509, 1050, Au-delà de 10 000 habitants"})
    void eachStratumBoundaryUnderTheDefaultReading(long inhabitants, long euros, String wording) {
        AnnualFeeQuote q = RULES.cotisation(Fixtures.memberOf(inhabitants), Y2023);
        assertTrue(q.eligible());
        assertEquals(Money.ofEuros(euros), q.annualFee().orElseThrow());
        assertEquals(wording, q.stratum().orElseThrow().wording());
        assertEquals(Money.ofEuros(euros).dividedBy(Money.ofEuros(30)), q.prepaidHours().orElseThrow());
    }

    @Test
    void defaultReadingPutsTenThousandInTheTopStratum() {
        assertEquals(TenThousandReading.TOP_STRATUM, CucmReadings.defaults().tenThousand());
        assertEquals(Money.ofEuros(1050), fee(RULES, 10_000, Y2023));
        assertTrue(RULES.cotisation(Fixtures.memberOf(10_000), Y2023).explanation().render().contains("top stratum"));
    }

    @Test
    void fourthStratumReadingKeepsTenThousandAt840() {
        assertEquals(Money.ofEuros(840), fee(FOURTH, 9_999, Y2023));
        assertEquals(Money.ofEuros(840), fee(FOURTH, 10_000, Y2023));
        assertEquals(Money.ofEuros(1050), fee(FOURTH, 10_001, Y2023));
        Stratum fourth = FOURTH.cotisation(Fixtures.memberOf(10_000), Y2023).stratum().orElseThrow();
        assertEquals("De 4 500 à 9 999 habitants", fourth.wording());
        assertEquals("[4500, 10000]", fourth.bounds());
        // every other boundary is the same under both readings
        for (long p : new long[] {1, 999, 1000, 2499, 2500, 4499, 4500}) {
            assertEquals(fee(RULES, p, Y2023), fee(FOURTH, p, Y2023), "population " + p);
        }
    }

    @Test
    void prepaidHoursFor2023AreTheTextsDaysOfSevenHours() {
        long[] populations = {500, 1500, 3000, 6000, 15000};
        for (int i = 0; i < populations.length; i++) {
            AnnualFeeQuote q = RULES.cotisation(Fixtures.memberOf(populations[i]), Y2023);
            assertEquals(Hours.of(7L * (i + 1)), q.prepaidHours().orElseThrow());
        }
    }

    @Test
    void noCotisationIn2022AndNoPrepaidHours() {
        AnnualFeeQuote q = RULES.cotisation(Fixtures.marigny(), Year.of(2022));
        assertTrue(q.eligible());
        assertEquals(Money.ZERO, q.annualFee().orElseThrow());
        assertEquals(Hours.ZERO, q.prepaidHours().orElseThrow());
        assertEquals("De 1 à 999 habitants", q.stratum().orElseThrow().wording());
        assertTrue(q.citations().contains(CucmText.ART_5));
        assertTrue(q.explanation().render().contains("aucune cotisation ne sera demandée"), q.explanation().render());
    }

    @Test
    void cotisation2023UsesTheCarriedForwardCostFlaggedProvisional() {
        AnnualFeeQuote q = RULES.cotisation(Fixtures.marigny(), Y2023);
        assertEquals(Money.ofEuros(210), q.annualFee().orElseThrow());
        assertEquals(Hours.of(7), q.prepaidHours().orElseThrow());
        assertTrue(q.explanation().render().contains("PROVISIONAL"), q.explanation().render());
        assertTrue(q.explanation().parameters().stream().anyMatch(p -> p.carriedForward()
                && p.parameter().equals(UnitCosts.PARAMETER)));
    }

    @Test
    void aRevisedCostGivesFractionalPrepaidHours() {
        CucmRules revised = RULES.withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST);
        AnnualFeeQuote q = revised.cotisation(Fixtures.marigny(), Year.of(2024));
        assertEquals(Money.ofEuros(210), q.annualFee().orElseThrow());
        assertEquals(Hours.ofFraction(20, 3), q.prepaidHours().orElseThrow());
        assertEquals("20/3", q.prepaidHours().orElseThrow().toString());
        assertFalse(q.explanation().render().contains("PROVISIONAL"));
        // 2023 is unaffected by a revision taking effect in 2024
        assertEquals(Hours.of(7), revised.cotisation(Fixtures.marigny(), Y2023).prepaidHours().orElseThrow());
    }

    @Test
    void cotisation2024IsDueInFullAlthoughTheConventionEndsOn30June() {
        AnnualFeeQuote q = RULES.cotisation(Fixtures.ecuisses(), Year.of(2024));
        assertEquals(Money.ofEuros(420), q.annualFee().orElseThrow());
        assertTrue(q.explanation().render().contains("quel que soit la date d'adhésion"));
    }

    @Test
    void onlyMemberCommunesAreEligible() {
        AnnualFeeQuote q = RULES.cotisation(Fixtures.autun(), Y2023);
        assertFalse(q.eligible());
        assertTrue(q.reason().orElseThrow().contains("247100290"), q.reason().orElseThrow());
        assertTrue(q.citations().contains(CucmText.ART_3));
    }

    @Test
    void noPopulationNoStratum() {
        AnnualFeeQuote q = RULES.cotisation(Fixtures.memberOf(0), Y2023);
        assertFalse(q.eligible());
        assertTrue(q.reason().orElseThrow().contains("below the first stratum"));
    }

    @Test
    void noCotisationAfterTheConventionNorBeforeTheTariff() {
        fr.cdgrules.core.error.ConventionNotInForceException after = assertThrows(
                fr.cdgrules.core.error.ConventionNotInForceException.class,
                () -> RULES.cotisation(Fixtures.marigny(), Year.of(2025)));
        assertTrue(after.getMessage().contains("2024-06-30"), after.getMessage());
        assertTrue(after.rules().contains(CucmText.ART_9));
        assertThrows(NothingInForceException.class, () -> RULES.cotisation(Fixtures.marigny(), Year.of(2021)));
    }

    @Test
    void theBundledPrepaidDaysColumnMatchesTheComputationAndATamperedOneIsRefused() {
        PrepaidDaysColumn column = PrepaidDaysColumn.bundled();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), column.rows().stream().map(PrepaidDaysRow::days).toList());
        column.verify(CotisationRule.bundledScale().forYear(Year.of(2022)).value(), Money.ofEuros(30));
        List<PrepaidDaysRow> rows = new java.util.ArrayList<>(column.rows());
        rows.set(2, PrepaidDaysRow.of(rows.get(2).wording(), 4));
        PrepaidDaysColumn tampered = PrepaidDaysColumn.of(2022, Hours.of(7), rows);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> tampered.verify(CotisationRule.bundledScale().forYear(Year.of(2022)).value(), Money.ofEuros(30)));
        assertEquals("prepaidDays.rows[2].days", e.field().orElseThrow());
        // at another cost the column would not hold: it is the 2022 column
        assertThrows(InvalidInputException.class,
                () -> column.verify(CotisationRule.bundledScale().forYear(Year.of(2022)).value(), Money.parse("31.50")));
    }

    @Test
    void theScaleKeepsTheTextsWording() {
        List<String> wording = CotisationRule.bundledScale().forYear(Year.of(2022)).value().strata().stream()
                .map(Stratum::wording).toList();
        assertEquals(List.of("De 1 à 999 habitants", "De 1000 à 2 499 habitants", "De 2 500 à 4 499 habitants",
                "De 4 500 à 9 999 habitants", "Au-delà de 10 000 habitants"), wording);
        assertTrue(CotisationRule.bundledScale().versions().get(0).source().decision().contains("30 juin 2022"));
    }

    @Test
    void theThirtyFourMemberCommunesReproduceTheTextsFigures() {
        List<Collectivity> communes = Fixtures.cucmCommunes();
        assertEquals(34, communes.size(), "« la CUCM est composée de 34 communes »");
        assertEquals(11, communes.stream().filter(c -> c.population().inhabitants() < 600).count(),
                "« 11 communes comptent moins de 600 habitants »");
        assertTrue(communes.stream().allMatch(CucmText.TERRITORY::contains));
        var byFee = communes.stream().collect(Collectors.groupingBy(c -> RULES.cotisation(c, Y2023).annualFee().orElseThrow(),
                java.util.TreeMap::new, Collectors.counting()));
        assertEquals(Long.valueOf(17), byFee.get(Money.ofEuros(210)));
        assertEquals(Long.valueOf(9), byFee.get(Money.ofEuros(420)));
        assertEquals(Long.valueOf(3), byFee.get(Money.ofEuros(630)));
        assertEquals(Long.valueOf(3), byFee.get(Money.ofEuros(840)));
        assertEquals(Long.valueOf(2), byFee.get(Money.ofEuros(1050)));
        Money total = Money.total(communes.stream().map(c -> RULES.cotisation(c, Y2023).annualFee().orElseThrow()).toList());
        assertEquals(Money.ofEuros(17 * 210 + 9 * 420 + 3 * 630 + 3 * 840 + 2 * 1050), total);
    }

    @Test
    void propertyCotisationNeverDecreasesAsPopulationGrows() {
        for (CucmRules rules : List.of(RULES, FOURTH)) {
            qt().forAll(longs().between(1, 30_000), integers().between(0, 12_000))
                    .check((p, d) -> fee(rules, p, Y2023).compareTo(fee(rules, p + d, Y2023)) <= 0);
        }
    }
}
