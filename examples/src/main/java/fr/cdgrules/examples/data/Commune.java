package fr.cdgrules.examples.data;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One current commune (commune actuelle) of the bundled INSEE 2026 data: INSEE code, name,
 * département, the SIREN of its EPCI à fiscalité propre (if any) and its population municipale
 * 2026 (absent for the six communes INSEE gives none: 98411–98415, 98901).
 *
 * <p>Immutable and thread-safe.
 */
public final class Commune {
    /** The INSEE vintage (millésime) of the bundled populations. */
    public static final Year VINTAGE = Year.of(2026);

    private final String code;
    private final String name;
    private final String department;
    private final Optional<String> epciSiren;
    private final OptionalLong population;

    private Commune(String code, String name, String department, Optional<String> epciSiren, OptionalLong population) {
        this.code = code;
        this.name = name;
        this.department = department;
        this.epciSiren = epciSiren;
        this.population = population;
    }

    /**
     * @param code INSEE code, e.g. {@code 79094}
     * @param name name, e.g. {@code Clessé}
     * @param department département code, e.g. {@code 79}
     * @param epciSiren SIREN of its EPCI, if any
     * @param population population municipale 2026, if INSEE gives one
     * @return the commune
     */
    public static Commune of(String code, String name, String department, Optional<String> epciSiren,
            OptionalLong population) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        return new Commune(code, name, department, Objects.requireNonNull(epciSiren), Objects.requireNonNull(population));
    }

    /** @return the INSEE code */
    public String code() {
        return code;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the département code */
    public String department() {
        return department;
    }

    /** @return the SIREN of its EPCI à fiscalité propre, if it belongs to one */
    public Optional<String> epciSiren() {
        return epciSiren;
    }

    /** @return the INSEE population municipale 2026, empty when the data gives none */
    public OptionalLong population() {
        return population;
    }

    /** @return true if the data gives a population */
    public boolean hasPopulation() {
        return population.isPresent();
    }

    /**
     * The commune as a core {@link Collectivity}, with its population municipale 2026.
     *
     * @return the collectivity
     * @throws InvalidInputException naming the field {@code population} when the data gives none
     */
    public Collectivity collectivity() {
        if (population.isEmpty()) {
            throw new InvalidInputException("population", null,
                    "the INSEE 2026 data gives no population for " + this);
        }
        return withPopulation(population.getAsLong());
    }

    /**
     * The commune as a core {@link Collectivity} with a population the caller supplies (same basis,
     * population municipale, and vintage 2026 as the bundled data).
     *
     * @param inhabitants the number of inhabitants
     * @return the collectivity
     * @throws InvalidInputException if the number is negative
     */
    public Collectivity withPopulation(long inhabitants) {
        return Collectivity.of(code, name, department, epciSiren,
                Population.of(inhabitants, PopulationBasis.MUNICIPALE, VINTAGE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commune c && code.equals(c.code) && name.equals(c.name) && department.equals(c.department)
                && epciSiren.equals(c.epciSiren) && population.equals(c.population);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, department, epciSiren, population);
    }

    /** @return {@code name (code)}, as core's {@link Collectivity} writes it */
    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
