package fr.cdgrules.cdg79.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Module;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.feerun.FeeRun;
import fr.cdgrules.core.feerun.FeeRunOptions;
import fr.cdgrules.core.feerun.NoFee;
import fr.cdgrules.core.feerun.NoFeeReason;
import fr.cdgrules.core.feerun.StratumTotal;
import fr.cdgrules.core.feerun.TitreLine;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.register.CheckedRegister;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.RegisterCheck;
import fr.cdgrules.core.register.RegisterReader;
import fr.cdgrules.core.register.RowProblem;
import fr.cdgrules.core.territory.Collectivity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 2026 fee run of the sample register (examples/samples/register-cdg79.csv): 45 rows, 5 set aside. */
class Cdg79FeeRunTest {
    static final Path SAMPLE = Path.of("..", "examples", "samples", "register-cdg79.csv");

    static Map<String, Collectivity> directory() throws IOException {
        Map<String, Collectivity> m = new HashMap<>();
        try (InputStream in = Cdg79FeeRunTest.class.getResourceAsStream("communes.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",");
                m.put(f[0], Collectivity.of(f[0], f[1], f[2], Optional.of(f[3]),
                        Population.of(Long.parseLong(f[4]), Year.of(2026))));
            }
        }
        return m;
    }

    static FeeRun run(int year) throws IOException {
        Map<String, Collectivity> dir = directory();
        Cdg79Module cdg79 = new Cdg79Module();
        CheckedRegister checked = RegisterCheck.check(RegisterReader.read(SAMPLE), cdg79,
                code -> Optional.ofNullable(dir.get(code)), LateNoticeReading.defaultReading());
        return FeeRun.of(checked, cdg79, Year.of(year), FeeRunOptions.issuedOn(LocalDate.of(year, 3, 2)));
    }

    @Test
    void theSampleRegisterGivesThirtySevenTitresFor5650Euros() throws IOException {
        FeeRun r = run(2026);
        assertEquals(37, r.lines().size());
        assertEquals(Money.ofEuros(5650), r.total());
        assertEquals(List.of(new StratumTotal("Communes de moins de 500 habitants", 12, Money.ofEuros(1200)),
                new StratumTotal("Communes de 500 à 999 habitants", 15, Money.ofEuros(2250)),
                new StratumTotal("Communes de 1 000 à 2 000 habitants", 8, Money.ofEuros(1600)),
                new StratumTotal("Communes de 2 001 à 3 500 habitants", 2, Money.ofEuros(600))), r.totals());
        TitreLine clesse = r.lines().stream().filter(l -> l.code().equals("79094")).findFirst().orElseThrow();
        assertEquals("150.00", clesse.amount().toString());
        assertEquals(LocalDate.of(2025, 1, 1), clesse.tariff().effectiveFrom());
        assertTrue(clesse.tariff().source().decision().contains("9 décembre 2024"));
        assertTrue(clesse.citations().contains(Citation.of("000", "art. 3.1")));
        assertEquals(Optional.empty(), clesse.dueDate());
        TitreLine ardin = r.lines().stream().filter(l -> l.code().equals("79012")).findFirst().orElseThrow();
        assertEquals(1302, ardin.population());
        assertEquals("200.00", ardin.amount().toString());
    }

    @Test
    void theCommunesOwingNothingAndTheRowsSetAsideAreListedWithTheirReason() throws IOException {
        FeeRun r = run(2026);
        assertEquals(List.of("79049:NOT_ELIGIBLE", "79003:NOT_YET_JOINED", "79010:ENDED"),
                r.noFee().stream().map(n -> n.code() + ":" + n.reason()).toList());
        List<RowProblem> aside = r.registerProblems().stream().filter(RowProblem::isRefusal).toList();
        assertEquals(List.of(41, 42, 43, 44, 46), aside.stream().map(RowProblem::line).toList());
        assertEquals(List.of("code", "code", "decisionDate", "joiningYear", "code"),
                aside.stream().map(RowProblem::field).toList());
        assertEquals(List.of(Citation.of("000", "préambule")), aside.get(0).citations()); // outside the Deux-Sèvres
        RowProblem late = r.registerProblems().stream().filter(p -> !p.isRefusal()).findFirst().orElseThrow();
        assertEquals(38, late.line());
        assertEquals(Optional.of("79009"), late.code());
    }

    @Test
    void aNoticeInTimeEndsAfter2026AndTheLateOneRenews() throws IOException {
        FeeRun r = run(2027);
        List<String> ended = r.noFee().stream().filter(n -> n.reason() == NoFeeReason.ENDED).map(NoFee::code).toList();
        assertEquals(List.of("79008", "79010"), ended);
        assertTrue(r.lines().stream().anyMatch(l -> l.code().equals("79009")));
        assertTrue(r.warnings().get(0).contains("vintage 2026 used for 2027"));
    }
}
