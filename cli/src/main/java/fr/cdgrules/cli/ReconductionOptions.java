package fr.cdgrules.cli;

import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.convention.Reconduction;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The options recording a reconduction of the CUCM framework convention decided after the bilan
 * (délibération « avant qu'un bilan ne décide de sa reconduction »; art. 9 « non reconductible de
 * façon tacite »; art. 12 avenant), shared by {@code deadlines cucm} and {@code bill cucm}.
 */
final class ReconductionOptions {
    @Option(names = "--reconducted-until", paramLabel = "YYYY-MM-DD",
            description = "cucm only: the last day set by a reconduction decided after the bilan (art. 9 « non reconductible de façon tacite », art. 12 avenant).")
    LocalDate reconductedUntil;

    @Option(names = "--reconduction-decided-on", paramLabel = "YYYY-MM-DD",
            description = "cucm only, with --reconducted-until: the day the reconduction was decided.")
    LocalDate reconductionDecidedOn;

    @Option(names = "--reconduction-decision", paramLabel = "TEXT",
            description = "cucm only, with --reconducted-until: the decision (avenant, deliberation).")
    String reconductionDecision;

    /** @return true if any reconduction option is given */
    boolean given() {
        return reconductedUntil != null || reconductionDecidedOn != null || reconductionDecision != null;
    }

    /**
     * @param rules the CUCM rules
     * @return them with the reconduction recorded, or unchanged when none is given
     * @throws UsageException if only part of the reconduction is given
     */
    CucmRules apply(CucmRules rules) {
        if (!given()) {
            return rules;
        }
        if (reconductedUntil == null || reconductionDecidedOn == null) {
            throw new UsageException("a reconduction needs both --reconducted-until and --reconduction-decided-on");
        }
        String decision = reconductionDecision == null || reconductionDecision.isBlank()
                ? "reconduction decided on " + reconductionDecidedOn : reconductionDecision;
        return rules.withReconduction(Reconduction.of(reconductionDecidedOn, reconductedUntil, decision));
    }

    /** @return the usage error for a module other than cucm */
    static UsageException cucmOnly() {
        return new UsageException("--reconducted-until is for the cucm module only (its convention is "
                + "« non reconductible de façon tacite » until a bilan decides)");
    }
}
