package fr.cdgrules.examples.api;

import fr.cdgrules.cdg44.Cdg44Rules;
import fr.cdgrules.cdg44.financing.Cost;
import fr.cdgrules.cdg44.financing.CostAllocation;
import fr.cdgrules.cdg44.financing.Financing;
import fr.cdgrules.cdg44.financing.TraineeSituation;
import fr.cdgrules.cdg44.financing.TraineeStatus;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.NoRuleAppliesException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Pays de la Loire cooperation (CDG44 as coordinator, seed 002): who pays each cost of the SGM
 * training scheme for each kind of trainee (« Modalités financières »), a job seeker whose ARE
 * rights end during the training (the Région takes over), and a case where the text names no payer.
 *
 * <p>Run: {@code ./mvnw -q -pl examples exec:java -Dexec.mainClass=fr.cdgrules.examples.api.Cdg44Example}
 */
public final class Cdg44Example {
    private Cdg44Example() {}

    /**
     * Prints the example on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Financing financing = Cdg44Rules.defaults().financing();

        // 1. Every cost the text assigns, for a job seeker without ARE
        out.println("== Costs paid for a job seeker without ARE");
        for (CostAllocation a : financing.paidCosts(TraineeStatus.JOB_SEEKER_WITHOUT_ARE)) {
            out.println(line(a));
        }

        // 2. The trainee's income, by status: ARE (France Travail) or public trainee remuneration (Région)
        out.println();
        out.println("== Income of the trainee, by status");
        for (TraineeStatus status : TraineeStatus.values()) {
            out.println(status);
            for (Cost cost : new Cost[] {Cost.RETURN_TO_WORK_ALLOWANCE, Cost.TRAINEE_REMUNERATION}) {
                out.println("  " + cost.label() + ": " + payer(() -> financing.whoPays(cost, status)));
            }
        }

        // 3. ARE rights ending on 31 October 2025, in the middle of the training: the Région takes over
        TraineeSituation situation = TraineeSituation.jobSeekerWithAreEndingOn(LocalDate.of(2025, 10, 31));
        out.println();
        out.println("== A job seeker whose ARE rights end on 2025-10-31");
        for (LocalDate day : new LocalDate[] {LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 1)}) {
            out.println(day + " (" + situation.statusOn(day) + ")");
            for (Cost cost : new Cost[] {Cost.RETURN_TO_WORK_ALLOWANCE, Cost.TRAINEE_REMUNERATION}) {
                out.println("  " + cost.label() + ": " + payer(() -> financing.whoPays(cost, situation, day)));
            }
        }
    }

    /** The payer, or why the text names none (core's NoRuleAppliesException, without its list of paragraphs examined). */
    private static String payer(Supplier<CostAllocation> allocation) {
        try {
            CostAllocation a = allocation.get();
            return a.payer() + " (" + a.extent() + ") [" + cite(a) + "]";
        } catch (NoRuleAppliesException e) {
            String m = e.getMessage();
            int examined = m.indexOf(" (examined: ");
            String why = (examined < 0 ? m : m.substring(0, examined)).replaceFirst("^no rule applies to .*? for a trainee [A-Z_]+: ", "");
            return "nobody — " + why;
        }
    }

    private static String line(CostAllocation a) {
        return "  " + a.cost().label() + ": " + a.payer() + " (" + a.extent() + ") [" + cite(a) + "]";
    }

    private static String cite(CostAllocation a) {
        return a.citations().stream().map(Citation::toString).collect(Collectors.joining(", "));
    }
}
