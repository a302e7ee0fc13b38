package fr.cdgrules.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample files of the project ({@code examples/samples/}), found from the working directory or one of its parents. */
final class Samples {
    private Samples() {}

    /**
     * @param name a file of {@code examples/samples/}, e.g. {@code register-cdg79.csv}
     * @return its text (UTF-8)
     * @throws IllegalStateException if no parent of the working directory has it
     */
    static String read(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("examples").resolve("samples").resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("examples/samples/" + name + " not found from " + Path.of("").toAbsolutePath());
    }
}
