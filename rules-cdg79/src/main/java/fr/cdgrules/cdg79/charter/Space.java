package fr.cdgrules.cdg79.charter;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A collaborative space of the platform: the departmental space, or the community space of one
 * EPCI (named by its SIREN).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSpace.class)
@JsonDeserialize(as = ImmutableSpace.class)
public abstract class Space {
    Space() {}

    /** @return departmental or community */
    @JsonProperty("kind")
    public abstract SpaceKind kind();

    /** @return the SIREN of the EPCI, for a community space only */
    @JsonProperty("epciSiren")
    public abstract Optional<String> epciSiren();

    /** @return the departmental space of the SGDM network */
    public static Space departmental() {
        return ImmutableSpace.of(SpaceKind.DEPARTMENTAL, Optional.empty());
    }

    /**
     * @param epciSiren the SIREN of the EPCI
     * @return the community space of that EPCI
     */
    public static Space community(String epciSiren) {
        java.util.Objects.requireNonNull(epciSiren, "epciSiren");
        return ImmutableSpace.of(SpaceKind.COMMUNITY, Optional.of(epciSiren));
    }

    @Value.Check
    void check() {
        if (kind() == SpaceKind.COMMUNITY) {
            String siren = epciSiren().orElseThrow(() -> new InvalidInputException("space.epciSiren",
                    Cdg79Articles.COMMUNITY_NETWORK, "a community space is that of one EPCI: give its SIREN"));
            if (!siren.matches("\\d{9}")) {
                throw new InvalidInputException("space.epciSiren", null, "a SIREN has 9 digits, got '" + siren + "'");
            }
        } else if (epciSiren().isPresent()) {
            throw new InvalidInputException("space.epciSiren", Cdg79Articles.PLATFORM_ACCESS,
                    "the departmental space belongs to no EPCI");
        }
    }

    @Override
    public String toString() {
        return kind() == SpaceKind.DEPARTMENTAL ? "departmental space"
                : "community space of EPCI " + epciSiren().orElseThrow();
    }
}
