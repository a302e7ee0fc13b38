package fr.cdgrules.cdg44;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.cdg44.cohort.CohortCompletionReading;
import fr.cdgrules.cdg44.cohort.CohortMinimumReading;
import fr.cdgrules.cdg44.cohort.ImmersionLengthReading;
import fr.cdgrules.cdg44.cohort.ImmersionScopeReading;
import fr.cdgrules.cdg44.financing.AgentRemunerationReading;
import fr.cdgrules.cdg44.financing.EndOfRightsReading;
import fr.cdgrules.cdg44.steering.CommitteeYearReading;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.descriptor.Reading;
import fr.cdgrules.core.descriptor.ReadingOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The readings the descriptor declares are exactly those {@link Cdg44Readings} carries and
 * {@code withReadings(Map)} accepts: same ids, options = the enum constants, defaults = {@link Cdg44Readings#defaults()}.
 */
class DeclaredReadingsTest {
    private static final Map<String, Class<? extends Enum<?>>> TYPES = new LinkedHashMap<>();
    private static final Map<String, Function<Cdg44Readings, Enum<?>>> CHOICE = new LinkedHashMap<>();

    private static void reading(String id, Class<? extends Enum<?>> type, Function<Cdg44Readings, Enum<?>> choice) {
        TYPES.put(id, type);
        CHOICE.put(id, choice);
    }

    static {
        reading("terminationCounting", PeriodCounting.class, Cdg44Readings::terminationCounting);
        reading("terminationMonthEnd", MonthEndRule.class, Cdg44Readings::terminationMonthEnd);
        reading("cohortMinimum", CohortMinimumReading.class, Cdg44Readings::cohortMinimum);
        reading("cohortCompletion", CohortCompletionReading.class, Cdg44Readings::cohortCompletion);
        reading("immersionScope", ImmersionScopeReading.class, Cdg44Readings::immersionScope);
        reading("immersionLength", ImmersionLengthReading.class, Cdg44Readings::immersionLength);
        reading("agentRemuneration", AgentRemunerationReading.class, Cdg44Readings::agentRemuneration);
        reading("endOfRights", EndOfRightsReading.class, Cdg44Readings::endOfRights);
        reading("committeeYear", CommitteeYearReading.class, Cdg44Readings::committeeYear);
    }

    @Test
    void declaredIdsOptionsAndDefaultsAreThoseOfTheJava() {
        List<Reading> declared = Cdg44Descriptor.bundled().readings();
        assertEquals(List.copyOf(TYPES.keySet()), declared.stream().map(Reading::id).toList());
        for (Reading r : declared) {
            List<String> constants = Arrays.stream(TYPES.get(r.id()).getEnumConstants()).map(Enum::name).toList();
            assertEquals(constants, r.options().stream().map(ReadingOption::id).toList(), r.id());
            assertEquals(CHOICE.get(r.id()).apply(Cdg44Readings.defaults()).name(), r.defaultOption(), r.id());
        }
    }

    @Test
    void everyDeclaredOptionIsAcceptedAndSelectsItsConstant() {
        Cdg44Module module = new Cdg44Module();
        for (Reading r : Cdg44Descriptor.bundled().readings()) {
            for (ReadingOption o : r.options()) {
                Cdg44Readings chosen = module.withReadings(Map.of(r.id(), o.id())).rules().readings();
                assertEquals(o.id(), CHOICE.get(r.id()).apply(chosen).name(), r.id());
            }
        }
    }
}
