package fr.cdgrules.cdg79;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.intervention.HalfDayReading;
import fr.cdgrules.core.descriptor.Reading;
import fr.cdgrules.core.descriptor.ReadingOption;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Convention 3 of the descriptor migration: every reading of {@link Cdg79Readings} is declared in
 * {@code cdg79.yaml}, with the enum's constants as options and the same default, and
 * {@link Cdg79Module#withReadings(Map)} accepts exactly the declared ids and options.
 */
class ReadingsDeclaredTest {
    private static final Cdg79Module MODULE = new Cdg79Module();

    private static List<String> declaredIds() {
        return Cdg79Descriptor.bundled().readings().stream().map(Reading::id).toList();
    }

    @Test
    void theDeclaredReadingsAreExactlyTheReadingsTheJavaCarries() {
        assertEquals(Cdg79Readings.ids(), declaredIds());
        assertEquals(10, declaredIds().size());
    }

    @Test
    void eachDeclaredOptionIsAConstantOfTheReadingsEnumAndEachConstantIsDeclared() {
        for (Reading r : Cdg79Descriptor.bundled().readings()) {
            Enum<?> chosen = Cdg79Readings.defaults().choice(r.id());
            List<String> constants = Arrays.stream(chosen.getDeclaringClass().getEnumConstants()).map(Enum::name).toList();
            assertEquals(constants, r.options().stream().map(ReadingOption::id).toList(), r.id());
            assertEquals(chosen.name(), r.defaultOption(), "default of " + r.id());
        }
    }

    @Test
    void withReadingsAcceptsEveryDeclaredOptionAndAppliesIt() {
        for (Reading r : Cdg79Descriptor.bundled().readings()) {
            for (ReadingOption o : r.options()) {
                assertEquals(o.id(), MODULE.withReadings(Map.of(r.id(), o.id())).rules().readings().choice(r.id()).name());
            }
        }
    }

    @Test
    void withReadingsRefusesWhatTheDescriptorDoesNotDeclareNamingTheDeclaredOnes() {
        InvalidInputException id = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("fourHalfDays", "FOUR_HOURS")));
        assertEquals("readings.fourHalfDays", id.field().orElseThrow());
        assertTrue(id.getMessage().contains(declaredIds().toString()), id.getMessage());
        InvalidInputException option = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("conventionStart", "first_day_of_civil_year")));
        assertEquals("readings.conventionStart", option.field().orElseThrow());
        assertTrue(option.getMessage().contains("[FIRST_DAY_OF_CIVIL_YEAR, DATE_OF_SIGNATURE]"), option.getMessage());
    }

    @Test
    void theFiguresOfTheReadingsAreTheParametersTheirOptionsSet() {
        for (Ceiling3500Reading r : Ceiling3500Reading.values()) {
            assertEquals(Cdg79Descriptor.option("ceiling3500", r.name()).sets().get("packCeiling"), r.lastEligible());
            assertEquals(Cdg79Descriptor.option("ceiling3500", r.name()).meaning(), r.describe());
        }
        assertEquals(3_499, Ceiling3500Reading.EXCLUDED_PER_TITLE.lastEligible());
        for (HalfDayReading r : HalfDayReading.values()) {
            assertEquals(Hours.of((BigDecimal) Cdg79Descriptor.option("halfDay", r.name()).sets().get("halfDayHours")),
                    r.length());
        }
        assertEquals(Hours.ofFraction(7, 2), HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY.length());
        assertEquals(Hours.of(4), HalfDayReading.FOUR_HOURS.length());
    }
}
