package fr.cdgrules.cdg62;

import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.PreParsedDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled descriptor of the CDG62 ({@code cdg62.yaml}, next to this class): texts and articles,
 * territory, terms, the dated parameters (the yearly minimum of assistance), the readings, the
 * capabilities, hooks and test cases. The Java of this module reads its data from it.
 */
public final class Cdg62Descriptor {
    /** The resource, next to this class. */
    public static final String RESOURCE = "cdg62.yaml";

    private Cdg62Descriptor() {}

    /** Read when first asked for: finding the module through the loader reads nothing. */
    private static final class Holder {
        static final Descriptor BUNDLED = load();
    }

    /** @return the descriptor as bundled */
    public static Descriptor bundled() {
        return Holder.BUNDLED;
    }

    private static Descriptor load() {
        try (InputStream in = Cdg62Descriptor.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (InputStream tree = Cdg62Descriptor.class.getResourceAsStream(RESOURCE + PreParsedDescriptor.SUFFIX)) {
                // the pre-parsed form made at build time, used only if made from this very text
                return PreParsedDescriptor.read(RESOURCE, in, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
