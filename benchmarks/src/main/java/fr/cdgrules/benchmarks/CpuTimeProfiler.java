package fr.cdgrules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time per operation of the benchmark's JVM ({@code cpu.time.norm}, ns/op; includes the GC
 * and compiler threads) and of the benchmark's own threads ({@code cpu.thread.norm}, ns/op: JMH's
 * worker threads only, without the GC and the compiler): on a machine shared with other work, wall
 * time per operation grows with the load, CPU time much less, and the CPU time of the threads that
 * run the benchmark least of all. Used by {@link Report} beside JMH's own figures.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long startNs;
    private Map<Long, Long> startByThread = Map.of();

    /** Creates the profiler (JMH instantiates it by name). */
    public CpuTimeProfiler() {}

    private static long processCpuNs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @return the CPU time of each of JMH's worker threads alive now, by thread id */
    private static Map<Long, Long> workerCpuNs() {
        Map<Long, Long> m = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains("-jmh-worker-")) {
                long ns = THREADS.getThreadCpuTime(t.getId());
                if (ns >= 0) {
                    m.put(t.getId(), ns);
                }
            }
        }
        return m;
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM, and of its benchmark threads, per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startByThread = workerCpuNs();
        startNs = processCpuNs();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = processCpuNs() - startNs;
        long threads = 0;
        for (Map.Entry<Long, Long> e : workerCpuNs().entrySet()) {
            threads += e.getValue() - startByThread.getOrDefault(e.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        double perOp = ops == 0 ? Double.NaN : (double) cpu / ops;
        double threadPerOp = ops == 0 || threads <= 0 ? Double.NaN : (double) threads / ops;
        return List.of(new ScalarResult("cpu.time.norm", perOp, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.thread.norm", threadPerOp, "ns/op", AggregationPolicy.AVG));
    }
}
