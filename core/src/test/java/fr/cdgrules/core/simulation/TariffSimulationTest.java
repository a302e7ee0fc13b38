package fr.cdgrules.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.membership.AnnualFeeRule;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.register.FakeBody;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffSimulationTest {
    static final Citation FEE = Citation.of("T", "art. 3");
    static final Territory T = Territory.departments("département 99", Citation.of("T", "art. 1"), "99");
    static final AnnualFees BEFORE = AnnualFeeRule.of("fake", T, Timeline.of("fee", Version.of(LocalDate.of(2020, 1, 1),
            StrataScale.of(Stratum.of(0, 499, "Moins de 500", Money.ofEuros(100)),
                    Stratum.of(500, 1999, "De 500 à 1 999", Money.ofEuros(200))), Source.of("2020", FEE))), FEE)::quote;
    /** Illustrative proposal: +10 € under 500, unchanged 500–1 999, a new stratum 2 000–2 999 at 250.50 €. */
    static final AnnualFees AFTER = AnnualFeeRule.of("fake", T, Timeline.of("fee", Version.of(LocalDate.of(2020, 1, 1),
            StrataScale.of(Stratum.of(0, 499, "Moins de 500", Money.ofEuros(110)),
                    Stratum.of(500, 1999, "De 500 à 1 999", Money.ofEuros(200)),
                    Stratum.of(2000, 2999, "De 2 000 à 2 999", Money.parse("250.50"))), Source.of("2027", FEE))), FEE)::quote;

    @Test
    void perStratumCountsRevenuesAndTheCommunesWhoseFeeChanges() {
        List<Collectivity> cs = List.of(FakeBody.commune("99001", "99", 100), FakeBody.commune("99002", "99", 700),
                FakeBody.commune("99003", "99", 2500), FakeBody.commune("98001", "98", 100));
        TariffSimulation s = TariffSimulation.of(cs, Year.of(2027), BEFORE, AFTER);
        assertEquals(List.of(new StratumRevenue("Moins de 500", 1, Money.ofEuros(100), Money.ofEuros(110)),
                new StratumRevenue("De 500 à 1 999", 1, Money.ofEuros(200), Money.ofEuros(200)),
                new StratumRevenue("De 2 000 à 2 999" + TariffSimulation.PROPOSAL_ONLY, 1, Money.ZERO, Money.parse("250.50"))),
                s.strata());
        assertEquals(List.of("99001", "99003"), s.changes().stream().map(CommuneChange::code).toList());
        assertEquals(Money.parse("260.50"), s.totalDifference());
    }

    /** Property: total difference = Σ per-commune differences = Σ per-stratum differences; counts = eligible communes. */
    @Test
    void propertyTheTotalDifferenceIsTheSumOfTheParts() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 99_999)).ofSizeBetween(0, 50)).check(pops -> {
            List<Collectivity> cs = pops.stream().map(p -> FakeBody.commune(String.format("99%03d", p % 1000),
                    p % 13 == 0 ? "98" : "99", p % 3500)).toList();
            TariffSimulation s = TariffSimulation.of(cs, Year.of(2027), BEFORE, AFTER);
            Money perCommune = Money.total(s.communes().stream().map(CommuneChange::difference).toList());
            Money perStratum = Money.total(s.strata().stream().map(StratumRevenue::difference).toList());
            long eligible = s.communes().stream().filter(c -> c.stratumBefore().isPresent() || c.stratumAfter().isPresent())
                    .count();
            return s.totalDifference().equals(perCommune) && s.totalDifference().equals(perStratum)
                    && s.strata().stream().mapToInt(StratumRevenue::communes).sum() == eligible
                    && s.changes().stream().allMatch(c -> c.difference().signum() != 0);
        });
    }
}
