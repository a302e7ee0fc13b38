package fr.cdgrules.cdg44.cohort;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A training session (cycle de formation) in one département: « Pour chaque cycle de formation, les
 * antennes du CNFPT seront mobilisées sur le niveau départemental au côté du Centre de Gestion du
 * département concerné » (art. 4, Mise en œuvre).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSession.class)
@JsonDeserialize(as = ImmutableSession.class)
public abstract class Session {
    Session() {}

    /** @return the département concerned */
    @JsonProperty("department")
    public abstract Department department();

    /** @return the first day of the session */
    @JsonProperty("startsOn")
    public abstract LocalDate startsOn();

    /**
     * @param department the département concerned
     * @param startsOn the first day of the session
     * @return the session
     */
    public static Session of(Department department, LocalDate startsOn) {
        return ImmutableSession.of(department, startsOn);
    }

    @Override
    public String toString() {
        return "session in " + department() + " from " + startsOn();
    }
}
