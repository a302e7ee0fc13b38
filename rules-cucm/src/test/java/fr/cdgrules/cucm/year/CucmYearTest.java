package fr.cdgrules.cucm.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample year (examples/samples/missions-cucm-2023.json): Marigny 3 missions, Blanzy 1, Les Bizots across 31 December. */
class CucmYearTest {
    static final Path SAMPLE = Path.of("..", "examples", "samples", "missions-cucm-2023.json");

    static CucmYear sample() {
        return CucmRules.defaults().year(Arrays.asList(CdgJson.read(SAMPLE, MissionSheet[].class)));
    }

    static Map<String, YearStatement> by(List<YearStatement> l) {
        return l.stream().collect(Collectors.toMap(s -> s.commune().name(), s -> s));
    }

    @Test
    void missionsAreInvoicedInDateOrderAndTheYearsPrepaidHoursAreUsedOnce() {
        CucmYear y = sample();
        assertEquals(List.of("2023-02-06", "2023-04-03", "2023-05-15", "2023-10-09", "2023-12-18"),
                y.missions().stream().map(m -> m.firstDay().toString()).toList());
        // Marigny: 7 h prepaid (210 € ÷ 30 €/h) used by the first mission only
        assertEquals(List.of("3", "21", "14"), List.of(y.invoices().get(0).hoursBilled().toString(),
                y.invoices().get(2).hoursBilled().toString(), y.invoices().get(3).hoursBilled().toString()));
        Map<String, YearStatement> s = by(y.statements(Year.of(2023)));
        YearStatement marigny = s.get("Marigny");
        assertEquals(Money.ofEuros(210), marigny.cotisation());
        assertEquals(List.of(Hours.of(7), Hours.of(7), Hours.ZERO, Hours.of(45), Hours.of(38)), List.of(
                marigny.prepaidGranted(), marigny.prepaidUsed(), marigny.prepaidForfeited(), marigny.hoursBillable(),
                marigny.hoursBilled()));
        assertEquals(Money.parse("1140.00"), marigny.missionsAmount());
        assertEquals(Money.parse("1350.00"), marigny.totalDue());
        assertEquals(3, marigny.missions().size());
        YearStatement blanzy = s.get("Blanzy");
        assertEquals(List.of(Hours.of(28), Hours.of(14), Hours.of(14), Hours.ZERO), List.of(blanzy.prepaidGranted(),
                blanzy.prepaidUsed(), blanzy.prepaidForfeited(), blanzy.hoursBilled()));
        assertEquals(Money.parse("840.00"), blanzy.totalDue());
    }

    @Test
    void aMissionAcross31DecemberUsesEachYearsPrepaidHoursForThatYearsHours() {
        CucmYear y = sample();
        YearStatement d23 = by(y.statements(Year.of(2023))).get("Les Bizots");
        YearStatement d24 = by(y.statements(Year.of(2024))).get("Les Bizots");
        assertEquals(List.of(Hours.of(35), Hours.of(7), Hours.of(28)), List.of(d23.hoursBillable(), d23.prepaidUsed(),
                d23.hoursBilled()));
        assertEquals(Money.parse("840.00"), d23.missionsAmount());
        assertEquals(List.of(Hours.of(63), Hours.of(7), Hours.of(56)), List.of(d24.hoursBillable(), d24.prepaidUsed(),
                d24.hoursBilled()));
        assertEquals(Money.parse("1890.00"), d24.totalDue());
        assertEquals(1, y.statements(Year.of(2024)).size());
    }

    @Test
    void aStatedPrepaidUseThatContradictsTheEarlierMissionsIsRefused() {
        List<MissionSheet> l = new ArrayList<>(Arrays.asList(CdgJson.read(SAMPLE, MissionSheet[].class)));
        l.set(0, l.get(0).withPrepaidHoursAlreadyUsed(Hours.ZERO)); // Marigny's third mission: 7 h were used
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CucmRules.defaults().year(l));
        assertTrue(e.getMessage().contains("used 7 h"), e.getMessage());
    }

    static final Collectivity[] COMMUNES = {
        Collectivity.of("71278", "Marigny", "71", Optional.of("247100290"), Population.of(166, Year.of(2026))),
        Collectivity.of("71040", "Blanzy", "71", Optional.of("247100290"), Population.of(5955, Year.of(2026))),
        Collectivity.of("71038", "Les Bizots", "71", Optional.of("247100290"), Population.of(471, Year.of(2026)))};

    /** Property: per commune and year, prepaid used = min(granted, billable), granted = used + forfeited, billable = used + billed. */
    @Test
    void propertyHoursAreConservedAndPrepaidHoursUsedOnce() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 3 * 360 * 12 - 1)).ofSizeBetween(1, 12)).check(seeds -> {
            List<MissionSheet> missions = new ArrayList<>();
            for (int seed : seeds) {
                Collectivity c = COMMUNES[seed % 3];
                int day = (seed / 3) % 360;                  // a day of 2023, the mission lasting 1 to 12 days
                int length = 1 + (seed / 1080) % 12;
                LocalDate first = LocalDate.of(2023, 1, 1).plusDays(day);
                List<TimesheetEntry> ts = new ArrayList<>();
                for (int k = 0; k < length; k++) {
                    ts.add(TimesheetEntry.of(first.plusDays(k), Hours.ofMinutes(60 + (seed * 7L + k * 13L) % 420),
                            Activity.WORK));
                }
                missions.add(MissionSheet.of(c, first, first.plusDays(length - 1), WorkSchedule.HOURS_35).withTimesheet(ts)
                        .withAdhesionDate(LocalDate.of(2022, 9, 1)));
            }
            CucmYear y;
            try {
                y = CucmRules.defaults().year(missions);
            } catch (InvalidInputException e) {
                return false;
            }
            for (int yr = 2023; yr <= 2024; yr++) {
                for (YearStatement s : y.statements(Year.of(yr))) {
                    boolean once = s.prepaidUsed().equals(s.prepaidGranted().min(s.hoursBillable()));
                    boolean conserved = s.prepaidGranted().equals(s.prepaidUsedBefore().plus(s.prepaidUsed()).plus(s.prepaidForfeited()))
                            && s.hoursBillable().equals(s.prepaidUsed().plus(s.hoursBilled()));
                    Money sum = Money.total(s.missions().stream().map(YearStatement.MissionLine::amount).toList());
                    if (!once || !conserved || !sum.equals(s.missionsAmount())
                            || !s.totalDue().equals(s.cotisation().plus(s.missionsAmount()))) {
                        return false;
                    }
                }
            }
            return true;
        });
    }
}
