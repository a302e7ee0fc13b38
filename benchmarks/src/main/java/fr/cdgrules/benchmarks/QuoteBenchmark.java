package fr.cdgrules.benchmarks;

import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.territory.Collectivity;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A CDG79 annual-fee quote through the public API, with and without rendering its explanation,
 * beside the hand-written baseline producing the same information and a bare {@code if} chain. The
 * four strata are quoted in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuoteBenchmark {
    private AnnualFees fees;
    private int i;

    /** Looks the module up once, as the Javadoc of {@code RuleModules} advises. */
    @Setup
    public void setUp() {
        fees = RuleModules.load().get("cdg79").annualFees().orElseThrow();
    }

    private Collectivity next() {
        i = (i + 1) & 3;
        return Cdg79Fixtures.COMMUNES[i];
    }

    /** @return the library's quote, its explanation not rendered */
    @Benchmark
    public AnnualFeeQuote quote() {
        return fees.quote(next(), Cdg79Fixtures.YEAR);
    }

    /** @return the library's quote's explanation, rendered */
    @Benchmark
    public String quoteAndRender() {
        return fees.quote(next(), Cdg79Fixtures.YEAR).explanation().render();
    }

    /** @return the hand-written quote with the same information */
    @Benchmark
    public HandWrittenQuote.Quote handWritten() {
        Collectivity c = next();
        return HandWrittenQuote.quote(c.code(), c.name(), c.department(), c.epciSiren().orElse(null),
                c.population().inhabitants(), Cdg79Fixtures.YEAR.getValue());
    }

    /** @return the fee alone, by a bare if chain */
    @Benchmark
    public int ifChain() {
        return HandWrittenQuote.feeCents(next().population().inhabitants());
    }
}
