package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.module.RuleModules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad-input catalogue of the command line ({@code bad-input-cli.csv}, documentation too): each
 * row is a command and, for file inputs, a sample file with one field changed; it states the exit
 * code and words of the one line printed on stderr. Stdout stays empty; no Java or Jackson name, no
 * stack trace.
 */
class BadInputCatalogueTest {
    private static final Path SAMPLES = Path.of("../examples/samples");
    private static final CliRunner CLI = new CliRunner(RuleModules::load);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} [{1} {2}] → exit {3}")
    @CsvFileSource(resources = "bad-input-cli.csv", delimiter = '|', quoteCharacter = '~',
            ignoreLeadingAndTrailingWhitespace = true)
    void isRefused(String args, String base, String patch, int exit, String words) throws IOException {
        Path file = dir.resolve("input.json");
        if (!base.equals("none")) {
            Files.writeString(file, build(base, patch), StandardCharsets.UTF_8);
        }
        String[] argv = Arrays.stream(args.split(" +")).map(a -> a.equals("FILE") ? file.toString() : a)
                .toArray(String[]::new);
        CliRunner.Result r = CLI.run(argv);
        assertEquals(exit, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("cdg-rules"), r::toString);
        assertTrue(Arrays.stream(words.split(";")).allMatch(r.err()::contains), () -> "'" + words + "' not all in\n" + r);
        for (String internal : List.of("Exception", "\tat ", "java.", "tools.jackson", "fr.cdgrules", "Immutable",
                "$Json", "JsonToken", "START_", "VALUE_", "`", "LocalDate", "BigDecimal", "Integer")) {
            assertFalse(r.err().contains(internal), () -> "'" + internal + "' in\n" + r);
        }
    }

    private static String build(String base, String patch) throws IOException {
        if (patch != null && patch.startsWith("RAW")) {
            return patch.substring(3).strip();
        }
        String sample = Files.readString(SAMPLES.resolve(base.equals("mission") ? "mission-marigny-2023.json"
                : "access-request-clesse.json"));
        if (patch == null) {
            return sample;
        }
        int eq = patch.indexOf(" = ");
        String[] path = patch.substring(1, eq).split("/");
        JsonNode value = CdgJson.mapper().readTree(patch.substring(eq + 3));
        JsonNode root = CdgJson.mapper().readTree(sample);
        JsonNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
        }
        String last = path[path.length - 1];
        if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return CdgJson.mapper().writeValueAsString(root);
    }
}
