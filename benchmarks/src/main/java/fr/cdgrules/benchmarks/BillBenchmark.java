package fr.cdgrules.benchmarks;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The final amount of a CUCM replacement mission over 2023 with {@code entries} timesheet entries
 * (work, one in ten a training day), spread evenly over the days of the mission.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BillBenchmark {
    /** The number of timesheet entries. */
    @Param({"10", "100", "1000", "10000"})
    public int entries;

    private CucmRules rules;
    private MissionSheet sheet;

    /** Builds the mission sheet (its checks are not measured). */
    @Setup
    public void setUp() {
        rules = CucmRules.defaults();
        sheet = mission(entries);
    }

    /**
     * @param n the number of entries
     * @return a mission of Écuisses over 2023 with n entries
     */
    static MissionSheet mission(int n) {
        Collectivity ecuisses = Collectivity.of("71187", "Écuisses", "71", Optional.of(CucmText.EPCI_SIREN),
                Population.of(1652, Year.of(2023)));
        LocalDate first = LocalDate.of(2023, 1, 2);
        int days = 360;
        List<TimesheetEntry> list = new ArrayList<>(n);
        Hours quarter = Hours.ofMinutes(15);
        for (int i = 0; i < n; i++) {
            list.add(TimesheetEntry.of(first.plusDays(i % days), quarter, i % 10 == 9 ? Activity.TRAINING : Activity.WORK));
        }
        return MissionSheet.of(ecuisses, first, first.plusDays(days - 1), WorkSchedule.HOURS_35)
                .withAdhesionDate(LocalDate.of(2022, 10, 3)).withTimesheet(list);
    }

    /** @return the invoice, with its settlements and explanation */
    @Benchmark
    public MissionBill invoice() {
        return rules.invoice(sheet);
    }
}
