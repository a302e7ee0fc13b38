package fr.cdgrules.consumer;

import fr.cdgrules.communes.Commune;
import fr.cdgrules.communes.Communes;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;

/** What a host application does with the library: find a commune, quote its annual fee. */
public final class Host {
    private Host() {}

    /**
     * @param module a rule module id, e.g. {@code cdg79}
     * @param code an INSEE code
     * @param year the year
     * @return the quote
     */
    public static AnnualFeeQuote quote(String module, String code, int year) {
        Communes communes = Communes.bundled();
        Commune c = communes.find(code).orElseThrow();
        Collectivity collectivity = Collectivity.of(c.code(), c.name(), c.department(), c.epciSiren(),
                Population.of(c.population().orElseThrow(), PopulationBasis.MUNICIPALE, communes.vintage()));
        return RuleModules.load().get(module).annualFees().orElseThrow().quote(collectivity, Year.of(year));
    }
}
