package fr.cdgrules.benchmarks;

import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import java.time.LocalDate;
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

/** The deadlines of a convention (notice, renewal, end), for each module: {@code id:first day}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlinesBenchmark {
    /** The module and the first day of its convention. */
    @Param({"cdg79:2026-01-01", "cucm:2022-07-01", "cdg62:2026-01-01", "cdg44:2026-01-01"})
    public String module;

    private RuleModule rules;
    private LocalDate start;

    /** Looks the module up. */
    @Setup
    public void setUp() {
        String[] p = module.split(":");
        rules = RuleModules.load().get(p[0]);
        start = LocalDate.parse(p[1]);
    }

    /** @return the convention's deadlines */
    @Benchmark
    public List<Deadline> deadlines() {
        return rules.convention(start).deadlines();
    }
}
