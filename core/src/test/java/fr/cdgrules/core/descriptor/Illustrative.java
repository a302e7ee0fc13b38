package fr.cdgrules.core.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The illustrative descriptor of the test resources (a fictitious body, never bundled). */
final class Illustrative {
    static final String FILE = "illustrative-cdg00.yaml";

    private Illustrative() {}

    static String yaml() {
        try (InputStream in = Illustrative.class.getResourceAsStream(FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Descriptor descriptor() {
        return DescriptorLoader.read("cdg00.yaml", yaml());
    }
}
