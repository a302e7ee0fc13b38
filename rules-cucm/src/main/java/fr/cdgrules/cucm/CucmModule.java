package fr.cdgrules.cucm;

import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The CUCM rule module (id {@code cucm}), found through {@link java.util.ServiceLoader}: the
 * cotisation of the member communes (EPCI SIREN 247100290) and the framework convention of
 * 1 July 2022 – 30 June 2024, under the default readings ({@link CucmRules#standard()}). For the
 * rest of the rules (missions, priorities, termination dues) use {@link #rules()}. Immutable and
 * thread-safe.
 */
public final class CucmModule implements RuleModule {
    private final CucmRules rules;

    /** Creates the module with the default readings and the bundled costs. */
    public CucmModule() {
        this.rules = CucmRules.standard();
    }

    /** @return the rules behind this module */
    public CucmRules rules() {
        return rules;
    }

    @Override
    public String id() {
        return "cucm";
    }

    @Override
    public String issuingBody() {
        return CucmText.ISSUING_BODY;
    }

    @Override
    public List<SourceText> sources() {
        return List.of(CucmText.sourceText());
    }

    @Override
    public Territory territory() {
        return CucmText.TERRITORY;
    }

    @Override
    public Optional<AnnualFees> annualFees() {
        return Optional.of(rules.annualFees());
    }

    @Override
    public ConventionTerms conventionTerms() {
        return rules.conventionTerms();
    }

    /**
     * The framework convention runs from 1 July 2022 to 30 June 2024 "Quel que soit la date
     * d'adhésion individuelle des communes" (art. 9): the same convention whatever start is asked.
     *
     * @param start ignored
     * @return the framework convention, 2022-07-01 to 2024-06-30
     */
    @Override
    public Convention convention(LocalDate start) {
        return rules.convention();
    }

    @Override
    public String toString() {
        return "cucm rule module (" + CucmText.ISSUING_BODY + ")";
    }
}
