package fr.cdgrules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The baselines the benchmarks compare with give the same information as the library: the
 * hand-written quote and both Camunda tables, at every boundary of the CDG79 tariff.
 */
class BaselinesTest {
    static final AnnualFees FEES = RuleModules.load().get("cdg79").annualFees().orElseThrow();
    static final long[] BOUNDARIES = {0, 1, 499, 500, 923, 999, 1000, 2000, 2001, 3499, 3500, 3501, 10_000};

    @Test
    void handWrittenQuoteGivesTheLibrarysInformation() {
        for (long p : BOUNDARIES) {
            Collectivity c = Collectivity.of("79094", "Clessé", "79", Optional.of("200040244"),
                    Population.of(p, Cdg79Fixtures.YEAR));
            AnnualFeeQuote q = FEES.quote(c, Cdg79Fixtures.YEAR);
            HandWrittenQuote.Quote h = HandWrittenQuote.quote(c.code(), c.name(), c.department(),
                    c.epciSiren().orElse(null), p, Cdg79Fixtures.YEAR.getValue());
            assertEquals(q.eligible(), h.eligible(), "eligible at " + p);
            if (q.eligible()) {
                assertEquals(q.annualFee().orElseThrow().amount(), h.fee(), "fee at " + p);
                assertEquals(q.stratum().orElseThrow().wording(), h.wording(), "wording at " + p);
                assertEquals(q.tariff().orElseThrow().effectiveFrom(), h.tariffFrom());
                assertEquals(q.tariff().orElseThrow().source().decision(), h.act());
                assertEquals(q.citations().stream().map(Citation::toString).toList(), h.citations());
                assertEquals(q.explanation().steps().size(), 3);
                assertEquals(h.fee().longValueExact() * 100, HandWrittenQuote.feeCents(p), "if chain at " + p);
            } else {
                assertEquals(-1, HandWrittenQuote.feeCents(p), "if chain at " + p);
            }
        }
    }

    @Test
    void camundaTablesGiveTheSameFeeAndWording() {
        for (CamundaTable t : new CamundaTable[] {CamundaTable.legacyFeel(), CamundaTable.scalaFeel()}) {
            for (long p : BOUNDARIES) {
                Collectivity c = Collectivity.of("79094", "Clessé", "79", Optional.of("200040244"),
                        Population.of(p, Cdg79Fixtures.YEAR));
                AnnualFeeQuote q = FEES.quote(c, Cdg79Fixtures.YEAR);
                Map<String, Object> row = t.evaluate(p);
                if (q.eligible()) {
                    assertEquals(q.annualFee().orElseThrow().amount().toPlainString(), row.get("fee"), "fee at " + p);
                    assertEquals(q.stratum().orElseThrow().wording(), row.get("wording"), "wording at " + p);
                } else {
                    assertTrue(row.isEmpty(), "no row at " + p);
                }
            }
        }
    }

    @Test
    void communesOfFranceAreAllThere() {
        int n = France.communes().size();
        assertTrue(n > 34_000 && n < 36_000, n + " communes");
        assertFalse(France.communes().stream().anyMatch(c -> c.code().isEmpty()));
    }
}
