package fr.cdgrules.core.error;

import java.util.List;
import java.util.Optional;

/** No rule module with the requested id is on the module path or class path. */
public class UnknownRuleModuleException extends CdgRulesException {
    private static final long serialVersionUID = 1L;

    /** The id asked for. */
    private final String id;

    /**
     * @param id the id asked for
     * @param available the ids of the modules found
     */
    public UnknownRuleModuleException(String id, List<String> available) {
        super("unknown rule module '" + id + "'; available: "
                + (available.isEmpty() ? "none" : String.join(", ", available)), List.of());
        this.id = id;
    }

    /** @return the id asked for */
    public String id() {
        return id;
    }

    @Override
    public Optional<String> field() {
        return Optional.of("module");
    }
}
