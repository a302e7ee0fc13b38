package fr.cdgrules.cdg44;

import fr.cdgrules.core.descriptor.DescribedParameter;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.descriptor.ParameterVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bundled descriptor of the CDG44 cooperation ({@code cdg44.yaml}, next to this class): texts and
 * articles, territory, terms, the dated parameters the text sets (cohort size, immersion length, the
 * approval period 2024-2027, the committee's rhythm, the deployment calendar, the signatories'
 * authorisations), the readings, the capabilities, hooks and test cases. The Java of this module reads
 * its data from it.
 *
 * <p>Each parameter of 002 has one version (the convention's own words); {@link #number(String)} and
 * {@link #date(String)} give the value of the latest bundled version.
 */
public final class Cdg44Descriptor {
    /** The resource, next to this class. */
    public static final String RESOURCE = "cdg44.yaml";

    private Cdg44Descriptor() {}

    /** Read when first asked for: finding the module through the loader reads nothing. */
    private static final class Holder {
        static final Descriptor BUNDLED = load();
    }

    /** @return the descriptor as bundled */
    public static Descriptor bundled() {
        return Holder.BUNDLED;
    }

    /**
     * @param key a number parameter of {@code cdg44.yaml}, e.g. {@code cohortMaximum}
     * @return the value of its latest bundled version
     * @throws IllegalArgumentException if the descriptor has no such parameter (a bug)
     * @throws NullPointerException if an argument is null, naming it
     */
    public static BigDecimal number(String key) {
        java.util.Objects.requireNonNull(key, "key");
        return latest(key).toVersion(BigDecimal.class).value();
    }

    /**
     * @param key a date parameter of {@code cdg44.yaml}, e.g. {@code approvalLastDay}
     * @return the value of its latest bundled version
     * @throws IllegalArgumentException if the descriptor has no such parameter (a bug)
     * @throws NullPointerException if an argument is null, naming it
     */
    public static LocalDate date(String key) {
        java.util.Objects.requireNonNull(key, "key");
        return latest(key).toVersion(LocalDate.class).value();
    }

    private static ParameterVersion latest(String key) {
        DescribedParameter p = bundled().parameter(key);
        List<ParameterVersion> versions = p.versions();
        return versions.get(versions.size() - 1);
    }

    private static Descriptor load() {
        try (InputStream in = Cdg44Descriptor.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return DescriptorLoader.read(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
