package fr.cdgrules.cdg44.financing;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.core.error.NoRuleAppliesException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FinancingPropertiesTest {
    private static final Set<Cost> SCHEME_WIDE = EnumSet.of(Cost.PEDAGOGICAL_COST, Cost.PROMOTION,
            Cost.COORDINATION_STAFF_AND_LOGISTICS);

    private static Financing financing(int readings) {
        return Financing.of(AgentRemunerationReading.values()[readings % 2], EndOfRightsReading.values()[readings / 2]);
    }

    /**
     * Every cost has exactly one payer for every trainee status, under every reading: an answer with one
     * payer and a paragraph, or a NoRuleApplies naming every paragraph examined — never a conflict
     * (RuleConflictException fails the property) and never silence on the three scheme-wide costs.
     */
    @Test
    void everyCostHasExactlyOnePayerForEveryTraineeStatus() {
        qt().forAll(integers().between(0, Cost.values().length - 1), integers().between(0, TraineeStatus.values().length - 1),
                integers().between(0, 3)).check((c, s, r) -> {
                    Cost cost = Cost.values()[c];
                    TraineeStatus status = TraineeStatus.values()[s];
                    Financing f = financing(r);
                    try {
                        CostAllocation a = f.whoPays(cost, status);
                        return a.payer() != null && !a.payer().parties().isEmpty() && !a.citations().isEmpty()
                                && Financing.EXAMINED.containsAll(a.citations()) && a.cost() == cost && a.status() == status;
                    } catch (NoRuleAppliesException e) {
                        return !SCHEME_WIDE.contains(cost) && e.rules().equals(Financing.EXAMINED);
                    }
                });
    }

    /** On any day, the answer for a job seeker whose ARE ends is the answer for the status of that day. */
    @Test
    void aDatedAnswerIsTheAnswerForTheStatusOfThatDay() {
        qt().forAll(integers().between(0, Cost.values().length - 1), integers().between(0, 400), integers().between(0, 400))
                .check((c, end, day) -> {
                    Cost cost = Cost.values()[c];
                    LocalDate start = LocalDate.of(2025, 9, 1);
                    TraineeSituation s = TraineeSituation.jobSeekerWithAreEndingOn(start.plusDays(end));
                    LocalDate date = start.plusDays(day);
                    TraineeStatus expected = day <= end ? TraineeStatus.JOB_SEEKER_WITH_ARE
                            : TraineeStatus.JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS;
                    Payer dated;
                    Payer plain;
                    try {
                        dated = Financing.defaults().whoPays(cost, s, date).payer();
                    } catch (NoRuleAppliesException e) {
                        dated = null;
                    }
                    try {
                        plain = Financing.defaults().whoPays(cost, expected).payer();
                    } catch (NoRuleAppliesException e) {
                        plain = null;
                    }
                    return s.statusOn(date) == expected && dated == plain;
                });
    }
}
