package fr.cdgrules.cdg44;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.cdg44.cohort.ImmersionLengthReading;
import fr.cdgrules.cdg44.steering.CommitteeYearReading;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.module.Capability;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module's entry points a caller reaches first: the capabilities, the rules it wraps, the territory. */
class ModuleSurfaceTest {
    @Test
    void offersTheDeadlinesTheCohortPlanAndTheFinancing() {
        assertEquals(Set.of(Capability.DEADLINES, Capability.COHORT_PLAN, Capability.FINANCING), new Cdg44Module().capabilities());
    }

    @Test
    void aModuleWrapsTheRulesItIsGiven() {
        Cdg44Rules civil = Cdg44Rules.defaults().withReadings(Cdg44Readings.defaults().withCommitteeYear(CommitteeYearReading.CIVIL_YEARS));
        Cdg44Module m = Cdg44Module.of(civil);
        assertSame(civil, m.rules());
        assertSame(civil, m.capability(Cdg44Rules.class).orElseThrow());
        assertEquals(CommitteeYearReading.CIVIL_YEARS, m.rules().steeringCommittee().reading());
        assertEquals("rules", assertThrows(NullPointerException.class, () -> Cdg44Module.of(null)).getMessage());
    }

    /** The five départements of the Pays de la Loire: the territory of the five centres de gestion. */
    @Test
    void theRulesServeTheDescriptorsTerritory() {
        assertEquals(Cdg44Descriptor.bundled().territory(), Cdg44Rules.territory());
        assertEquals(new Cdg44Module().territory(), Cdg44Rules.territory());
    }

    /** The text's numbers and dates are read from the descriptor by key; a null key is named. */
    @Test
    void theDescriptorsParametersAreReadByKey() {
        assertEquals(18, Cdg44Descriptor.number("cohortMaximum").intValueExact());
        assertEquals(java.time.LocalDate.of(2027, 12, 31), Cdg44Descriptor.date("approvalLastDay"));
        assertEquals("key", assertThrows(NullPointerException.class, () -> Cdg44Descriptor.number(null)).getMessage());
        assertEquals("key", assertThrows(NullPointerException.class, () -> Cdg44Descriptor.date(null)).getMessage());
    }

    /** Readings read from JSON without the immersion's length take its default, OUTCOME_DECIDES_WITH_FINDING. */
    @Test
    void readingsWithoutTheImmersionLengthTakeItsDefault() {
        String json = CdgJson.write(Cdg44Readings.defaults().withImmersionLength(ImmersionLengthReading.TWO_OR_THREE_DAYS_REQUIRED));
        String without = json.replaceFirst(",\\s*\"immersionLength\"\\s*:\\s*\"[A-Z_]+\"", "");
        assertNotEquals(json, without);
        Cdg44Readings back = CdgJson.read(without, Cdg44Readings.class);
        assertEquals(ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING, back.immersionLength());
        assertEquals(Cdg44Readings.defaults(), back);
    }
}
