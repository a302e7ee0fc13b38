package fr.cdgrules.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every benchmark with short settings (one fork, 3 warm-up and 5 measured iterations of 1 s,
 * {@code -prof gc}), writes JMH's JSON, then prints one table of figures and ratios.
 *
 * <p>Usage: {@code Report [--json FILE] [--table-only] [JMH options]}. JMH options given (e.g.
 * {@code -p entries=1000,10000}, {@code -f 2}, a benchmark pattern) override the defaults;
 * {@code --table-only} only reads the JSON of an earlier run.
 */
public final class Report {
    private Report() {}

    /**
     * @param args see the class comment
     * @throws Exception if JMH fails or the JSON cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path json = Path.of("benchmarks/target/jmh-result.json");
        boolean tableOnly = false;
        List<String> jmhArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = Path.of(args[++i]);
            } else if (args[i].equals("--table-only")) {
                tableOnly = true;
            } else {
                jmhArgs.add(args[i]);
            }
        }
        if (!tableOnly) {
            run(json, jmhArgs.toArray(String[]::new));
        }
        print(JsonMapper.builder().build().readTree(Files.readString(json)), System.out);
    }

    private static void run(Path json, String[] args) throws RunnerException, IOException {
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(args);
        } catch (org.openjdk.jmh.runner.options.CommandLineOptionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Files.createDirectories(json.toAbsolutePath().getParent());
        // what the command line gives wins; the short defaults fill the rest
        OptionsBuilder b = new OptionsBuilder();
        b.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            b.include("fr\\.cdgrules\\.benchmarks\\..*");
        }
        if (!cli.getForkCount().hasValue()) {
            b.forks(1);
        }
        if (!cli.getWarmupIterations().hasValue()) {
            b.warmupIterations(3);
        }
        if (!cli.getWarmupTime().hasValue()) {
            b.warmupTime(TimeValue.seconds(1));
        }
        if (!cli.getMeasurementIterations().hasValue()) {
            b.measurementIterations(5);
        }
        if (!cli.getMeasurementTime().hasValue()) {
            b.measurementTime(TimeValue.seconds(1));
        }
        if (cli.getProfilers().isEmpty()) {
            b.addProfiler("gc");
            b.addProfiler(CpuTimeProfiler.class);
        }
        if (!cli.getJvmArgsAppend().hasValue()) {
            b.jvmArgsAppend("-Xmx2g");
        }
        b.result(json.toString()).resultFormat(ResultFormatType.JSON);
        Options options = b.build();
        new Runner(options).run();
    }

    /** One figure: a benchmark with its parameters, in nanoseconds per operation. */
    record Row(String name, double ns, double errorNs, double bytes, double cpuNs, double cpuErrorNs,
            double threadNs, double threadErrorNs) {
        Row(String name, double ns, double errorNs, double bytes, double cpuNs, double cpuErrorNs) {
            this(name, ns, errorNs, bytes, cpuNs, cpuErrorNs, Double.NaN, Double.NaN);
        }
    }

    private static double score(JsonNode metric, String field) {
        return metric.path(field).isNumber() ? metric.path(field).asDouble() : Double.NaN;
    }

    static void print(JsonNode results, PrintStream out) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String bench = r.get("benchmark").asString().replace("fr.cdgrules.benchmarks.", "")
                    .replace("Benchmark.", ".");
            StringBuilder name = new StringBuilder(bench);
            JsonNode params = r.get("params");
            if (params != null) {
                params.properties().forEach(e -> name.append(' ').append(e.getKey()).append('=')
                        .append(e.getValue().asString()));
            }
            JsonNode m = r.get("primaryMetric");
            double scale = toNanos(m.get("scoreUnit").asString());
            double error = m.get("scoreError").isNumber() ? m.get("scoreError").asDouble() : Double.NaN;
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            JsonNode cpu = r.path("secondaryMetrics").path("cpu.time.norm");
            JsonNode thread = r.path("secondaryMetrics").path("cpu.thread.norm");
            rows.put(name.toString(), new Row(name.toString(), m.get("score").asDouble() * scale, error * scale,
                    alloc.isMissingNode() ? Double.NaN : alloc.asDouble(), score(cpu, "score"), score(cpu, "scoreError"),
                    score(thread, "score"), score(thread, "scoreError")));
        }
        boolean threads = rows.values().stream().anyMatch(r -> !Double.isNaN(r.threadNs()));
        out.println();
        out.printf(Locale.ROOT, "%-46s %12s %12s %12s %12s %12s%s%n", "benchmark", "time/op", "± (99.9%)", "cpu/op",
                "±", "alloc/op", threads ? String.format(Locale.ROOT, " %12s %12s", "thread cpu/op", "±") : "");
        for (Row r : rows.values()) {
            out.printf(Locale.ROOT, "%-46s %12s %12s %12s %12s %12s%s%n", r.name(), time(r.ns()), time(r.errorNs()),
                    time(r.cpuNs()), time(r.cpuErrorNs()), bytes(r.bytes()),
                    threads ? String.format(Locale.ROOT, " %12s %12s", time(r.threadNs()), time(r.threadErrorNs())) : "");
        }
        printRatios(out, rows, "ratios of time/op (wall clock, JMH's score)", Report::time);
        Map<String, Row> cpu = new LinkedHashMap<>();
        rows.forEach((k, r) -> cpu.put(k, new Row(k, r.cpuNs(), r.cpuErrorNs(), r.bytes(), r.cpuNs(), r.cpuErrorNs())));
        if (cpu.values().stream().anyMatch(r -> !Double.isNaN(r.ns()))) {
            printRatios(out, cpu, "ratios of cpu/op (CPU time of the benchmark JVM: less sensitive to other work on the machine)",
                    Report::time);
        }
        if (threads) {
            Map<String, Row> thread = new LinkedHashMap<>();
            rows.forEach((k, r) -> thread.put(k, new Row(k, r.threadNs(), r.threadErrorNs(), r.bytes(), r.cpuNs(),
                    r.cpuErrorNs())));
            printRatios(out, thread, "ratios of thread cpu/op (CPU time of the threads running the benchmark, without the GC"
                    + " and the compiler: the least sensitive to other work on the machine)", Report::time);
        }
        Map<String, Row> alloc = new LinkedHashMap<>();
        rows.forEach((k, r) -> alloc.put(k, new Row(k, r.bytes(), 0, r.bytes(), r.cpuNs(), r.cpuErrorNs())));
        if (alloc.values().stream().anyMatch(r -> !Double.isNaN(r.ns()))) {
            printRatios(out, alloc, "ratios of alloc/op (bytes allocated per operation)", Report::bytes);
        }
    }

    private static void printRatios(PrintStream out, Map<String, Row> rows, String title,
            java.util.function.DoubleFunction<String> unit) {
        out.println();
        out.println(title + " — within this run; [range] from the error bars, worst case");
        ratio(out, rows, "quote / hand-written, same information", "Quote.quote", "Quote.handWritten");
        ratio(out, rows, "quote + render / hand-written", "Quote.quoteAndRender", "Quote.handWritten");
        ratio(out, rows, "Camunda legacy FEEL / quote", "CamundaDmn.legacyFeel", "Quote.quote");
        ratio(out, rows, "Camunda Scala FEEL / quote", "CamundaDmn.scalaFeel", "Quote.quote");
        ratio(out, rows, "RuleModules.load().get / kept registry", "ModuleLookup.loadThenGet", "ModuleLookup.keptGet");
        perEntry(out, rows, "Bill.invoice entries=", "bill", new int[] {10, 100, 1000, 10000}, 100, unit);
        perEntry(out, rows, "Ledger.build entries=", "ledger build", new int[] {1000, 10000, 100000, 1000000}, 1000,
                unit);
        for (String op : new String[] {"balance", "consumeOnce"}) {
            Row small = rows.get("Ledger." + op + " entries=1000");
            for (int n : new int[] {10000, 100000, 1000000}) {
                Row big = rows.get("Ledger." + op + " entries=" + n);
                if (small != null && big != null) {
                    line(out, "ledger " + op + ": " + n + " entries / 1000 entries", big, small);
                }
            }
        }
    }

    private static void perEntry(PrintStream out, Map<String, Row> rows, String prefix, String what, int[] sizes,
            int reference, java.util.function.DoubleFunction<String> unit) {
        Row ref = rows.get(prefix + reference);
        for (int n : sizes) {
            Row r = rows.get(prefix + n);
            if (r == null) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-52s %14s ± %s%n", what + " per entry at " + n, unit.apply(r.ns() / n),
                    unit.apply(r.errorNs() / n));
            if (ref != null && n > reference) {
                double x = (r.ns() / n) / (ref.ns() / reference);
                double lo = ((r.ns() - r.errorNs()) / n) / ((ref.ns() + ref.errorNs()) / reference);
                double hi = ((r.ns() + r.errorNs()) / n) / ((ref.ns() - ref.errorNs()) / reference);
                out.printf(Locale.ROOT, "  %-52s %13.2fx  [%.2f – %s]%n",
                        what + " per entry, " + n + " / " + reference, x, lo,
                        hi < 0 || Double.isNaN(hi) ? "∞" : String.format(Locale.ROOT, "%.2f", hi));
            }
        }
    }

    private static void ratio(PrintStream out, Map<String, Row> rows, String label, String a, String b) {
        Row x = rows.get(a);
        Row y = rows.get(b);
        if (x != null && y != null) {
            line(out, label, x, y);
        }
    }

    private static void line(PrintStream out, String label, Row x, Row y) {
        double lo = (x.ns() - x.errorNs()) / (y.ns() + y.errorNs());
        double hi = (x.ns() + x.errorNs()) / (y.ns() - y.errorNs());
        out.printf(Locale.ROOT, "  %-52s %13.2fx  [%.2f – %s]%n", label, x.ns() / y.ns(), lo,
                hi < 0 || Double.isNaN(hi) ? "∞" : String.format(Locale.ROOT, "%.2f", hi));
    }

    private static double toNanos(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalArgumentException("unexpected unit " + unit);
        };
    }

    private static String time(double ns) {
        if (Double.isNaN(ns)) {
            return "?";
        }
        if (ns < 1e3) {
            return String.format(Locale.ROOT, "%.1f ns", ns);
        } else if (ns < 1e6) {
            return String.format(Locale.ROOT, "%.2f µs", ns / 1e3);
        } else if (ns < 1e9) {
            return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
    }

    private static String bytes(double b) {
        if (Double.isNaN(b)) {
            return "?";
        } else if (b < 1e4) {
            return String.format(Locale.ROOT, "%.0f B", b);
        } else if (b < 1e7) {
            return String.format(Locale.ROOT, "%.1f KB", b / 1e3);
        } else if (b < 1e10) {
            return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f GB", b / 1e9);
    }
}
