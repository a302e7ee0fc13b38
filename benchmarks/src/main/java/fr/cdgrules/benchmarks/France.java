package fr.cdgrules.benchmarks;

import fr.cdgrules.communes.Communes;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.util.List;

/** Every commune of France with a population, from the bundled INSEE 2026 data ({@code cdg-rules-communes}). */
final class France {
    private France() {}

    /** @return the communes as collectivities, in INSEE code order */
    static List<Collectivity> communes() {
        Communes all = Communes.bundled();
        return all.all().stream().filter(c -> c.hasPopulation())
                .map(c -> Collectivity.of(c.code(), c.name(), c.department(), c.epciSiren(),
                        Population.of(c.population().orElseThrow(), PopulationBasis.MUNICIPALE, all.vintage())))
                .toList();
    }
}
