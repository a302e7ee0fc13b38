package fr.cdgrules.core.register;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.membership.AnnualFeeRule;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * An illustrative body for tests only (département 99): two years, tacitly renewed once for two
 * years, notice one month before renewal; fee 100 € under 500 inhabitants, 200 € up to 1 999, none
 * above (outside the scale) from 2020.
 */
public final class FakeBody implements RuleModule {
    static final Citation TERM = Citation.of("T", "art. 4");
    static final Citation FEE = Citation.of("T", "art. 3");
    static final Territory TERRITORY = Territory.departments("département 99", Citation.of("T", "art. 1"), "99");
    static final Timeline<StrataScale> TARIFF = Timeline.of("fake.fee", Version.of(LocalDate.of(2020, 1, 1),
            StrataScale.of(Stratum.of(0, 499, "Moins de 500", Money.ofEuros(100)),
                    Stratum.of(500, 1999, "De 500 à 1 999", Money.ofEuros(200))),
            Source.of("délibération d'essai", FEE)));

    /** @return the body */
    public static FakeBody create() {
        return new FakeBody();
    }

    /**
     * @param code INSEE code
     * @param dep département
     * @param pop population
     * @return a commune, vintage 2026
     */
    public static Collectivity commune(String code, String dep, long pop) {
        return Collectivity.of(code, "Commune " + code, dep, Optional.empty(), Population.of(pop, Year.of(2026)));
    }

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public String issuingBody() {
        return "Illustrative body";
    }

    @Override
    public List<SourceText> sources() {
        return List.of(SourceText.of("T", "t.txt", "test"));
    }

    @Override
    public Territory territory() {
        return TERRITORY;
    }

    @Override
    public Optional<AnnualFees> annualFees() {
        return Optional.of(AnnualFeeRule.of("fake", TERRITORY, TARIFF, FEE)::quote);
    }

    @Override
    public ConventionTerms conventionTerms() {
        return ConventionTerms.of(Period.ofYears(2), TERM,
                RenewalPolicy.tacit(1, Period.ofYears(2), Period.ofMonths(1), TERM), List.of());
    }
}
