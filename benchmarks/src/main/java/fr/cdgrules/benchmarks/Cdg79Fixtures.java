package fr.cdgrules.benchmarks;

import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.Optional;

/** Communes of the Deux-Sèvres, one per stratum of the CDG79 tariff, quoted in turn so that no branch is always taken. */
final class Cdg79Fixtures {
    static final Year YEAR = Year.of(2026);
    static final Collectivity[] COMMUNES = {
        commune("79094", "Clessé", 923),
        commune("79001", "Adilly", 342),
        commune("79002", "Aiffres", 1500),
        commune("79005", "Airvault", 3_100),
    };

    private Cdg79Fixtures() {}

    private static Collectivity commune(String code, String name, long inhabitants) {
        return Collectivity.of(code, name, "79", Optional.of("200040244"), Population.of(inhabitants, YEAR));
    }
}
