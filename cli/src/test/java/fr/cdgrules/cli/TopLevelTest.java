package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.error.NothingInForceException;
import fr.cdgrules.core.error.RuleConflictException;
import fr.cdgrules.core.error.UnknownRuleModuleException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The top-level command, {@code modules}, help, and the exit-code mapping. */
class TopLevelTest {
    private final CliRunner cli = CliRunner.fakes();

    @Test
    void noCommandPrintsUsageOnStderrExitTwo() {
        CliRunner.Result r = cli.run();
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Usage: cdg-rules"), r::toString);
    }

    @Test
    void unknownCommand() {
        assertFails(cli.run("frobnicate"), 2, "unknown command 'frobnicate'", "quote");
        assertFails(cli.run("--frobnicate"), 2, "unknown option '--frobnicate'");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("modules", "quote", "batch", "deadlines", "bill", "access")) {
            String out = assertOk(cli.run(c, "--help"));
            assertTrue(out.startsWith("Usage: cdg-rules " + c), out);
        }
        String top = assertOk(cli.run("--help"));
        assertTrue(top.contains("Exit codes: 0 done; 1 bug; 2 usage error"), top);
        assertTrue(assertOk(cli.run("--version")).startsWith("cdg-rules "));
    }

    @Test
    void modulesListsIdBodyAndSources() {
        String out = assertOk(cli.run("modules"));
        assertTrue(out.contains("fake79  Fake centre de gestion des Deux-Sèvres"), out);
        assertTrue(out.contains("source 000  000_fake.txt — Convention d'adhésion (fake)"), out);
        assertTrue(out.contains("fakenofee  Fake CDG62\n    territory   the Pas-de-Calais (62) (004 art. 1)\n    annual fee  none\n    commands    deadlines\n"), out);
        JsonNode j = json(cli.run("modules", "--format", "json"));
        assertEquals(4, j.size());
        assertEquals("fake79", j.get(0).get("id").asString());
        assertEquals("000_fake.txt", j.get(0).get("sources").get(0).get("file").asString());
        assertTrue(j.get(0).get("annualFee").asBoolean());
        assertEquals("[\"annual-fee\",\"deadlines\"]", j.get(0).get("capabilities").toString());
    }

    @Test
    void exitCodeMapping() {
        assertEquals(2, ErrorHandler.exitCode(new UsageException("x")));
        assertEquals(2, ErrorHandler.exitCode(new InvalidInputException("f", null, "x")));
        assertEquals(2, ErrorHandler.exitCode(new UnknownRuleModuleException("x", List.of())));
        assertEquals(3, ErrorHandler.exitCode(new RefusedException("x")));
        assertEquals(3, ErrorHandler.exitCode(new NothingInForceException("p", LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 1, 1), List.of())));
        assertEquals(3, ErrorHandler.exitCode(new NoRuleAppliesException("x", List.of())));
        assertEquals(3, ErrorHandler.exitCode(new RuleConflictException("x", List.of())));
        assertEquals(1, ErrorHandler.exitCode(new IllegalStateException("x")));
        assertEquals(1, ErrorHandler.exitCode(new NullPointerException()));
        // issue 14: the CUCM titre of a commune outside the CUCM is refused by art. 3: exit 3, not 2
        fr.cdgrules.core.territory.Collectivity autun = fr.cdgrules.core.territory.Collectivity.of("71014", "Autun", "71",
                java.util.Optional.of("200070894"), fr.cdgrules.core.population.Population.of(12_863, java.time.Year.of(2023)));
        RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> fr.cdgrules.cucm.CucmRules.defaults().cotisationTitre(autun, java.time.Year.of(2023),
                        LocalDate.of(2023, 3, 1)));
        assertEquals(3, ErrorHandler.exitCode(refused), refused.getMessage());
        assertTrue(refused.getMessage().contains("003 art. 3"), refused.getMessage());
    }

    @Test
    void buildingOnlyTheCommandAskedForPrintsWhatTheWholeCommandLinePrints() {
        CliContext context = CliContext.of(CliRunner.CLOCK, fr.cdgrules.core.module.RuleModules::load,
                fr.cdgrules.cli.data.CommuneDirectory::bundled);
        List<List<String>> cases = List.of(
                List.of("quote", "cdg79", "--commune", "79094"),
                List.of("quote", "cdg79", "--commune", "79094", "--explain", "--format", "json"),
                List.of("quote", "--help"), List.of("quote", "cdg79"), List.of("quote", "cdg79", "--commune", "79094", "x"),
                List.of("quote", "nope", "--commune", "79094"), List.of("quote", "modules"),
                List.of("modules"), List.of("who-pays", "--help"), List.of("test", "--help"), List.of("frobnicate"),
                List.of("--help"), List.of("--version"),
                // the plain quote, run without picocli, and its neighbours left to picocli
                List.of("quote", "cdg79", "--explain", "--commune", "79094", "--year", "2025"),
                List.of("quote", "--commune", "79094", "cdg79", "--format", "text"),
                List.of("quote", "cucm", "--commune", "71076", "--explain"),
                List.of("quote", "cucm", "--commune", "71076", "--year", "2023", "--format", "json", "--explain"),
                List.of("quote", "cdg44", "--commune", "44109", "--year", "2026"),
                List.of("quote", "cdg62", "--commune", "62041"),
                List.of("quote", "cdg79", "--commune", "75056"), List.of("quote", "cdg79", "--commune", "79094", "--year", "1999"),
                List.of("quote", "cdg79", "--commune", "99999"), List.of("quote", "cdg79", "--commune", "7909"),
                List.of("quote", "cdg79", "--commune", "2a004"), List.of("quote", "nope", "--commune", "79094", "--explain"),
                List.of("quote", "cdg79", "--commune", "79094", "--year", "1899"),
                List.of("quote", "cdg79", "--commune", "79094", "--year", "26"),
                List.of("quote", "cdg79", "--commune", "79094", "--format", "JSON"),
                List.of("quote", "cdg79", "--commune", "79094", "--format", "xml"),
                List.of("quote", "cdg79", "--commune", "79094", "--format"),
                List.of("quote", "cdg79", "--commune", "79094", "--explain", "--explain"),
                List.of("quote", "cdg79", "--commune", "79094", "--commune", "79001"),
                List.of("quote", "cdg79", "--commune", "79094", "--format", "json", "--format", "text"),
                List.of("quote", "cdg79", "--commune", "79094", "--year", "2026", "--year", "2025"),
                List.of("quote", "cdg79", "--commune=79094"), List.of("quote", "cdg79", "--commune", "-1"),
                List.of("quote", "cdg79", "--commune", "79094", "--population", "3499"),
                List.of("quote", "cdg79", "--commune", "79094", "--reading", "ceiling3500=INCLUDED_PER_TABLE"),
                List.of("quote", "cdg79", "--commune", "79094", "-h"),
                List.of("quote", "cdg79", "--commune", "79094", "--", "x"),
                List.of("quote", "cdg79", "cucm", "--commune", "79094"));
        for (List<String> args : cases) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine whole = CdgRulesCli.commandLine(context);
            whole.setOut(new java.io.PrintWriter(out));
            whole.setErr(new java.io.PrintWriter(err));
            int code = whole.execute(args.toArray(String[]::new));
            whole.getOut().flush();
            whole.getErr().flush();
            java.io.StringWriter out1 = new java.io.StringWriter();
            java.io.StringWriter err1 = new java.io.StringWriter();
            int code1 = CdgRulesCli.run(context, new java.io.PrintWriter(out1), new java.io.PrintWriter(err1),
                    args.toArray(String[]::new));
            String what = String.join(" ", args);
            assertEquals(code, code1, what);
            assertEquals(out.toString(), out1.toString(), what);
            assertEquals(err.toString(), err1.toString(), what);
        }
    }

    @Test
    void aPlainQuoteRunsWithoutPicocliAndAnythingElseIsLeftToIt() {
        CliContext context = CliContext.of(CliRunner.CLOCK, fr.cdgrules.core.module.RuleModules::load,
                fr.cdgrules.cli.data.CommuneDirectory::bundled);
        java.io.StringWriter out = new java.io.StringWriter();
        assertEquals(0, QuoteCommand.runPlain(context, new java.io.PrintWriter(out, true), new java.io.PrintWriter(out, true), false,
                "quote", "cdg79", "--commune", "79094", "--explain"));
        assertTrue(out.toString().contains("Communes de 500 à 999 habitants"), out.toString());
        assertTrue(out.toString().contains("1. territory served"), out.toString());
        for (List<String> args : List.of(List.of("quote", "cdg79", "--commune", "99999"),
                List.of("quote", "cdg79", "--commune", "79094", "--format", "JSON"),
                List.of("quote", "cdg79", "--commune", "79094", "--year", "1999"),
                List.of("quote", "cdg44", "--commune", "44109"), List.of("quote", "cdg79"),
                List.of("batch", "cdg79", "--department", "79"))) {
            java.io.StringWriter none = new java.io.StringWriter();
            assertEquals(-1, QuoteCommand.runPlain(context, new java.io.PrintWriter(none, true),
                    new java.io.PrintWriter(none, true), false, args.toArray(String[]::new)),
                    String.join(" ", args));
            assertEquals("", none.toString(), String.join(" ", args));
        }
    }
}
