package fr.cdgrules.benchmarks;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.ledger.Consumption;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
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
 * A prepaid-hours ledger of one year with {@code entries} entries: building it (one grant, then
 * consumptions of a quarter of an hour), and, on the built ledger, its balance and one more consumption.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LedgerBenchmark {
    static final Citation ART_5 = Citation.of("003", "art. 5");
    static final Year YEAR = Year.of(2023);

    /** The number of entries. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int entries;

    private PrepaidLedger built;

    /** Builds the ledger once, for the single operations. */
    @Setup
    public void setUp() {
        built = build(entries);
    }

    /**
     * @param n the number of entries
     * @return a ledger of n entries: a grant of 7 h, then consumptions (prepaid first, then overage)
     */
    static PrepaidLedger build(int n) {
        PrepaidLedger l = PrepaidLedger.empty().grant(YEAR, LocalDate.of(2023, 1, 1), Money.ofEuros(210),
                Money.ofEuros(30), ART_5);
        Hours quarter = Hours.ofMinutes(15);
        LocalDate day = LocalDate.of(2023, 1, 2);
        for (int i = 1; i < n; i++) { // 7 h are 28 quarters exactly: each consumption is one entry
            l = l.consume(day, quarter, "work", ART_5).ledger();
        }
        return l;
    }

    /** @return a whole ledger of {@code entries} entries */
    @Benchmark
    public PrepaidLedger build() {
        return build(entries);
    }

    /** @return the balance of the built ledger */
    @Benchmark
    public Hours balance() {
        return built.balance(YEAR);
    }

    /** @return one more consumption on the built ledger */
    @Benchmark
    public Consumption consumeOnce() {
        return built.consume(LocalDate.of(2023, 6, 1), Hours.ofMinutes(15), "work", ART_5);
    }
}
