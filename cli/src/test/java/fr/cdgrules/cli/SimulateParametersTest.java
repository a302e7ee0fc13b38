package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.module.RuleModules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code simulate --parameters}: the descriptor fragment read and applied by core, as for every command. */
class SimulateParametersTest {
    private static final String SAMPLES = "../examples/samples/";
    private final CliRunner cli = new CliRunner(RuleModules::load);

    @Test
    void theIllustrative2027TariffOfTheCdg79() {
        CliRunner.Result r = cli.run("simulate", "cdg79", "--parameters", SAMPLES + "cdg79-tariff-2027.yaml",
                "--department", "79", "--year", "2027");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Proposal: projet de délibération du conseil d'administration du CDG79 pour l'exercice 2027 "
                + "(ILLUSTRATIF), from 2027-01-01 [000 art. 3.1]"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("Total +36250\\.00 +39300\\.00 +3050\\.00")), r.out());
    }

    @Test
    void aRevisedCucmScaleChangesTheCotisation(@TempDir Path dir) throws IOException {
        Path fragment = dir.resolve("cucm-2023.yaml");
        Files.writeString(fragment, """
                module: cucm
                parameters:
                  cotisation:
                    versions:
                      - effective: 2023-01-01
                        decision: "délibération illustrative"
                        article: "003 art. 5"
                        strata:
                          - { from: 1,     to: 999,  wording: "De 1 à 999 habitants",        fee: "220.00" }
                          - { from: 1000,  to: 2499, wording: "De 1000 à 2 499 habitants",   fee: "440.00" }
                          - { from: 2500,  to: 4499, wording: "De 2 500 à 4 499 habitants",  fee: "660.00" }
                          - { from: 4500,  to: 9999, wording: "De 4 500 à 9 999 habitants",  fee: "880.00" }
                          - { from: 10000,           wording: "Au-delà de 10 000 habitants", fee: "1100.00" }
                """);
        JsonNode sim = json(cli.run("simulate", "cucm", "--parameters", fragment.toString(), "--epci", "247100290",
                "--year", "2023", "--format", "json"));
        assertEquals("délibération illustrative", sim.get("proposal").get("source").asString());
        // 34 member communes of the CUCM: 13 860.00 € under the 2022 scale, 14 520.00 € under the revised one
        assertEquals(34, sim.get("communesSimulated").asInt());
        assertEquals("13860.00", sim.get("totalBefore").asString());
        assertEquals("14520.00", sim.get("totalAfter").asString());
    }

    @Test
    void aFragmentWithoutAFeeScaleOrForAnotherModuleIsAUsageError(@TempDir Path dir) throws IOException {
        Path cost = dir.resolve("cost.yaml");
        Files.writeString(cost, """
                module: cucm
                parameters:
                  hourlyUnitCost:
                    versions:
                      - { effective: 2027-01-01, decision: "délibération illustrative", article: "003 art. 5", amount: "31.00" }
                """);
        assertFails(cli.run("simulate", "cucm", "--parameters", cost.toString(), "--epci", "247100290", "--year", "2027"),
                2, "--parameters", "expected exactly one version with 'strata' (a fee scale), found 0");
        Path unknown = dir.resolve("unknown.yaml");
        Files.writeString(unknown, """
                parameters:
                  packFees:
                    versions: []
                """);
        assertFails(cli.run("simulate", "cdg79", "--parameters", unknown.toString(), "--department", "79", "--year", "2027"),
                2, "--parameters", "parameters.packFees", "module cdg79 has no parameter 'packFees'");
    }
}
