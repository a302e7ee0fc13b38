package fr.cdgrules.cucm.convention;

import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The termination for fault of art. 10, with its bar: « A moins que les manquements ne soient
 * imputables à des circonstances de force majeure dûment établies, la communauté urbaine pourra
 * prononcer de plein droit, en cas de non-respect des stipulations de la présente convention [...],
 * la résiliation de sa convention ». « La même faculté de résiliation est reconnue à chaque
 * commune » under « le même formalisme »: the bar holds both ways.
 */
public final class FaultTermination {
    private FaultTermination() {}

    /**
     * Serves the formal notice (mise en demeure) that precedes a termination for fault.
     *
     * @param convention the commune's convention
     * @param servedOn the day it was notified
     * @param breach « la nature des manquements constatés »
     * @param forceMajeure circumstances of force majeure established for those breaches, if any
     * @return the convention with the formal notice recorded
     * @throws NoRuleAppliesException if the breaches are imputable to force majeure
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Convention formalNotice(Convention convention, LocalDate servedOn, String breach,
            Optional<ForceMajeure> forceMajeure) {
        java.util.Objects.requireNonNull(breach, "breach");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(servedOn, "servedOn");
        Objects.requireNonNull(forceMajeure, "forceMajeure");
        bar("a formal notice for fault served on " + servedOn, forceMajeure);
        return convention.withFormalNotice(servedOn, breach);
    }

    /**
     * Confirms the termination for fault after the cure period ran out without effect.
     *
     * @param convention the commune's convention, with its formal notice
     * @param confirmedOn the day the confirming letter was notified
     * @param forceMajeure circumstances of force majeure established for the breaches, if any
     * @return the convention with the termination recorded
     * @throws NoRuleAppliesException if the breaches are imputable to force majeure
     * @throws fr.cdgrules.core.error.InvalidInputException if no formal notice precedes it or the cure
     *     period has not run out
     */
    public static Convention confirm(Convention convention, LocalDate confirmedOn, Optional<ForceMajeure> forceMajeure) {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
        Objects.requireNonNull(forceMajeure, "forceMajeure");
        bar("a termination for fault confirmed on " + confirmedOn, forceMajeure);
        return convention.withFaultTerminationConfirmed(confirmedOn);
    }

    private static void bar(String subject, Optional<ForceMajeure> forceMajeure) {
        if (forceMajeure.isPresent()) {
            throw new NoRuleAppliesException(subject + ": the breaches are imputable to " + forceMajeure.get()
                    + " (« A moins que les manquements ne soient imputables à des circonstances de force majeure "
                    + "dûment établies »)", List.of(CucmArticles.ART_10));
        }
    }
}
