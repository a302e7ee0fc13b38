package fr.cdgrules.cdg79.charter;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The decision on an {@link AccessRequest}: granted only when every condition is met (default
 * deny), the role granted, and every condition examined with met / not met, details and articles.
 * JSON-bindable with {@link fr.cdgrules.core.json.CdgJson}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAccessDecision.class)
@JsonDeserialize(as = ImmutableAccessDecision.class)
public abstract class AccessDecision {
    AccessDecision() {}

    /** @return the date of the decision */
    @JsonProperty("date")
    public abstract LocalDate date();

    /** @return the person */
    @JsonProperty("user")
    public abstract PlatformUser user();

    /** @return the commune, as "name (code)" */
    @JsonProperty("commune")
    public abstract String commune();

    /** @return the space */
    @JsonProperty("space")
    public abstract Space space();

    /** @return true if access is granted */
    @JsonProperty("granted")
    public abstract boolean granted();

    /** @return the role granted; empty when refused */
    @JsonProperty("grantedRole")
    public abstract Optional<PlatformRole> grantedRole();

    /** @return every condition examined, in order */
    @JsonProperty("conditions")
    public abstract List<AccessCondition> conditions();

    /** @return the readings applied, in words */
    @JsonProperty("readings")
    public abstract List<String> readings();

    static AccessDecision of(AccessRequest r, List<AccessCondition> conditions, List<String> readings) {
        boolean granted = !conditions.isEmpty() && conditions.stream().allMatch(AccessCondition::met);
        return ImmutableAccessDecision.of(r.date(), r.user(), r.commune().toString(), r.space(), granted,
                granted ? Optional.of(r.requestedRole()) : Optional.empty(), conditions, readings);
    }

    /** @return the conditions not met: why access is refused */
    public List<AccessCondition> unmet() {
        return conditions().stream().filter(c -> !c.met()).toList();
    }

    /**
     * @param code a condition code
     * @return the condition of that code, if examined
     */
    public Optional<AccessCondition> condition(String code) {
        java.util.Objects.requireNonNull(code, "code");
        return conditions().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** @return every article cited by a condition */
    public List<Citation> citations() {
        Set<Citation> set = new LinkedHashSet<>();
        conditions().forEach(c -> set.addAll(c.citations()));
        return List.copyOf(set);
    }

    /** @return the decision as text, one condition a line */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(granted() ? "ACCESS GRANTED" : "ACCESS REFUSED").append(" — ").append(user()).append(", ")
                .append(commune()).append(", ").append(space()).append(", on ").append(date());
        grantedRole().ifPresent(r -> sb.append(", role ").append(r));
        sb.append('\n');
        for (AccessCondition c : conditions()) {
            sb.append("  ").append(c).append('\n');
        }
        for (String reading : readings()) {
            sb.append("  reading: ").append(reading).append('\n');
        }
        return sb.toString();
    }

    @Value.Check
    void check() {
        if (granted() && conditions().stream().anyMatch(c -> !c.met())) {
            throw new InvalidInputException("decision.granted", null, "access cannot be granted with a condition not met");
        }
        if (granted() && conditions().isEmpty()) {
            throw new InvalidInputException("decision.granted", null, "access is denied unless conditions were examined");
        }
        if (granted() != grantedRole().isPresent()) {
            throw new InvalidInputException("decision.grantedRole", null, "a role is granted exactly when access is");
        }
        grantedRole().ifPresent(role -> {
            if (!role.isGrantable()) {
                throw new InvalidInputException("decision.grantedRole", null, "the CDG79 alone is administrator");
            }
        });
    }

    @Override
    public String toString() {
        return render();
    }
}
