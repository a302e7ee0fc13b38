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
 * A person asking for access to the platform: name, position in the commune, kind of account, and,
 * for the « référent communautaire désigné par chaque EPCI » (art. 1.3), the SIREN of the EPCI that
 * designated them: the référent animates that EPCI's community space.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePlatformUser.class)
@JsonDeserialize(as = ImmutablePlatformUser.class)
public abstract class PlatformUser {
    PlatformUser() {}

    /** @return the person's name */
    @JsonProperty("name")
    public abstract String name();

    /** @return the person's position in the commune */
    @JsonProperty("role")
    public abstract UserRole role();

    /** @return the kind of login identifier */
    @JsonProperty("account")
    public abstract AccountKind account();

    /**
     * @return the SIREN of the EPCI that designated this person its « référent communautaire » (art. 1.3),
     *     if it did
     */
    @JsonProperty("communityReferentOf")
    public abstract Optional<String> communityReferentOf();

    /**
     * @param name the person's name
     * @param role the position in the commune
     * @param account the kind of identifier
     * @return the user, designated référent of no EPCI
     */
    public static PlatformUser of(String name, UserRole role, AccountKind account) {
        return ImmutablePlatformUser.of(name, role, account, Optional.empty());
    }

    /**
     * @param epciSiren the SIREN of the EPCI that designated this person its référent communautaire
     * @return this user, designated référent of that EPCI
     * @throws NullPointerException if {@code epciSiren} is null
     */
    public abstract PlatformUser withCommunityReferentOf(String epciSiren);

    /**
     * @param space a space of the platform
     * @return true if this person is the référent communautaire designated by the EPCI of that community space
     */
    public boolean isReferentOf(Space space) {
        java.util.Objects.requireNonNull(space, "space");
        return space.kind() == SpaceKind.COMMUNITY && communityReferentOf().equals(space.epciSiren());
    }

    /**
     * @param account another kind of identifier
     * @return this user with it
     */
    public abstract PlatformUser withAccount(AccountKind account);

    /**
     * @param role another position
     * @return this user with it
     */
    public abstract PlatformUser withRole(UserRole role);

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new InvalidInputException("user.name", Cdg79Articles.CHARTER_NOMINATIVE, "a user is a named person");
        }
        communityReferentOf().ifPresent(siren -> {
            if (!siren.matches("\\d{9}")) {
                throw new InvalidInputException("user.communityReferentOf", Cdg79Articles.COMMUNITY_NETWORK,
                        "the SIREN of the EPCI that designated the référent has 9 digits, got '" + siren + "'");
            }
        });
    }

    @Override
    public String toString() {
        return name() + " (" + role() + communityReferentOf().map(s -> ", référent communautaire of EPCI " + s).orElse("")
                + ")";
    }
}
