package fr.cdgrules.cli.data;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One commune of the bundled INSEE 2026 data as the command line uses it: a
 * {@link fr.cdgrules.communes.Commune} that can become a core {@link Collectivity}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Commune {
    /** The INSEE vintage (millésime) of the bundled populations. */
    public static final Year VINTAGE = Year.of(2026);

    private final fr.cdgrules.communes.Commune data;

    private Commune(fr.cdgrules.communes.Commune data) {
        this.data = data;
    }

    /**
     * @param data a commune of the communes library
     * @return the same commune for the command line
     * @throws NullPointerException naming {@code data} if it is null
     */
    public static Commune of(fr.cdgrules.communes.Commune data) {
        return new Commune(Objects.requireNonNull(data, "data"));
    }

    /** @return the commune of the communes library */
    public fr.cdgrules.communes.Commune data() {
        return data;
    }

    /** @return the INSEE code */
    public String code() {
        return data.code();
    }

    /** @return the name */
    public String name() {
        return data.name();
    }

    /** @return the département code */
    public String department() {
        return data.department();
    }

    /** @return the SIREN of its EPCI à fiscalité propre, if it belongs to one */
    public Optional<String> epciSiren() {
        return data.epciSiren();
    }

    /** @return the INSEE population municipale 2026, empty when the data gives none */
    public OptionalLong population() {
        return data.population();
    }

    /** @return true if the data gives a population */
    public boolean hasPopulation() {
        return data.hasPopulation();
    }

    /**
     * The commune as a core {@link Collectivity}, with its population municipale 2026.
     *
     * @return the collectivity
     * @throws InvalidInputException naming the field {@code population} when the data gives none
     */
    public Collectivity collectivity() {
        if (data.population().isEmpty()) {
            throw new InvalidInputException("population", null,
                    "the INSEE 2026 data gives no population for " + this);
        }
        return withPopulation(data.population().getAsLong());
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
        return Collectivity.of(data.code(), data.name(), data.department(), data.epciSiren(),
                Population.of(inhabitants, PopulationBasis.MUNICIPALE, VINTAGE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commune c && data.equals(c.data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    /** @return {@code name (code)}, as core's {@link Collectivity} writes it */
    @Override
    public String toString() {
        return data.toString();
    }
}
