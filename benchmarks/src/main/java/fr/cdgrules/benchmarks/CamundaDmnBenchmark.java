package fr.cdgrules.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The same 4-row tariff in Camunda's DMN engine, both FEEL engines, the decision parsed once; the same four populations in turn. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CamundaDmnBenchmark {
    private CamundaTable legacy;
    private CamundaTable scala;
    private int i;

    /** Parses the decision once per engine. */
    @Setup
    public void setUp() {
        legacy = CamundaTable.legacyFeel();
        scala = CamundaTable.scalaFeel();
    }

    private long next() {
        i = (i + 1) & 3;
        return Cdg79Fixtures.COMMUNES[i].population().inhabitants();
    }

    /** @return fee and wording under the legacy Java FEEL engine */
    @Benchmark
    public Map<String, Object> legacyFeel() {
        return legacy.evaluate(next());
    }

    /** @return fee and wording under the default Scala FEEL engine */
    @Benchmark
    public Map<String, Object> scalaFeel() {
        return scala.evaluate(next());
    }
}
