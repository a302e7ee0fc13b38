package fr.cdgrules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.ledger.LedgerEntryKind;
import fr.cdgrules.core.money.Hours;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every benchmark method runs once on its smallest parameters (JMH itself is not run by the build), and the report reads JMH's JSON. */
class BenchmarksRunTest {
    @Test
    void quoteBenchmarksRun() {
        QuoteBenchmark q = new QuoteBenchmark();
        q.setUp();
        assertTrue(q.quote().eligible());
        assertTrue(q.quoteAndRender().contains("annual fee by population stratum"));
        assertTrue(q.handWritten().eligible());
        assertTrue(q.ifChain() > 0);
        CamundaDmnBenchmark c = new CamundaDmnBenchmark();
        c.setUp();
        assertFalse(c.legacyFeel().isEmpty());
        assertFalse(c.scalaFeel().isEmpty());
        ModuleLookupBenchmark m = new ModuleLookupBenchmark();
        m.setUp();
        assertEquals(m.keptGet().id(), m.loadThenGet().id());
    }

    @Test
    void everyModulesBenchmarksRun() {
        for (String p : new String[] {"cdg79:2026-01-01", "cucm:2022-07-01", "cdg62:2026-01-01", "cdg44:2026-01-01"}) {
            DeadlinesBenchmark d = new DeadlinesBenchmark();
            d.module = p;
            d.setUp();
            assertFalse(d.deadlines().isEmpty(), p);
        }
        for (String p : new String[] {"cdg79:2026", "cucm:2023"}) {
            CommunesBenchmark c = new CommunesBenchmark();
            c.module = p;
            c.setUp();
            assertTrue(c.everyCommune() > 10, p);
        }
    }

    @Test
    void billAndLedgerBenchmarksRun() {
        BillBenchmark b = new BillBenchmark();
        b.entries = 100;
        b.setUp();
        assertEquals(1, b.invoice().settlements().size());
        assertEquals(Hours.ofMinutes(15 * 90), b.invoice().settlements().get(0).hoursWorked());
        LedgerBenchmark l = new LedgerBenchmark();
        l.entries = 1000;
        l.setUp();
        assertEquals(1000, l.build().entries().size());
        assertEquals(Hours.ZERO, l.balance());
        assertEquals(Hours.ofMinutes(15), l.consumeOnce().overage());
        assertEquals(Hours.of(7), l.build().total(LedgerBenchmark.YEAR, LedgerEntryKind.PREPAID_USE));
    }

    @Test
    void feeRunAndYearStatementBenchmarksRun() {
        FeeRunBenchmark f = new FeeRunBenchmark();
        f.register = "sample";
        f.setUp();
        // as 'cdg-rules fees cdg79 --register examples/samples/register-cdg79.csv --year 2026' prints
        assertEquals(37, f.feeRun().lines().size());
        assertEquals("5650.00", f.feeRun().total().toString());
        f = new FeeRunBenchmark();
        f.register = "department79";
        f.setUp();
        assertEquals(235, f.feeRun().lines().size());
        assertEquals(17, f.feeRun().noFee().size());
        YearStatementBenchmark y = new YearStatementBenchmark();
        y.setUp();
        // as 'cdg-rules statement cucm --missions examples/samples/missions-cucm-2023.json --year 2023' prints
        assertEquals(3, y.yearStatements().size());
        assertEquals("Les Bizots (71038)", y.yearStatements().get(0).commune().toString());
    }

    @Test
    void reportPrintsFiguresAndRatios() {
        String json = """
                [{"benchmark":"fr.cdgrules.benchmarks.QuoteBenchmark.quote","params":{},
                  "primaryMetric":{"score":300.0,"scoreError":30.0,"scoreUnit":"ns/op"},
                  "secondaryMetrics":{"gc.alloc.rate.norm":{"score":1200.0},
                    "cpu.thread.norm":{"score":80.0,"scoreError":8.0}}},
                 {"benchmark":"fr.cdgrules.benchmarks.QuoteBenchmark.handWritten",
                  "primaryMetric":{"score":100.0,"scoreError":10.0,"scoreUnit":"ns/op"},
                  "secondaryMetrics":{"cpu.thread.norm":{"score":40.0,"scoreError":4.0}}},
                 {"benchmark":"fr.cdgrules.benchmarks.BillBenchmark.invoice","params":{"entries":"100"},
                  "primaryMetric":{"score":1.0,"scoreError":0.1,"scoreUnit":"ms/op"},"secondaryMetrics":{}},
                 {"benchmark":"fr.cdgrules.benchmarks.BillBenchmark.invoice","params":{"entries":"10000"},
                  "primaryMetric":{"score":110.0,"scoreError":1.0,"scoreUnit":"ms/op"},"secondaryMetrics":{}}]
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report.print(JsonMapper.builder().build().readTree(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("Quote.quote"), table);
        assertTrue(table.contains("1200 B"), table);
        assertTrue(table.matches("(?s).*quote / hand-written, same information +3\\.00x  \\[2\\.45 – 3\\.67\\].*"), table);
        assertTrue(table.matches("(?s).*bill per entry, 10000 / 100 +1\\.10x.*"), table);
        assertTrue(table.matches("(?s).*ratios of thread cpu/op[^\n]*\n *quote / hand-written, same information"
                + " +2\\.00x  \\[1\\.64 – 2\\.44\\].*"), table);
    }
}
