package fr.cdgrules.cli;

import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.cli.data.Commune;

/** The lookups the commands share, each failing with the documented exit code. */
final class Lookups {
    private Lookups() {}

    /**
     * @param context the context
     * @param id a module id
     * @return the module
     * @throws fr.cdgrules.core.error.UnknownRuleModuleException (exit 2) if none has that id
     */
    static RuleModule module(CliContext context, String id) {
        return context.modules().get(id);
    }

    static RuleModule module(CliContext context, RulesOptions rules, ParameterOptions parameters, String id) {
        RuleModule m = rules.modules(context).get(id);
        return parameters == null ? m : parameters.apply(m);
    }

    /**
     * @param context the context
     * @param module a module
     * @return its annual-fee capability
     * @throws RefusedException (exit 3) if the module sets no annual fee
     */
    static AnnualFees fees(CliContext context, RuleModule module) {
        if (module.annualFees().isPresent()) { // (plain code: a lambda costs a one-shot command its linking)
            return module.annualFees().get();
        }
        throw new RefusedException("module '" + module.id()
                + "' sets no annual fee (not priced); priced modules: " + String.join(", ",
                        context.modules().all().stream().filter(m -> m.annualFees().isPresent()).map(RuleModule::id).toList()));
    }

    /**
     * @param context the context
     * @param code an INSEE code
     * @return the commune
     * @throws UsageException (exit 2) if the code is malformed
     * @throws RefusedException (exit 3) if the data has no such commune
     */
    static Commune commune(CliContext context, String code) {
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!ArgumentShapes.inseeCode(c)) {
            throw new UsageException("invalid --commune '" + code
                    + "': an INSEE commune code has five characters, e.g. 79094 or 2A004");
        }
        java.util.Optional<Commune> found = context.communes().find(c);
        if (found.isEmpty()) {
            throw new RefusedException("unknown commune '" + c + "': not a current commune in the INSEE 2026 data");
        }
        return found.get();
    }
}
