package fr.cdgrules.cdg79.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a lawyer reads of a quote and an adhesion (art. 3.1, art. 4): the step of the 3 500 ceiling
 * with its reading, articles and words, the refusal naming the last eligible population, and the step
 * of the civil year « quel que soit le mois d'adhésion ».
 */
class PackAdhesionExplanationTest {
    private static final PackAdhesion EXCLUDED = PackAdhesion.of(Ceiling3500Reading.EXCLUDED_PER_TITLE);
    private static final PackAdhesion INCLUDED = PackAdhesion.of(Ceiling3500Reading.INCLUDED_PER_TABLE);
    private static final Year Y2026 = Year.of(2026);
    private static final String CEILING_RULE = "eligibility ceiling of the pack: 'moins de 3 500 habitants' (préambule,"
            + " art. 2) against the table's 'Communes de 2 001 à 3 500 habitants' (art. 3.1)";

    private static TraceStep last(AnnualFeeQuote q) {
        List<TraceStep> steps = q.explanation().steps();
        return steps.get(steps.size() - 1);
    }

    @Test
    void anEligibleQuoteEndsWithTheCeilingStepUnderItsReading() {
        AnnualFeeQuote q = EXCLUDED.quote(TestCommunes.clesse(), Y2026);
        TraceStep ceiling = last(q);
        assertEquals(CEILING_RULE, ceiling.rule());
        assertEquals(List.of(Cdg79Articles.PREAMBLE, Cdg79Articles.SERVICES, Cdg79Articles.FEE), ceiling.citations());
        assertEquals(Map.of("population", "923 inhabitants (population municipale 2026)", "reading",
                "EXCLUDED_PER_TITLE"), ceiling.inputs());
        assertEquals("'moins de 3 500 habitants' (préambule, art. 2): last eligible population 3 499 → under the ceiling",
                ceiling.result());
        assertTrue(q.explanation().render().contains("→ under the ceiling"), q.explanation().render());

        TraceStep table = last(INCLUDED.quote(TestCommunes.clesseWith(3_500), Y2026));
        assertEquals(List.of(Cdg79Articles.FEE), table.citations(), "art. 3.1 once");
        assertEquals("INCLUDED_PER_TABLE", table.inputs().get("reading"));
        assertEquals("'Communes de 2 001 à 3 500 habitants' (art. 3.1 table): last eligible population 3 500 → under"
                + " the ceiling", table.result());
    }

    @Test
    void aCommuneOf3500IsRefusedByDefaultNamingTheLastEligiblePopulationAndTheReading() {
        AnnualFeeQuote q = EXCLUDED.quote(TestCommunes.clesseWith(3_500), Y2026);
        assertFalse(q.eligible());
        assertEquals("Clessé (79094) has 3500 inhabitants: the pack is for 'communes de moins de 3 500 habitants' and"
                + " the last eligible population is 3499 under the reading EXCLUDED_PER_TITLE", q.reason().orElseThrow());
        TraceStep ceiling = last(q);
        assertEquals(CEILING_RULE, ceiling.rule());
        assertEquals("'moins de 3 500 habitants' (préambule, art. 2): last eligible population 3 499 → not under the"
                + " ceiling", ceiling.result());
        assertEquals(Y2026, q.year());
        assertEquals("cdg79", q.module());
        assertTrue(q.tariff().isPresent(), "the tariff was consulted: the commune is in the Deux-Sèvres");
        assertTrue(q.citations().contains(Cdg79Articles.PREAMBLE));
        // under the table's reading the first commune refused has 3 501 inhabitants
        AnnualFeeQuote q3501 = INCLUDED.quote(TestCommunes.clesseWith(3_501), Y2026);
        assertTrue(q3501.reason().orElseThrow().endsWith("the last eligible population is 3500 under the reading"
                + " INCLUDED_PER_TABLE"), q3501.reason().orElseThrow());
    }

    @ParameterizedTest(name = "{0} inhabitants: under the ceiling {1} (title) / {2} (table)")
    @CsvSource({"0, true, true", "3499, true, true", "3500, false, true", "3501, false, false"})
    void theCeilingOfEachReading(long inhabitants, boolean title, boolean table) {
        assertEquals(title, Ceiling3500Reading.EXCLUDED_PER_TITLE.isUnderCeiling(
                TestCommunes.clesseWith(inhabitants).population()));
        assertEquals(table, Ceiling3500Reading.INCLUDED_PER_TABLE.isUnderCeiling(
                TestCommunes.clesseWith(inhabitants).population()));
    }

    @Test
    void eachReadingCitesTheWordsItFollows() {
        assertEquals(List.of(Cdg79Articles.PREAMBLE, Cdg79Articles.SERVICES), Ceiling3500Reading.EXCLUDED_PER_TITLE.citations());
        assertEquals(List.of(Cdg79Articles.FEE), Ceiling3500Reading.INCLUDED_PER_TABLE.citations());
        assertEquals(3_500, Ceiling3500Reading.INCLUDED_PER_TABLE.lastEligible());
    }

    @Test
    void theAppliedTariffIsThePublishedOneCappedAtTheReadingsCeiling() {
        assertSame(PackAdhesion.publishedTariff(), EXCLUDED.tariff());
        assertEquals(3_499, EXCLUDED.appliedTariff().versions().get(0).value().highest().getAsLong());
        assertEquals(3_500, INCLUDED.appliedTariff().versions().get(0).value().highest().getAsLong());
        assertEquals(PackAdhesion.publishedTariff().parameter(), EXCLUDED.appliedTariff().parameter());
        assertEquals(Ceiling3500Reading.INCLUDED_PER_TABLE, INCLUDED.reading());
        assertThrows(NullPointerException.class, () -> PackAdhesion.of(null));
        assertThrows(NullPointerException.class, () -> PackAdhesion.of(Ceiling3500Reading.EXCLUDED_PER_TITLE, null));
        assertThrows(NullPointerException.class, () -> EXCLUDED.quote(null, Y2026));
        assertThrows(NullPointerException.class, () -> EXCLUDED.quote(TestCommunes.clesse(), null));
        assertThrows(NullPointerException.class, () -> EXCLUDED.adhesionOn(TestCommunes.clesse(), null));
        assertThrows(NullPointerException.class, () -> EXCLUDED.adhesionFor(TestCommunes.clesse(), Y2026, null));
        assertThrows(NullPointerException.class, () -> EXCLUDED.adhesionFor(TestCommunes.clesse(), null));
    }

    @Test
    void aCommuneOutsideASuppliedScaleKeepsTheScalesReason() {
        // a tariff supplied at run time whose first bracket starts at 1 inhabitant: a commune of 0 is under the
        // ceiling but outside the scale, and the quote says so (not the ceiling)
        fr.cdgrules.core.citation.Source board = fr.cdgrules.core.citation.Source.of(
                "délibération d'essai du conseil d'administration (les chiffres sont ceux d'un test)", Cdg79Articles.FEE);
        fr.cdgrules.core.strata.StrataScale scale = fr.cdgrules.core.strata.StrataScale.of(
                fr.cdgrules.core.strata.Stratum.of(1, 499, "Communes de moins de 500 habitants", Money.ofEuros(100)),
                fr.cdgrules.core.strata.Stratum.of(500, 3500, "Communes de 500 à 3 500 habitants", Money.ofEuros(200)));
        PackAdhesion fromOne = PackAdhesion.of(Ceiling3500Reading.EXCLUDED_PER_TITLE, fr.cdgrules.core.timeline.Timeline.of(
                "cdg79.pack-adhesion", List.of(fr.cdgrules.core.timeline.Version.of(LocalDate.of(2025, 1, 1), scale, board))));
        AnnualFeeQuote q = fromOne.quote(TestCommunes.clesseWith(0), Y2026);
        assertFalse(q.eligible());
        assertTrue(q.reason().orElseThrow().startsWith("population outside the scale"), q.reason().orElseThrow());
        assertEquals(Money.ofEuros(100), fromOne.quote(TestCommunes.clesseWith(1), Y2026).annualFee().orElseThrow());
    }

    @Test
    void anAdhesionExplainsTheCivilYearAndTheFullFee() {
        // art. 4: « L'adhésion est valable pour une année civile, quel que soit le mois d'adhésion de la collectivité »
        Adhesion a = EXCLUDED.adhesionOn(TestCommunes.clesse(), LocalDate.of(2026, 4, 23));
        TraceStep civil = last(a.quote());
        assertEquals("adhesion valid for a civil year: 'L'adhésion est valable pour une année civile, quel que soit le"
                + " mois d'adhésion de la collectivité'", civil.rule());
        assertEquals(List.of(Cdg79Articles.DURATION), civil.citations());
        assertEquals(List.of("adhesionDate", "year"), new ArrayList<>(civil.inputs().keySet()));
        assertEquals("2026-04-23", civil.inputs().get("adhesionDate"));
        assertEquals("2026", civil.inputs().get("year"));
        assertEquals("membership for the civil year 2026-01-01/2027-01-01 at the full annual fee 150.00 €, whatever"
                + " the month of adhesion (no proration)", civil.result());
        assertEquals(a.quote().explanation(), a.explanation());

        Adhesion refused = EXCLUDED.adhesionOn(TestCommunes.aiffres(), LocalDate.of(2026, 3, 1));
        assertEquals("no membership: " + refused.quote().reason().orElseThrow(), last(refused.quote()).result());
        assertFalse(refused.coversDate(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aDecemberDecisionJoinsTheNextYearAtThatYearsFee() {
        // « à compter de l'exercice budgétaire » N (001): a council of December joins from the next year
        Adhesion a = EXCLUDED.adhesionFor(TestCommunes.clesse(), AdhesionDecision.of(LocalDate.of(2025, 12, 15), Y2026));
        assertEquals(Y2026, a.year());
        assertEquals(LocalDate.of(2025, 12, 15), a.decidedOn());
        assertEquals(Money.ofEuros(150), a.feeDue().orElseThrow());
        assertFalse(a.coversDate(LocalDate.of(2025, 12, 31)));
        assertTrue(a.coversDate(LocalDate.of(2026, 12, 31)));
        // the last day of the year joined is still « à compter de l'exercice »
        assertTrue(EXCLUDED.adhesionFor(TestCommunes.clesse(), Y2026, LocalDate.of(2026, 12, 31)).isMembership());
    }

    @Test
    void anAdhesionWhoseQuoteIsForAnotherYearIsRefusedNamingTheField() {
        Adhesion a = EXCLUDED.adhesionOn(TestCommunes.clesse(), LocalDate.of(2026, 4, 23));
        String json = CdgJson.write(a);
        // the quote's year comes first (properties in alphabetical order)
        String otherYear = json.replaceFirst("\"year\" : 2026", "\"year\" : 2027");
        assertNotEquals(json, otherYear);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CdgJson.read(otherYear, Adhesion.class));
        assertEquals("adhesion.year", e.field().orElseThrow());
        assertTrue(e.getMessage().contains("the quote is for 2027, not 2026"), e.getMessage());
    }

    @Test
    void membershipInWords() {
        assertEquals("no membership", Membership.none().toString());
        assertEquals("member for [2026, 2027]", Membership.ofYears(Year.of(2027), Year.of(2026)).toString());
        // an immutable list is accepted (it threw a NullPointerException before: List.of(...).contains(null))
        assertEquals(Membership.ofYears(Year.of(2026)), Membership.of(List.of(Year.of(2026))));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> Membership.of(java.util.Arrays.asList(Year.of(2026), null)));
        assertEquals("membership", missing.field().orElseThrow());
        assertNotEquals(Membership.ofYears(Year.of(2026)), Membership.ofYears(Year.of(2027)));
        assertNotEquals(Membership.none(), List.of());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Membership.of(null));
        assertEquals("membership", e.field().orElseThrow());
        assertEquals(List.of(Cdg79Articles.DURATION), e.rules());
        Membership twice = Membership.ofYears(Year.of(2026)).plus(
                EXCLUDED.adhesionOn(TestCommunes.clesse(), LocalDate.of(2027, 2, 1)));
        assertEquals(List.of(Year.of(2026), Year.of(2027)), twice.years());
    }
}
