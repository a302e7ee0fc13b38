package fr.cdgrules.benchmarks;

import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.examples.data.Commune;
import fr.cdgrules.examples.data.CommuneDirectory;
import java.util.List;

/** Every commune of France with a population, from the bundled INSEE 2026 data. */
final class Communes {
    private Communes() {}

    /** @return the communes as collectivities, in INSEE code order */
    static List<Collectivity> all() {
        return CommuneDirectory.bundled().all().stream().filter(Commune::hasPopulation).map(Commune::collectivity)
                .toList();
    }
}
