package fr.cdgrules.benchmarks;

import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Looking a rule module up: {@code RuleModules.load().get(id)} on every call, against a kept registry. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ModuleLookupBenchmark {
    private RuleModules kept;

    /** Loads the registry once. */
    @Setup
    public void setUp() {
        kept = RuleModules.load();
    }

    /** @return the module, loading the registry on every call */
    @Benchmark
    public RuleModule loadThenGet() {
        return RuleModules.load().get("cdg79");
    }

    /** @return the module, from the registry kept */
    @Benchmark
    public RuleModule keptGet() {
        return kept.get("cdg79");
    }
}
