package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cli.data.Commune;
import fr.cdgrules.cli.data.CommuneDirectory;
import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.cucm.CucmModule;
import fr.cdgrules.cucm.billing.MissionSheet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Quotes, bills and deadlines computed from 16 threads against shared module instances give exactly
 * the single-threaded results (amounts, citations and rendered explanations compared as text).
 */
class ConcurrencyTest {
    private static final int THREADS = 16;

    @Test
    void sixteenThreadsGiveTheSingleThreadedResults() throws Exception {
        RuleModules modules = RuleModules.load();
        CommuneDirectory communes = CommuneDirectory.bundled();
        List<Supplier<String>> tasks = new ArrayList<>();
        for (RuleModule m : List.of(modules.get("cdg79"), modules.get("cucm"), modules.get("cdg62"), modules.get("cdg44"))) {
            for (int y = 2022; y <= 2027; y++) {
                LocalDate start = LocalDate.of(y, 1 + (y % 12), 1);
                tasks.add(() -> outcome(() -> m.id() + " " + start + " " + m.convention(start).deadlines()
                        + " " + m.convention(start).stateAt(start.plusYears(3))));
            }
            m.annualFees().ifPresent(fees -> {
                List<Commune> sample = new ArrayList<>(communes.inDepartment("79"));
                sample.addAll(communes.inEpci("247100290"));
                for (Commune c : sample.subList(0, Math.min(sample.size(), 40))) {
                    if (!c.hasPopulation()) {
                        continue;
                    }
                    for (int y : new int[] {2023, 2024, 2026}) {
                        tasks.add(() -> outcome(() -> {
                            var q = fees.quote(c.collectivity(), Year.of(y));
                            return m.id() + " " + c.code() + " " + y + " " + q.annualFee() + " " + q.citations()
                                    + "\n" + q.explanation().render();
                        }));
                    }
                }
            });
        }
        CucmModule cucm = (CucmModule) modules.get("cucm");
        MissionSheet sheet = CdgJson.read(Path.of("../examples/samples/mission-marigny-2023.json"), MissionSheet.class);
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> outcome(() -> CdgJson.write(cucm.rules().invoice(sheet))));
            tasks.add(() -> outcome(() -> CdgJson.write(cucm.rules().estimate(sheet))));
        }

        List<String> expected = tasks.stream().map(Supplier::get).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<List<String>> run = () -> {
                    go.await();
                    List<String> results = new ArrayList<>();
                    // each thread runs every task, starting at a different place
                    for (int i = 0; i < tasks.size(); i++) {
                        results.add(null);
                    }
                    for (int k = 0; k < tasks.size(); k++) {
                        int i = (k + offset * 37) % tasks.size();
                        results.set(i, tasks.get(i).get());
                    }
                    return results;
                };
                futures.add(pool.submit(run));
            }
            go.countDown();
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(expected.size() > 100, "tasks: " + expected.size());
        assertTrue(expected.stream().anyMatch(s -> s.contains("150.00")), "a fee of 150 € among the quotes");
    }

    /** The result, or the refusal as text: a refusal must be the same in every thread too. */
    private static String outcome(Supplier<String> s) {
        try {
            return s.get();
        } catch (CdgRulesException e) {
            return "refused: " + e.getMessage() + " " + e.rules();
        }
    }
}
