package fr.cdgrules.examples.api;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.replacement.ReplacementReason;
import fr.cdgrules.cucm.replacement.ReplacementRequest;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CUCM (Communauté urbaine Creusot Montceau): a replacement mission for Marigny, from the request
 * to the invoice — the 2023 cotisation and the prepaid hours it buys, the request checked against
 * the soft rules of art. 3, the estimate from the planned hours (« coût prévisionnel »), the
 * invoice from the timesheet with the prepaid hours deducted and the due date, and the difference
 * between the two.
 *
 * <p>Run: {@code ./mvnw -q -pl examples exec:java -Dexec.mainClass=fr.cdgrules.examples.api.CucmExample}
 */
public final class CucmExample {
    private CucmExample() {}

    /**
     * Prints the example on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // Marigny, INSEE 71278, member of the CUCM (SIREN 247100290): population municipale 2026 = 166
        Collectivity marigny = Collectivity.of("71278", "Marigny", "71", Optional.of("247100290"),
                Population.of(166, PopulationBasis.MUNICIPALE, Year.of(2026)));
        CucmRules rules = CucmRules.defaults();

        // 1. The cotisation of the year buys prepaid hours (art. 5, annexe 2)
        AnnualFeeQuote cotisation = rules.cotisation(marigny, Year.of(2023));
        out.println("== Cotisation 2023 of " + marigny);
        out.println(cotisation.stratum().orElseThrow().wording() + ": " + cotisation.annualFee().orElseThrow().toDisplayString()
                + ", buying " + cotisation.prepaidHours().orElseThrow() + " h of prepaid work");

        // 2. The request: the secretary is ill from 6 March 2023; asked on 1 March (art. 3)
        ReplacementRequest request = ReplacementRequest.of(marigny, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 6),
                Period.ofDays(16), ReplacementReason.ILLNESS_OR_MATERNITY, List.of("état civil", "comptabilité"),
                new BigDecimal("0.5"), true).withAdhesionDate(LocalDate.of(2022, 10, 3)); // annex 1 signed (art. 4)
        out.println();
        out.println("== Request: " + request);
        List<Finding> findings = rules.check(request).all();
        if (findings.isEmpty()) {
            out.println("no refusal, no warning");
        }
        findings.forEach(f -> out.println(f.severity() + " " + f.code() + ": " + f.message() + " [" + f.citation() + "]"));

        // 3. The estimate from the planned hours, for the commune's consent
        MissionSheet planned = MissionSheet.of(marigny, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 21),
                WorkSchedule.HOURS_35).withAdhesionDate(LocalDate.of(2022, 10, 3)).withPlannedHours(Hours.of(84));
        MissionBill estimate = rules.estimate(planned);
        out.println();
        out.print(estimate.bill().render());

        // 4. The invoice from the timesheet: 7 h a working day, a half-day of CNFPT training (not billed)
        List<TimesheetEntry> timesheet = new ArrayList<>();
        for (LocalDate d = planned.firstDay(); !d.isAfter(planned.lastDay()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                timesheet.add(TimesheetEntry.of(d, Hours.of(7), Activity.WORK));
            }
        }
        timesheet.set(timesheet.size() - 1, TimesheetEntry.of(planned.lastDay(), Hours.parse("3.5"), Activity.WORK));
        timesheet.add(TimesheetEntry.of(planned.lastDay(), Hours.parse("3.5"), Activity.TRAINING).withNote("CNFPT"));
        MissionSheet done = planned.withTimesheet(timesheet).withTitreReceivedOn(LocalDate.of(2023, 4, 3));
        MissionBill invoice = rules.invoice(done);
        out.println();
        out.print(invoice.bill().render());
        out.println("hours worked " + invoice.hoursBillable() + ", prepaid used " + invoice.prepaidUsed()
                + ", billed " + invoice.hoursBilled());
        out.println("due " + invoice.dueDate().orElseThrow() + " (30 days after receipt of the titre de recettes)");
        out.println("invoice − estimate = " + invoice.bill().differenceFrom(estimate.bill()).toDisplayString());
        invoice.findings().warnings().forEach(f -> out.println("warning: " + f.message()));
    }
}
