package fr.cdgrules.benchmarks;

import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One pass over every commune of France (INSEE 2026) for each module that sets an annual fee. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CommunesBenchmark {
    /** The fee modules, each with a year its tariff is in force: {@code id:year}. */
    @Param({"cdg79:2026", "cucm:2023"})
    public String module;

    private AnnualFees fees;
    private Year year;
    private List<Collectivity> communes;

    /** Loads the communes and looks the module up. */
    @Setup
    public void setUp() {
        String[] p = module.split(":");
        fees = RuleModules.load().get(p[0]).annualFees().orElseThrow();
        year = Year.of(Integer.parseInt(p[1]));
        communes = France.communes();
    }

    /** @return the number of eligible communes */
    @Benchmark
    public int everyCommune() {
        int eligible = 0;
        for (Collectivity c : communes) {
            if (fees.quote(c, year).eligible()) {
                eligible++;
            }
        }
        return eligible;
    }
}
