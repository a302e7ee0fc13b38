package fr.cdgrules.benchmarks;

import fr.cdgrules.communes.Communes;
import fr.cdgrules.core.feerun.FeeRun;
import fr.cdgrules.core.feerun.FeeRunOptions;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.MembershipRegister;
import fr.cdgrules.core.register.RegisterCheck;
import fr.cdgrules.core.register.RegisterReader;
import fr.cdgrules.core.register.RegisterRow;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CDG79 fee run for 2026 (what {@code cdg-rules fees cdg79 --year 2026 --issued-on 2026-03-02} computes,
 * without reading nor printing): the register checked against the module over the bundled communes,
 * then one titre de recettes line per member owing the fee. Registers: {@code sample} is
 * {@code examples/samples/register-cdg79.csv}; {@code department79} has every commune of the
 * Deux-Sèvres, joined for 2025 by a decision of 2 December 2024.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FeeRunBenchmark {
    /** The budget year of the run. */
    static final Year YEAR = Year.of(2026);

    /** The register: {@code sample} or {@code department79}. */
    @Param({"sample", "department79"})
    public String register;

    private RuleModule module;
    private MembershipRegister rows;
    private Function<String, Optional<Collectivity>> directory;
    private FeeRunOptions options;

    /** Reads the module, the communes and the register (not measured). */
    @Setup
    public void setUp() {
        module = RuleModules.load().get("cdg79");
        Communes communes = Communes.bundled();
        directory = code -> communes.find(code).filter(c -> c.hasPopulation())
                .map(c -> Collectivity.of(c.code(), c.name(), c.department(), c.epciSiren(),
                        Population.of(c.population().orElseThrow(), PopulationBasis.MUNICIPALE, communes.vintage())));
        options = FeeRunOptions.issuedOn(LocalDate.of(2026, 3, 2))
                .withSirenOf(code -> communes.find(code).flatMap(c -> c.siren()));
        rows = switch (register) {
            case "sample" -> RegisterReader.csv(Samples.read("register-cdg79.csv"));
            case "department79" -> department(communes, "79");
            default -> throw new IllegalArgumentException("register " + register);
        };
    }

    private static MembershipRegister department(Communes communes, String department) {
        List<RegisterRow> list = new ArrayList<>();
        int line = 1;
        for (var c : communes.inDepartment(department)) {
            list.add(RegisterRow.of(++line, c.code(), LocalDate.of(2024, 12, 2), Year.of(2025)));
        }
        return MembershipRegister.of(list, List.of());
    }

    /** @return the fee run: register checked, titres, totals per stratum, communes owing nothing */
    @Benchmark
    public FeeRun feeRun() {
        return FeeRun.of(RegisterCheck.check(rows, module, directory, LateNoticeReading.defaultReading()), module, YEAR,
                options);
    }
}
