package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every YAML file of the project (descriptors, fragments, test cases), for tests that read them all. */
final class ProjectYamlFiles {
    private ProjectYamlFiles() {}

    /**
     * @return the {@code .yaml}/{@code .yml} files under the project root (the directory holding {@code mvnw}),
     *     outside {@code target}, {@code .git} and {@code node_modules}
     * @throws IOException if the tree cannot be walked
     */
    static List<Path> list() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")
                    && !p.toString().contains("/node_modules/"))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .forEach(files::add);
        }
        // a test over every file must not pass over none: the four bundled descriptors at least
        assertTrue(files.size() >= 5, "YAML files found: " + files);
        return files;
    }
}
