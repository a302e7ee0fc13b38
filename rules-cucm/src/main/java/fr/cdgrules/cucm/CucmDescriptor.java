package fr.cdgrules.cucm;

import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.PreParsedDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled descriptor of the CUCM ({@code cucm.yaml}, next to this class): text and articles,
 * territory, terms, the scale of cotisations, the hourly unit cost and structure-cost rate, the
 * readings and the test cases. The Java of this module reads its data from it.
 */
public final class CucmDescriptor {
    /** The resource, next to this class. */
    public static final String RESOURCE = "cucm.yaml";

    private static final Descriptor BUNDLED = load();

    private CucmDescriptor() {}

    /** @return the descriptor as bundled */
    public static Descriptor bundled() {
        return BUNDLED;
    }

    private static Descriptor load() {
        try (InputStream in = CucmDescriptor.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (InputStream tree = CucmDescriptor.class.getResourceAsStream(RESOURCE + PreParsedDescriptor.SUFFIX)) {
                // the pre-parsed form made at build time, used only if made from this very text
                return PreParsedDescriptor.read(RESOURCE, in, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
