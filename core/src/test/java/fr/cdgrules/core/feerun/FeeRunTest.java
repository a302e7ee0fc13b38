package fr.cdgrules.core.feerun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.register.CheckedRegister;
import fr.cdgrules.core.register.FakeBody;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.Member;
import fr.cdgrules.core.register.RegisterCheck;
import fr.cdgrules.core.register.RegisterReader;
import fr.cdgrules.core.register.RegisterRow;
import fr.cdgrules.core.register.RowProblem;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FeeRunTest {
    /** Commune 99nnn has nnn × 7 inhabitants (some above the scale); 98nnn is outside the territory. */
    static final Function<String, Optional<Collectivity>> DIR = code -> code.startsWith("99") || code.startsWith("98")
            ? Optional.of(FakeBody.commune(code, code.substring(0, 2), Integer.parseInt(code.substring(2)) * 7L))
            : Optional.empty();

    static FeeRun run(String csv, int year) {
        CheckedRegister c = RegisterCheck.check(RegisterReader.csv(csv), FakeBody.create(), DIR,
                LateNoticeReading.KEEP_ROW);
        return FeeRun.of(c, FakeBody.create(), Year.of(year), FeeRunOptions.issuedOn(LocalDate.of(year, 3, 1))
                .withSirenOf(code -> code.equals("99010") ? Optional.of("219900101") : Optional.empty()));
    }

    @Test
    void titresReasonsAndTotals() {
        FeeRun r = run("code,decisionDate,joiningYear,noticeOn,terminatedOn,population\n"
                + "99010,2025-12-01,2026,,,\n"       // 70 inh. → 100
                + "99100,2025-12-01,2026,,,\n"       // 700 → 200
                + "99020,2025-12-01,2026,,,600\n"    // 140 in INSEE, 600 in the register → 200
                + "99030,2026-05-01,2027,,,\n"       // not yet joined
                + "99040,2023-12-01,2024,,2025-06-30,\n" // ended
                + "99900,2025-12-01,2026,,,\n"       // 6 300: outside the scale
                + "98001,2025-12-01,2026,,,\n", 2026); // outside the territory: set aside
        assertEquals(List.of("99010", "99100", "99020"), r.lines().stream().map(TitreLine::code).toList());
        assertEquals(List.of("100.00", "200.00", "200.00"), r.lines().stream().map(l -> l.amount().toString()).toList());
        assertEquals(Optional.of("219900101"), r.lines().get(0).siren());
        assertEquals("register (population column, for 2026)", r.lines().get(2).populationSource());
        assertEquals(Money.ofEuros(500), r.total());
        assertEquals(List.of(new StratumTotal("Moins de 500", 1, Money.ofEuros(100)),
                new StratumTotal("De 500 à 1 999", 2, Money.ofEuros(400))), r.totals());
        assertEquals(List.of(NoFeeReason.NOT_YET_JOINED, NoFeeReason.ENDED, NoFeeReason.NOT_ELIGIBLE),
                r.noFee().stream().map(NoFee::reason).toList());
        assertEquals(List.of(8), r.registerProblems().stream().map(RowProblem::line).toList());
        assertEquals(List.of(), r.warnings());
        assertEquals(LocalDate.of(2026, 3, 1), r.lines().get(0).issuedOn());
        assertEquals(Optional.empty(), r.lines().get(0).dueDate());
    }

    @Test
    void aBundledPopulationOfAnotherVintageIsSaidAndASuppliedOneReplacesIt() {
        FeeRun r = run("code,decisionDate,joiningYear\n99010,2025-12-01,2026\n", 2027);
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("vintage 2026 used for 2027"), r.warnings().get(0));
        assertEquals("INSEE 2026 (not 2027)", r.lines().get(0).populationSource());
        CheckedRegister c = RegisterCheck.check(RegisterReader.csv("code,decisionDate,joiningYear\n99010,2025-12-01,2026\n"),
                FakeBody.create(), DIR, LateNoticeReading.KEEP_ROW);
        FeeRun supplied = FeeRun.of(c, FakeBody.create(), Year.of(2027), FeeRunOptions.issuedOn(LocalDate.of(2027, 3, 1))
                .withPopulations(code -> Optional.of(Population.of(512, Year.of(2027)))));
        assertEquals(List.of(), supplied.warnings());
        assertEquals("200.00", supplied.lines().get(0).amount().toString());
        assertEquals("supplied, INSEE 2027", supplied.lines().get(0).populationSource());
    }

    /** Property: total = sum of the lines = sum of the stratum totals; every row is billed, listed with a reason, or set aside, once. */
    @Test
    void propertyTotalsAreSumsAndEveryCommuneIsAccountedForOnce() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 4_000_000)).ofSizeBetween(0, 40), integers().between(2019, 2032))
                .check((seeds, year) -> {
                    StringBuilder csv = new StringBuilder("code,decisionDate,joiningYear,noticeOn,terminatedOn\n");
                    for (int s : seeds) {
                        int n = s % 400;                       // commune 99nnn (or 98nnn when s % 11 == 0)
                        String code = (s % 11 == 0 ? "98" : "99") + String.format("%03d", n);
                        int join = 2020 + (s / 400) % 10;
                        String decision = (join - (s % 2)) + "-12-01";
                        String notice = s % 5 == 0 ? (join + 1) + "-" + String.format("%02d", 1 + s % 12) + "-15" : "";
                        String end = s % 7 == 0 ? (join + s % 3) + "-06-30" : "";
                        csv.append(code).append(',').append(decision).append(',').append(join).append(',')
                                .append(notice).append(',').append(end).append('\n');
                    }
                    FeeRun r = run(csv.toString(), year);
                    Money sum = Money.total(r.lines().stream().map(TitreLine::amount).toList());
                    Money strata = Money.total(r.totals().stream().map(StratumTotal::total).toList());
                    int counted = r.totals().stream().mapToInt(StratumTotal::count).sum();
                    Set<Integer> billedOrListed = new HashSet<>();
                    Stream.concat(r.lines().stream().map(TitreLine::line), r.noFee().stream().map(NoFee::line))
                            .forEach(billedOrListed::add);
                    Set<Integer> setAside = new HashSet<>();
                    r.registerProblems().stream().filter(RowProblem::isRefusal).forEach(p -> setAside.add(p.line()));
                    boolean disjoint = billedOrListed.stream().noneMatch(setAside::contains);
                    boolean once = r.lines().size() + r.noFee().size() == billedOrListed.size();
                    List<Integer> all = new ArrayList<>(billedOrListed);
                    all.addAll(setAside);
                    boolean everyRow = all.size() == seeds.size();
                    return r.total().equals(sum) && r.total().equals(strata) && counted == r.lines().size()
                            && disjoint && once && everyRow
                            && r.noFee().stream().allMatch(f -> !f.detail().isBlank())
                            && r.lines().stream().allMatch(l -> l.amount().signum() > 0);
                });
    }

    @Test
    void aMemberDuringAnyDayOfTheYearOwesTheWholeYear() {
        RegisterRow row = RegisterRow.of(2, "99010", LocalDate.of(2025, 1, 1), Year.of(2025));
        Member m = Member.of(row, FakeBody.commune("99010", "99", 70), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1),
                "test", List.of());
        assertTrue(m.isMemberDuring(Year.of(2025)) && m.isMemberDuring(Year.of(2026)) && !m.isMemberDuring(Year.of(2027)));
    }
}
