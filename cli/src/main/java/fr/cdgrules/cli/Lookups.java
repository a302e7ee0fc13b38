package fr.cdgrules.cli;

import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.cli.data.Commune;
import java.util.regex.Pattern;

/** The lookups the commands share, each failing with the documented exit code. */
final class Lookups {
    /** An INSEE commune code: five characters, digits, or 2A/2B for Corsica. */
    static final Pattern INSEE_CODE = Pattern.compile("\\d{5}|2[AB]\\d{3}");

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

    /**
     * @param context the context
     * @param module a module
     * @return its annual-fee capability
     * @throws RefusedException (exit 3) if the module sets no annual fee
     */
    static AnnualFees fees(CliContext context, RuleModule module) {
        return module.annualFees().orElseThrow(() -> new RefusedException("module '" + module.id()
                + "' sets no annual fee (not priced); priced modules: " + String.join(", ",
                        context.modules().all().stream().filter(m -> m.annualFees().isPresent()).map(RuleModule::id).toList())));
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
        if (!INSEE_CODE.matcher(c).matches()) {
            throw new UsageException("invalid --commune '" + code
                    + "': an INSEE commune code has five characters, e.g. 79094 or 2A004");
        }
        return context.communes().find(c).orElseThrow(() -> new RefusedException("unknown commune '" + c
                + "': not a current commune in the INSEE 2026 data"));
    }
}
