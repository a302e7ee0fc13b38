package fr.cdgrules.cli;

import fr.cdgrules.cdg79.Cdg79Rules;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.cdg79.duration.ConventionStart;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.module.RuleModule;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * Where a module places the first day of its convention from what the caller gave: a start date
 * ({@code --start}), or a decision date and a budget year joined ({@code --decided-on},
 * {@code --joining-year}). A module with a start reading (cdg79: « à compter de l'exercice budgétaire
 * N ») applies it and explains it; the others take the date through the SPI's {@code convention(date)}.
 */
final class ConventionStarts {
    /** A convention and, when the module placed its start, why. */
    record Placed(Convention convention, Optional<String> why, Optional<Explanation> explanation, Optional<Year> joiningYear) {}

    private ConventionStarts() {}

    static Placed place(RuleModule m, LocalDate date, Optional<Year> joiningYear) {
        Optional<Cdg79Rules> cdg79 = m.capability(Cdg79Rules.class);
        if (cdg79.isPresent()) {
            AdhesionDecision decision = joiningYear.map(y -> AdhesionDecision.of(date, y))
                    .orElseGet(() -> AdhesionDecision.joiningTheSameYear(date));
            ConventionStart s = cdg79.get().conventionStart(decision);
            String why = "decision of " + date + " joining budget year " + decision.joiningYear()
                    + "; start placed by the reading " + s.reading().name() + ": " + s.reading().describe();
            return new Placed(s.convention(), Optional.of(why), Optional.of(s.explanation()),
                    Optional.of(decision.joiningYear()));
        }
        if (joiningYear.isPresent()) {
            throw new UsageException("--joining-year applies to a module whose convention starts with the budget year"
                    + " joined (cdg79); " + m.id() + " starts its convention on the date given: use --start");
        }
        Convention c = m.convention(date);
        return new Placed(c, c.start().equals(date) ? Optional.empty()
                : Optional.of("its fixed start; asked " + date), Optional.empty(), Optional.empty());
    }
}
