package fr.cdgrules.core.territory;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.population.Population;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A collectivity party to a convention, usually a commune: INSEE code, name, département, the
 * SIREN of its EPCI à fiscalité propre (if any) and its legal population.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCollectivity.class)
@JsonDeserialize(as = ImmutableCollectivity.class)
public abstract class Collectivity {
    Collectivity() {}

    /** @return the INSEE code (code officiel géographique), e.g. {@code 79094} */
    @JsonProperty("code")
    public abstract String code();

    /** @return the name, e.g. {@code Clessé} */
    @JsonProperty("name")
    public abstract String name();

    /** @return the département code, e.g. {@code 79}, {@code 2A}, {@code 971} */
    @JsonProperty("department")
    public abstract String department();

    /** @return the SIREN of its EPCI à fiscalité propre, if it belongs to one */
    @JsonProperty("epciSiren")
    public abstract Optional<String> epciSiren();

    /** @return its legal population */
    @JsonProperty("population")
    public abstract Population population();

    /**
     * @param code INSEE code
     * @param name name
     * @param department département code
     * @param epciSiren SIREN of its EPCI, if any
     * @param population legal population
     * @return the collectivity
     */
    public static Collectivity of(String code, String name, String department, Optional<String> epciSiren,
            Population population) {
        java.util.Objects.requireNonNull(epciSiren, "epciSiren");
        return ImmutableCollectivity.of(code, name, department, epciSiren, population);
    }

    /**
     * @param population another population (e.g. a figure the caller supplies)
     * @return this collectivity with that population
     */
    public Collectivity withPopulation(Population population) {
        return ((ImmutableCollectivity) this).withPopulation(population);
    }

    @Value.Check
    void check() {
        if (code().isBlank()) {
            throw new InvalidInputException("collectivity.code", null, "an INSEE code is required");
        }
        if (department().isBlank()) {
            throw new InvalidInputException("collectivity.department", null, code() + " needs its département");
        }
        epciSiren().ifPresent(s -> {
            if (!s.matches("\\d{9}")) {
                throw new InvalidInputException("collectivity.epciSiren", null, "a SIREN has 9 digits, got '" + s + "'");
            }
        });
    }

    @Override
    public String toString() {
        return name() + " (" + code() + ")";
    }
}
