package fr.cdgrules.examples.api;

import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.assistance.AssistanceEntry;
import fr.cdgrules.cdg62.assistance.AssistanceReport;
import fr.cdgrules.cdg62.assistance.AssistanceYear;
import fr.cdgrules.cdg62.convention.CommitmentReport;
import fr.cdgrules.cdg62.convention.EAdministrationConvention;
import fr.cdgrules.core.notice.RegisteredLetter;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.ConventionRefusedException;
import fr.cdgrules.cdg62.price.PriceQuote;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.lifecycle.Termination;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * CDG62 (Pas-de-Calais) e-administration support: a convention with Libercourt for the
 * « Paramétrage, Organisation et dématérialisation » service, its price (included in the cotisation
 * additionnelle), its compliance — the commitments still open and the « 2 heures par an » of assistance
 * (art. 3-3) delivered or short — then a termination for breach by registered letter, effective the
 * first day of the next month (art. 6), and a collectivity that may not conclude one.
 *
 * <p>Run: {@code ./mvnw -q -pl examples exec:java -Dexec.mainClass=fr.cdgrules.examples.api.Cdg62Example}
 */
public final class Cdg62Example {
    private Cdg62Example() {}

    /**
     * Prints the example on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // Libercourt, INSEE 62907, and Amiens, 80021: population municipale 2026 = 7 973 and 136 449 (INSEE via Etalab, Licence Ouverte)
        Collectivity libercourt = Collectivity.of("62907", "Libercourt", "62", Optional.of("246200299"),
                Population.of(7973, PopulationBasis.MUNICIPALE, Year.of(2026)));
        Cdg62Rules rules = Cdg62Rules.defaults();
        ServiceType service = ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION;

        // 1. Price: included in the cotisation additionnelle (art. 5)
        PriceQuote price = rules.price(libercourt, Year.of(2026), AdditionalContribution.PAYING, service);
        out.println("== " + service.wording() + " for " + libercourt);
        out.println("price: " + price.amount().orElseThrow().toDisplayString() + " (" + price.citation() + ")");

        // 2. The convention, from 1 January 2025: what was done, and the assistance logged
        EAdministrationConvention convention = rules.conclude(libercourt, AdditionalContribution.PAYING, service,
                        LocalDate.of(2025, 1, 1))
                .withFulfilment(Commitment.PREFECTURE_CONVENTION, LocalDate.of(2025, 2, 3))
                .withFulfilment(Commitment.NEEDS_DEFINITION, LocalDate.of(2025, 2, 10))
                .withAssistance(AssistanceEntry.of(LocalDate.of(2025, 5, 12), Hours.parse("1.5"), "parapheur set-up"));
        out.println("in force " + convention.start() + " to " + convention.finalEnd()
                + " (five years; renewal only by express decision)");

        // 3. Compliance on 15 January 2026
        LocalDate asOf = LocalDate.of(2026, 1, 15);
        CommitmentReport commitments = convention.commitmentReport(asOf);
        out.println();
        out.println("== Compliance on " + asOf);
        out.println("fulfilled: " + commitments.fulfilled());
        out.println("open for the CDG62: " + commitments.open(Party.CDG62).size()
                + ", open for the collectivity: " + commitments.open(Party.COLLECTIVITY));
        AssistanceReport assistance = convention.assistanceReport(asOf);
        for (AssistanceYear y : assistance.years()) {
            out.println("assistance year " + y.yearStart() + ".." + y.yearEnd() + ": due " + y.hoursDue()
                    + " h, delivered " + y.hoursDelivered() + " h, shortfall " + y.shortfall() + " h"
                    + (y.closed() ? "" : " (year not over)"));
        }
        out.println("years closed short of the minimum: " + assistance.breaches().size()
                + " (overdue shortfall " + assistance.overdueShortfall() + " h; still to deliver this year "
                + assistance.totalShortfall().minus(assistance.overdueShortfall()) + " h)");
        assistance.findings().all().forEach(f -> out.println(f));

        // 4. Termination for breach: registered letter received on 15 March 2026
        EAdministrationConvention terminated = convention.withTermination(Party.COLLECTIVITY,
                RegisteredLetter.receivedOn(LocalDate.of(2026, 3, 15)), "assistance annuelle non assurée (art. 3-3)");
        Termination t = terminated.termination().orElseThrow();
        out.println();
        out.println("== Termination notified " + t.notifiedOn() + ": effective " + t.effectiveOn()
                + ", last day in force " + terminated.finalEnd() + ", indemnity due: " + t.indemnityDue()
                + " [" + t.citation() + "]");
        for (Deadline d : terminated.deadlines()) {
            out.println("  " + d);
        }

        // 5. Who may not: a collectivity that does not pay the cotisation additionnelle, one outside the Pas-de-Calais
        Collectivity amiens = Collectivity.of("80021", "Amiens", "80", Optional.of("248000531"),
                Population.of(136_449, PopulationBasis.MUNICIPALE, Year.of(2026)));
        out.println();
        out.println("== Refusals");
        out.println(libercourt + " not paying the cotisation additionnelle: "
                + rules.price(libercourt, Year.of(2026), AdditionalContribution.NOT_PAYING, service).findings().refusals());
        try {
            rules.conclude(amiens, AdditionalContribution.PAYING, service, LocalDate.of(2026, 1, 1));
        } catch (ConventionRefusedException e) {
            out.println(amiens + ": " + e.findings().refusals());
        }
    }
}
