package fr.cdgrules.cdg79.charter;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A person asking for access to the platform: name, position in the commune, and kind of account. */
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
     * @param name the person's name
     * @param role the position in the commune
     * @param account the kind of identifier
     * @return the user
     */
    public static PlatformUser of(String name, UserRole role, AccountKind account) {
        return ImmutablePlatformUser.of(name, role, account);
    }

    /**
     * @param account another kind of identifier
     * @return this user with it
     */
    public PlatformUser withAccount(AccountKind account) {
        return ((ImmutablePlatformUser) this).withAccount(account);
    }

    /**
     * @param role another position
     * @return this user with it
     */
    public PlatformUser withRole(UserRole role) {
        return ((ImmutablePlatformUser) this).withRole(role);
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new InvalidInputException("user.name", Cdg79Articles.CHARTER_NOMINATIVE, "a user is a named person");
        }
    }

    @Override
    public String toString() {
        return name() + " (" + role() + ")";
    }
}
