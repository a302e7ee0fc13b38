package fr.cdgrules.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each runnable example, run through its {@code main} with standard output captured, against the real rule modules. */
class ExamplesTest {
    private static void assertLines(String out, String... expected) {
        List<String> lines = out.lines().toList();
        for (String e : expected) {
            assertTrue(lines.contains(e), () -> "missing line\n" + e + "\nin\n" + out);
        }
    }

    @Test
    void cdg79QuoteAndAccess() throws Exception {
        String out = StdoutCapture.run(Cdg79Example::main);
        assertLines(out,
                "== Pack adhésion of Clessé (79094) for 2026",
                "stratum:    Communes de 500 à 999 habitants",
                "annual fee: 150.00 €",
                "EXCLUDED_PER_TITLE (default): not eligible",
                "INCLUDED_PER_TABLE:          eligible, Communes de 2 001 à 3 500 habitants, 300.00 €",
                "same quote: true",
                "refused, unmet conditions:");
        assertTrue(out.contains("tariff:     cdg79.pack-adhesion = scale of 2025-01-01"), out);
        assertTrue(out.contains("000 art. 3.1"), out);
        assertTrue(out.contains("ACCESS GRANTED — Camille Martin (SGM), Clessé (79094)"), out);
        assertTrue(out.contains("== Convention from the decision of 2026-04-23: starts 2026-01-01 (FIRST_DAY_OF_CIVIL_YEAR)"), out);
        assertTrue(out.contains("  2027-12-01  last day to give notice of non-renewal before renewal 1 [000 art. 4]"), out);
        assertTrue(out.contains("  charter-signatures: required"), out);
        assertTrue(out.contains("  nominative-account: generic identifier"), out);
    }

    @Test
    void cucmFromRequestToInvoice() throws Exception {
        String out = StdoutCapture.run(CucmExample::main);
        assertLines(out,
                "De 1 à 999 habitants: 210.00 €, buying 7 h of prepaid work",
                "  total: 2310.00 €",
                "  total: 2205.00 €",
                "  due: 2023-05-03 (003 art. 5)",
                "hours worked 80.5, prepaid used 7, billed 73.5",
                "due 2023-05-03 (30 days after receipt of the titre de recettes)",
                "invoice − estimate = -105.00 €");
        assertTrue(out.contains("WARNING notice-shorter-than-one-week"), out);
        assertTrue(out.contains("84 h worked + 0 h RTT generated − 7 h prepaid by the cotisation = 77 h billed"), out);
        assertTrue(out.contains("73.5 × 30.00 = 2205.00 [003 art. 5]"), out);
    }

    @Test
    void cdg62ComplianceAndTermination() throws Exception {
        String out = StdoutCapture.run(Cdg62Example::main);
        assertLines(out,
                "price: 0.00 € (004 art. 5)",
                "in force 2025-01-01 to 2029-12-31 (five years; renewal only by express decision)",
                "assistance year 2025-01-01..2025-12-31: due 2 h, delivered 1.5 h, shortfall 0.5 h",
                "years closed short of the minimum: 1 (overdue shortfall 0.5 h; still to deliver this year 2 h)",
                "  2026-04-01 TERMINATION_EFFECTIVE: termination (FIRST_DAY_OF_NEXT_MONTH) notified on 2026-03-15 takes effect (004 art. 6 (résiliation))");
        assertTrue(out.contains("== Termination notified 2026-03-15: effective 2026-04-01, last day in force 2026-03-31, indemnity due: false"), out);
        assertTrue(out.contains("fulfilled: [NEEDS_DEFINITION, PREFECTURE_CONVENTION]"), out);
        assertTrue(out.contains("Amiens (80021): [refusal [outside-territory]"), out);
        assertTrue(out.contains("[no-cotisation-additionnelle]"), out);
    }

    @Test
    void cdg44Financing() throws Exception {
        String out = StdoutCapture.run(Cdg44Example::main);
        assertLines(out,
                "== Costs paid for a job seeker without ARE",
                "  coût pédagogique de la formation: CNFPT (IN_FULL) [002 modalités financières § CNFPT]",
                "  frais de déplacement: REGION (CONTRIBUTION) [002 modalités financières § Région]",
                "2025-10-31 (JOB_SEEKER_WITH_ARE)",
                "  allocation de retour à l'emploi (ARE): FRANCE_TRAVAIL (IN_FULL) [002 modalités financières § France Travail]",
                "2025-11-01 (JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS)",
                "  rémunération publique de stage / rémunération de l'agent: REGION (IN_FULL) [002 modalités financières § Région, relai]");
        assertEquals(6, out.lines().filter(l -> l.startsWith("  ") && l.contains("[002 modalités financières")).limit(6).count());
        assertTrue(out.contains("nobody — "), out);
    }
}
