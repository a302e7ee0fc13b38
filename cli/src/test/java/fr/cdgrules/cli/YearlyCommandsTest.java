package fr.cdgrules.cli;

import static fr.cdgrules.cli.CliAssertions.assertFails;
import static fr.cdgrules.cli.CliAssertions.assertOk;
import static fr.cdgrules.cli.CliAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.module.RuleModules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** fees, statement and simulate over the real modules and the samples of examples/samples/. */
class YearlyCommandsTest {
    private static final String SAMPLES = "../examples/samples/";
    private final CliRunner cli = new CliRunner(RuleModules::load);

    @Test
    void feesOfTheCdg79SampleRegister() {
        JsonNode j = json(cli.run("fees", "cdg79", "--register", SAMPLES + "register-cdg79.csv", "--year", "2026",
                "--issued-on", "2026-03-02", "--format", "json"));
        assertEquals(37, j.get("lines").size());
        assertEquals("5650.00", j.get("total").asString());
        JsonNode clesse = null;
        for (JsonNode l : j.get("lines")) {
            if (l.get("code").asString().equals("79094")) {
                clesse = l;
            }
        }
        assertEquals("217900943", clesse.get("siren").asString());
        assertEquals("150.00", clesse.get("amount").asString());
        assertEquals(3, j.get("noFee").size());
        assertEquals(6, j.get("registerProblems").size());
        assertEquals(0, j.get("warnings").size());
        String csv = cli.run("fees", "cdg79", "--register", SAMPLES + "register-cdg79.csv", "--year", "2026",
                "--issued-on", "2026-03-02", "--format", "csv").out();
        List<String> rows = csv.lines().toList();
        assertEquals(FeesCommand.CSV_HEADER, rows.get(0));
        assertEquals(38, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.matches(".*,\\d+\\.\\d{2},\\d{4}-\\d{2}-\\d{2},.*")), csv);
    }

    @Test
    void feesOfTheCucmSampleRegisterGiveTheTermAndTheExemptYear() {
        JsonNode y22 = json(cli.run("fees", "cucm", "--register", SAMPLES + "register-cucm.json", "--year", "2022",
                "--issued-on", "2022-10-03", "--format", "json"));
        assertEquals(0, y22.get("lines").size());
        assertTrue(y22.get("noFee").get(0).get("detail").asString().contains("aucune cotisation"), y22::toString);
        JsonNode y23 = json(cli.run("fees", "cucm", "--register", SAMPLES + "register-cucm.json", "--year", "2023",
                "--issued-on", "2023-02-01", "--received-on", "2023-02-06", "--format", "json"));
        JsonNode first = y23.get("lines").get(0);
        assertEquals("2023-03-08", first.get("dueDate").asString());
        assertTrue(first.get("citations").toString().contains("003 art. 5"));
        assertTrue(y23.get("warnings").get(0).asString().contains("vintage 2026 used for 2023"));
    }

    @Test
    void aRegisterThatIsNotOneIsAUsageError() {
        assertFails(cli.run("fees", "cdg79", "--register", SAMPLES + "mission-marigny-2023.json", "--year", "2026"), 2,
                "invalid --register");
        assertFails(cli.run("fees", "cdg62", "--register", SAMPLES + "register-cdg79.csv", "--year", "2026"), 3,
                "no annual fee");
    }

    @Test
    void statementsOfTheSampleYear() {
        JsonNode j = json(cli.run("statement", "cucm", "--missions", SAMPLES + "missions-cucm-2023.json", "--year", "2023",
                "--format", "json"));
        assertEquals(3, j.get("statements").size());
        JsonNode marigny = j.get("statements").get(2);
        assertEquals("71278", marigny.get("commune").get("code").asString());
        assertEquals("1350.00", marigny.get("totalDue").asString());
        assertTrue(assertOk(cli.run("statement", "cucm", "--missions", SAMPLES + "missions-cucm-2023.json", "--year",
                "2024")).contains("Les Bizots"));
        assertFails(cli.run("statement", "cdg79", "--missions", SAMPLES + "missions-cucm-2023.json"), 3, "statement: cucm");
    }

    @Test
    void simulationOfThe2027TariffOverTheDeuxSevresMatchesBatch() {
        JsonNode sim = json(cli.run("simulate", "cdg79", "--parameters", SAMPLES + "cdg79-tariff-2027.yaml",
                "--department", "79", "--year", "2027", "--format", "json"));
        Map<String, Integer> batch = new HashMap<>();
        Money batchTotal = Money.ZERO;
        for (String row : cli.run("batch", "cdg79", "--department", "79", "--year", "2027", "--format", "csv").out()
                .lines().skip(1).toList()) {
            String[] f = row.split(",", -1);
            if (f[3].equals("true")) {
                batch.merge(f[4], 1, Integer::sum);
                batchTotal = batchTotal.plus(Money.parse(f[5]));
            }
        }
        Map<String, Integer> simulated = new HashMap<>();
        for (JsonNode s : sim.get("strata")) {
            simulated.put(s.get("stratum").asString(), s.get("communes").asInt());
        }
        assertEquals(batch, simulated);
        assertEquals(batchTotal, Money.parse(sim.get("totalBefore").asString()));
        Money sum = Money.ZERO;
        for (JsonNode c : sim.get("changes")) {
            sum = sum.plus(Money.parse(c.get("difference").asString()));
        }
        assertEquals(sum, Money.parse(sim.get("totalDifference").asString()));
        assertTrue(sim.get("warnings").get(0).asString().contains("vintage 2026"));
    }

    @Test
    void theSvgChartParsesWithTwoBarsPerStratum() throws Exception {
        CliRunner.Result r = cli.run("simulate", "cdg79", "--parameters", SAMPLES + "cdg79-tariff-2027.yaml",
                "--department", "79", "--year", "2027", "--format", "svg");
        assertEquals(0, r.code(), r::toString);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        Element svg = d.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        NodeList rects = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        int before = 0;
        int after = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            String c = ((Element) rects.item(i)).getAttribute("class");
            before += c.equals("before") ? 1 : 0;
            after += c.equals("after") ? 1 : 0;
        }
        assertEquals(4, before);
        assertEquals(4, after);
        assertEquals(0, d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength());
    }

    @Test
    void aMalformedParametersFileIsAUsageError() {
        assertFails(cli.run("simulate", "cdg79", "--parameters", SAMPLES + "register-cucm.json", "--all", "--year", "2027"),
                2, "--parameters");
    }
}
