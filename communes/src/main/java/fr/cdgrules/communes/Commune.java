package fr.cdgrules.communes;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One current commune (commune actuelle) of the bundled INSEE 2026 data: INSEE code, name,
 * département, its own SIREN, the SIREN of its EPCI à fiscalité propre (if any) and its population
 * municipale 2026 (absent for the six communes INSEE gives none: 98411–98415, 98901).
 *
 * <p>Immutable and thread-safe. Two communes are equal when every field is equal.
 */
public final class Commune {
    private final String code;
    private final String name;
    private final String department;
    private final Optional<String> siren;
    private final Optional<String> epciSiren;
    private final OptionalLong population;

    private Commune(String code, String name, String department, Optional<String> siren, Optional<String> epciSiren,
            OptionalLong population) {
        this.code = code;
        this.name = name;
        this.department = department;
        this.siren = siren;
        this.epciSiren = epciSiren;
        this.population = population;
    }

    /**
     * A commune with the given fields (the bundled data is read through {@link Communes#bundled()};
     * this factory serves tests and hosts with their own data).
     *
     * @param code INSEE code, e.g. {@code 79094}
     * @param name name, e.g. {@code Clessé}
     * @param department département code, e.g. {@code 79}
     * @param siren the commune's own SIREN, e.g. {@code 217900943}, if known
     * @param epciSiren SIREN of its EPCI à fiscalité propre, if any
     * @param population population municipale, if known
     * @return the commune
     * @throws NullPointerException naming the parameter if one is null
     */
    public static Commune of(String code, String name, String department, Optional<String> siren,
            Optional<String> epciSiren, OptionalLong population) {
        return new Commune(Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(department, "department"), Objects.requireNonNull(siren, "siren"),
                Objects.requireNonNull(epciSiren, "epciSiren"), Objects.requireNonNull(population, "population"));
    }

    /** @return the INSEE code (code officiel géographique), e.g. {@code 79094} or {@code 2A004} */
    public String code() {
        return code;
    }

    /** @return the name, e.g. {@code Clessé} */
    public String name() {
        return name;
    }

    /** @return the département code, e.g. {@code 79}, {@code 2A}, {@code 971} */
    public String department() {
        return department;
    }

    /** @return the commune's own SIREN (nine digits); empty for the 94 overseas communes the data gives none */
    public Optional<String> siren() {
        return siren;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Commune c && code.equals(c.code) && name.equals(c.name) && department.equals(c.department)
                && siren.equals(c.siren) && epciSiren.equals(c.epciSiren) && population.equals(c.population);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, department, siren, epciSiren, population);
    }

    /** @return {@code name (code)}, e.g. {@code Clessé (79094)} */
    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
