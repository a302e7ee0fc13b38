package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.descriptor.Reading;
import fr.cdgrules.core.descriptor.ReadingOption;
import fr.cdgrules.core.error.InvalidInputException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Convention 3 of the descriptor migration: every reading {@link CucmReadings} carries is declared in
 * {@code cucm.yaml}, with the enum's constants as options and the Java default as default; the module
 * accepts exactly the declared ids and options.
 */
class ReadingsDeclaredTest {
    private static final CucmModule MODULE = new CucmModule();

    /** The readings CucmReadings carries: its public instance accessors without argument that return an enum. */
    private static Map<String, Method> javaReadings() {
        return Arrays.stream(CucmReadings.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType().isEnum())
                .collect(Collectors.toMap(Method::getName, m -> m));
    }

    @Test
    void theDeclaredIdsAreTheReadingsOfCucmReadings() {
        Set<String> declared = CucmDescriptor.bundled().readings().stream().map(Reading::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(javaReadings().keySet()), declared);
        assertEquals(8, declared.size());
    }

    @Test
    void eachOptionIsAConstantOfTheReadingAndTheDefaultIsTheJavaDefault() throws ReflectiveOperationException {
        for (Reading r : CucmDescriptor.bundled().readings()) {
            Method m = javaReadings().get(r.id());
            Set<String> constants = Arrays.stream(m.getReturnType().getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(constants, r.options().stream().map(ReadingOption::id).collect(Collectors.toCollection(TreeSet::new)),
                    "options of " + r.id());
            assertEquals(((Enum<?>) m.invoke(CucmReadings.defaults())).name(), r.defaultOption(), "default of " + r.id());
        }
    }

    @Test
    void theModuleAcceptsEveryDeclaredOptionAndNothingElse() throws ReflectiveOperationException {
        for (Reading r : CucmDescriptor.bundled().readings()) {
            for (ReadingOption o : r.options()) {
                CucmReadings chosen = MODULE.withReadings(Map.of(r.id(), o.id())).rules().readings();
                assertEquals(o.id(), ((Enum<?>) javaReadings().get(r.id()).invoke(chosen)).name(), r.id() + " " + o.id());
            }
            InvalidInputException bad = assertThrows(InvalidInputException.class,
                    () -> MODULE.withReadings(Map.of(r.id(), "NOT_AN_OPTION")));
            assertEquals("readings." + r.id(), bad.field().orElseThrow());
        }
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("prepaidDays", "TEXT")));
        assertTrue(unknown.getMessage().contains("[tenThousand, rtt, rttDay, accidentRank, priorityCriteria, adhesionDate, "
                + "curePeriodCounting, forecastSplit]"), unknown.getMessage());
    }
}
