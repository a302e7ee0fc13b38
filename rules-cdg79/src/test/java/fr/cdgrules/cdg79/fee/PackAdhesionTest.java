package fr.cdgrules.cdg79.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.NothingInForceException;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

class PackAdhesionTest {
    private static final PackAdhesion EXCLUDED = PackAdhesion.of(Ceiling3500Reading.EXCLUDED_PER_TITLE);
    private static final PackAdhesion INCLUDED = PackAdhesion.of(Ceiling3500Reading.INCLUDED_PER_TABLE);
    private static final Year Y2026 = Year.of(2026);

    @Test
    void defaultReadingIsTheTitlesMoinsDe3500() {
        assertEquals(Ceiling3500Reading.EXCLUDED_PER_TITLE, Ceiling3500Reading.defaultReading());
        assertEquals(3_499, Ceiling3500Reading.defaultReading().lastEligible());
    }

    @ParameterizedTest(name = "{0} inhabitants → {1} (excluded per title) / {2} (included per table)")
    @CsvSource({
            "0, 100.00, 100.00",
            "499, 100.00, 100.00",
            "500, 150.00, 150.00",
            "999, 150.00, 150.00",
            "1000, 200.00, 200.00",
            "2000, 200.00, 200.00",
            "2001, 300.00, 300.00",
            "3499, 300.00, 300.00",
            "3500, -, 300.00",
            "3501, -, -"})
    void everyStratumBoundaryUnderBothReadings(long inhabitants, String excluded, String included) {
        check(EXCLUDED.quote(TestCommunes.clesseWith(inhabitants), Y2026), excluded);
        check(INCLUDED.quote(TestCommunes.clesseWith(inhabitants), Y2026), included);
    }

    private static void check(AnnualFeeQuote q, String expected) {
        if (expected.equals("-")) {
            assertFalse(q.eligible(), q.toString());
            assertTrue(q.reason().orElseThrow().contains("moins de 3 500 habitants"), q.reason().orElseThrow());
            assertTrue(q.annualFee().isEmpty());
        } else {
            assertTrue(q.eligible(), () -> q.explanation().render());
            assertEquals(Money.parse(expected), q.annualFee().orElseThrow());
        }
    }

    @Test
    void stratumKeepsTheTextsWording() {
        AnnualFeeQuote q = EXCLUDED.quote(TestCommunes.clesseWith(3_000), Y2026);
        assertEquals("Communes de 2 001 à 3 500 habitants", q.stratum().orElseThrow().wording());
        assertEquals(3_499, q.stratum().orElseThrow().to().getAsLong(), "the ceiling reading caps the stratum");
        assertEquals(3_500, PackAdhesion.publishedTariff().versions().get(0).value().highest().getAsLong(),
                "the published table keeps '2 001 à 3 500'");
    }

    @Test
    void clesse2026Is150EurosWithThe2025TariffCarriedForward() {
        // 001: "D'ADHERER, à compter de l'exercice budgétaire 2026, ... dont le forfait est fixé pour 2025 au tarif de 150 €"
        AnnualFeeQuote q = EXCLUDED.quote(TestCommunes.clesse(), Y2026);
        assertEquals("79094", q.collectivity().code());
        assertEquals(923, q.collectivity().population().inhabitants());
        assertEquals(Year.of(2026), q.collectivity().population().vintage());
        assertTrue(q.eligible());
        assertEquals(Money.ofEuros(150), q.annualFee().orElseThrow());
        assertEquals("Communes de 500 à 999 habitants", q.stratum().orElseThrow().wording());
        assertTrue(q.citations().contains(Citation.of("000", "art. 3.1")), q.citations().toString());
        ParameterUse tariff = q.tariff().orElseThrow();
        assertEquals(LocalDate.of(2025, 1, 1), tariff.effectiveFrom());
        assertTrue(tariff.carriedForward(), "the 2025 tariff is carried forward to 2026");
        assertTrue(tariff.source().decision().contains("9 décembre 2024"), tariff.source().decision());
        assertEquals(Cdg79Articles.FEE, tariff.source().citation());
        assertTrue(q.explanation().render().contains("carried forward"), q.explanation().render());
    }

    @Test
    void aQuoteFor2025IsNotCarriedForward() {
        AnnualFeeQuote q = EXCLUDED.quote(TestCommunes.clesse(), Year.of(2025));
        assertEquals(Money.ofEuros(150), q.annualFee().orElseThrow());
        assertFalse(q.tariff().orElseThrow().carriedForward());
    }

    @Test
    void a2024QuoteIsRefusedNothingInForce() {
        NothingInForceException e = assertThrows(NothingInForceException.class,
                () -> EXCLUDED.quote(TestCommunes.clesse(), Year.of(2024)));
        assertEquals("cdg79.pack-adhesion", e.parameter());
        assertEquals(LocalDate.of(2025, 1, 1), e.firstEffective());
        assertTrue(e.rules().contains(Cdg79Articles.FEE));
    }

    @Test
    void aCommuneOfAnotherDepartementIsNotEligibleWithThatReason() {
        AnnualFeeQuote q = EXCLUDED.quote(TestCommunes.aiguillon(), Y2026);
        assertFalse(q.eligible());
        assertTrue(q.reason().orElseThrow().contains("outside the territory"), q.reason().orElseThrow());
        assertTrue(q.reason().orElseThrow().contains("79"), q.reason().orElseThrow());
        assertTrue(q.tariff().isEmpty());
        assertTrue(q.citations().contains(Cdg79Articles.PREAMBLE));
    }

    @Test
    void aRealCommuneAboveTheCeilingIsNotEligible() {
        AnnualFeeQuote q = EXCLUDED.quote(TestCommunes.aiffres(), Y2026);
        assertFalse(q.eligible());
        assertTrue(q.reason().orElseThrow().contains("5419 inhabitants"), q.reason().orElseThrow());
        assertTrue(q.citations().contains(Cdg79Articles.PREAMBLE));
    }

    @Test
    void aLaterDeliberationTakesEffectForItsYearAndTheOldTariffStaysForEarlierYears() {
        Source board2026 = Source.of("délibération hypothétique du 1er décembre 2026", Cdg79Articles.FEE);
        StrataScale scale2027 = StrataScale.of(
                Stratum.of(0, 499, "Communes de moins de 500 habitants", Money.ofEuros(110)),
                Stratum.of(500, 999, "Communes de 500 à 999 habitants", Money.ofEuros(160)),
                Stratum.of(1000, 2000, "Communes de 1 000 à 2 000 habitants", Money.ofEuros(210)),
                Stratum.of(2001, 3500, "Communes de 2 001 à 3 500 habitants", Money.ofEuros(310)));
        Timeline<StrataScale> tariff = PackAdhesion.publishedTariff().plus(Version.of(LocalDate.of(2027, 1, 1), scale2027, board2026));
        PackAdhesion pack = PackAdhesion.of(Ceiling3500Reading.EXCLUDED_PER_TITLE, tariff);
        assertEquals(Money.ofEuros(150), pack.quote(TestCommunes.clesse(), Y2026).annualFee().orElseThrow());
        AnnualFeeQuote q2027 = pack.quote(TestCommunes.clesse(), Year.of(2027));
        assertEquals(Money.ofEuros(160), q2027.annualFee().orElseThrow());
        assertFalse(q2027.tariff().orElseThrow().carriedForward());
        assertFalse(pack.quote(TestCommunes.clesseWith(3_500), Year.of(2027)).eligible());
    }

    @Test
    void theTariffFileIsCoreTimelineJson() {
        Timeline<StrataScale> t = PackAdhesion.publishedTariff();
        assertEquals("cdg79.pack-adhesion", t.parameter());
        assertEquals(1, t.versions().size());
        assertEquals(4, t.versions().get(0).value().strata().size());
        String json = CdgJson.write(t);
        assertTrue(json.contains("Communes de moins de 500 habitants"));
    }

    @Test
    void anAdhesionInAnyMonthIsForTheWholeCivilYearAtTheFullFee() {
        // art. 4: "L'adhésion est valable pour une année civile, quel que soit le mois d'adhésion"
        for (LocalDate d : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 23), LocalDate.of(2026, 12, 31))) {
            Adhesion a = EXCLUDED.adhesionOn(TestCommunes.clesse(), d);
            assertTrue(a.isMembership());
            assertEquals(Optional.of(Money.ofEuros(150)), a.feeDue(), "no proration for an adhesion on " + d);
            assertEquals(LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                    a.membershipPeriod().orElseThrow());
            assertTrue(a.coversDate(LocalDate.of(2026, 1, 1)));
            assertFalse(a.coversDate(LocalDate.of(2027, 1, 1)));
            assertTrue(a.explanation().citations().contains(Cdg79Articles.DURATION));
        }
    }

    @Test
    void clesseAdhesionDecidedOn23April2026ForBudgetYear2026() {
        Adhesion a = EXCLUDED.adhesionFor(TestCommunes.clesse(), Y2026, LocalDate.of(2026, 4, 23));
        assertEquals(Money.ofEuros(150), a.feeDue().orElseThrow());
        assertEquals(LocalDate.of(2026, 4, 23), a.decidedOn());
        Membership m = Membership.none().plus(a);
        assertTrue(m.isMemberOn(LocalDate.of(2026, 1, 2)));
        assertFalse(m.isMemberOn(LocalDate.of(2025, 12, 31)));
        String json = CdgJson.write(a);
        assertEquals(a, CdgJson.read(json, Adhesion.class));
    }

    @Test
    void anAdhesionCannotJoinAPastYear() {
        // a refusal by art. 4 (exit 3), not invalid input: the request is well-formed, the text says no
        fr.cdgrules.core.error.NotEligibleException e = assertThrows(fr.cdgrules.core.error.NotEligibleException.class,
                () -> EXCLUDED.adhesionFor(TestCommunes.clesse(), Year.of(2025), LocalDate.of(2026, 1, 5)));
        assertTrue(e.getMessage().contains("cannot join the past year 2025"), e.getMessage());
        assertTrue(e.getMessage().contains("(adhesion.decidedOn)"), e.getMessage());
        assertEquals(java.util.List.of(fr.cdgrules.cdg79.Cdg79Articles.DURATION), e.rules());
    }

    @Test
    void anAdhesionOfANonEligibleCommuneGivesNoMembershipAndNoFee() {
        Adhesion a = EXCLUDED.adhesionOn(TestCommunes.aiffres(), LocalDate.of(2026, 3, 1));
        assertFalse(a.isMembership());
        assertTrue(a.feeDue().isEmpty());
        assertTrue(a.membershipPeriod().isEmpty());
        assertEquals(Membership.none(), Membership.none().plus(a));
    }
}
