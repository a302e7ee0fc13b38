package fr.cdgrules.cdg79;

import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.PreParsedDescriptor;
import fr.cdgrules.core.descriptor.Reading;
import fr.cdgrules.core.descriptor.ReadingOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The bundled descriptor of the CDG79 ({@code cdg79.yaml}, next to this class): texts and articles,
 * territory, terms, the pack tariff, the ceiling, the hourly rates, the readings and the test cases.
 * The Java of this module reads its data from it.
 */
public final class Cdg79Descriptor {
    /** The resource, next to this class. */
    public static final String RESOURCE = "cdg79.yaml";

    private static final Descriptor BUNDLED = load();

    private Cdg79Descriptor() {}

    /** @return the descriptor as bundled */
    public static Descriptor bundled() {
        return BUNDLED;
    }

    /**
     * An option of a reading as the bundled descriptor declares it: its meaning in words and the
     * parameters it sets. The reading enums of this module take their words and figures from here.
     *
     * @param readingId the reading id, e.g. {@code ceiling3500}
     * @param optionId the option id, the name of the enum constant
     * @return the declared option
     * @throws IllegalStateException if the descriptor does not declare it (a bug of this module,
     *     caught by its tests)
     * @throws NullPointerException if an argument is null, naming it
     */
    public static ReadingOption option(String readingId, String optionId) {
        java.util.Objects.requireNonNull(readingId, "readingId");
        java.util.Objects.requireNonNull(optionId, "optionId");
        Optional<Reading> reading = BUNDLED.reading(readingId); // (plain code: a lambda costs a one-shot command its linking)
        Optional<ReadingOption> option = reading.isPresent() ? reading.get().option(optionId) : Optional.empty();
        if (option.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " declares no option " + optionId + " of the reading " + readingId);
        }
        return option.get();
    }

    private static Descriptor load() {
        try (InputStream in = Cdg79Descriptor.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (InputStream tree = Cdg79Descriptor.class.getResourceAsStream(RESOURCE + PreParsedDescriptor.SUFFIX)) {
                // the pre-parsed form made at build time, used only if made from this very text
                return PreParsedDescriptor.read(RESOURCE, in, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
