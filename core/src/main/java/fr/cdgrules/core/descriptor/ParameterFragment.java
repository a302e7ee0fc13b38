package fr.cdgrules.core.descriptor;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A descriptor fragment supplying dated parameter versions at run time (a 2027 tariff, a revised
 * unit cost), read by {@link DescriptorLoader#readFragment}:
 *
 * <pre>
 * module: cdg79            # optional: the module it is for
 * parameters:
 *   packFee:
 *     versions:
 *       - effective: 2027-01-01
 *         decision: "délibération du conseil d'administration du CDG79 du 8 décembre 2026"
 *         article: "000 art. 3.1"
 *         strata: [...]
 * </pre>
 *
 * It is checked against the descriptor of the module it is applied to
 * ({@link Descriptor#withParameters}). Immutable.
 */
public final class ParameterFragment {
    private final String file;
    private final String module;
    private final JsonNode tree;

    ParameterFragment(String file, String module, JsonNode tree) {
        this.file = Objects.requireNonNull(file, "file");
        this.module = module;
        this.tree = tree.deepCopy();
    }

    /** @return the file it was read from */
    public String file() {
        return file;
    }

    /** @return the module it declares it is for, if it says */
    public Optional<String> module() {
        return Optional.ofNullable(module);
    }

    JsonNode tree() {
        return tree;
    }

    @Override
    public String toString() {
        return "parameter fragment " + file;
    }
}
