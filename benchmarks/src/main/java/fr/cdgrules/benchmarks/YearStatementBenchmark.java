package fr.cdgrules.benchmarks;

import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.year.YearStatement;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CUCM year 2023 over the missions of {@code examples/samples/missions-cucm-2023.json} (what
 * {@code cdg-rules statement cucm --year 2023} computes, without reading nor printing): every mission
 * invoiced in date order on its commune's prepaid hours, then one statement per commune.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class YearStatementBenchmark {
    /** The budget year of the statements. */
    static final Year YEAR = Year.of(2023);

    private CucmRules rules;
    private List<MissionSheet> missions;

    /** Reads the module and the missions (not measured). */
    @Setup
    public void setUp() {
        rules = RuleModules.load().get("cucm").capability(CucmRules.class).orElseThrow();
        missions = Arrays.asList(CdgJson.read(Samples.read("missions-cucm-2023.json"), MissionSheet[].class));
    }

    /** @return the year's statements, one per commune */
    @Benchmark
    public List<YearStatement> yearStatements() {
        return rules.year(missions).statements(YEAR);
    }
}
