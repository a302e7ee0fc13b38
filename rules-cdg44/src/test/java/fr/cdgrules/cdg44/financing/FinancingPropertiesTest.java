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

    /**
     * « sur la période 2024-2027 »: a dated answer never makes the Région pay a job seeker's remuneration,
     * travel or social cover on a day outside 1 January 2024 – 31 December 2027, and never refuses a day
     * inside it that the undated answer pays.
     */
    @Test
    void theRegionPaysAJobSeekerOnlyWithinTheApprovalPeriod() {
        qt().forAll(integers().between(0, Cost.values().length - 1), integers().between(0, 2), integers().between(0, 3),
                integers().between(0, 10 * 366)).check((c, s, r, d) -> {
                    Cost cost = Cost.values()[c];
                    TraineeStatus status = TraineeStatus.values()[s];
                    LocalDate date = LocalDate.of(2022, 1, 1).plusDays(d);
                    TraineeSituation situation = status == TraineeStatus.JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS
                            ? TraineeSituation.jobSeekerWithAreEndingOn(LocalDate.of(2021, 12, 31)) : TraineeSituation.of(status);
                    Financing f = financing(r);
                    boolean inPeriod = !date.isBefore(Financing.APPROVAL_FIRST_DAY) && !date.isAfter(Financing.APPROVAL_LAST_DAY);
                    CostAllocation undated;
                    try {
                        undated = f.whoPays(cost, status);
                    } catch (NoRuleAppliesException e) {
                        return true;
                    }
                    try {
                        CostAllocation dated = f.whoPays(cost, situation, date);
                        return dated.payer() == undated.payer() && (inPeriod || dated.payer() != Payer.REGION);
                    } catch (NoRuleAppliesException e) {
                        return !inPeriod && undated.payer() == Payer.REGION;
                    }
                });
    }
}
