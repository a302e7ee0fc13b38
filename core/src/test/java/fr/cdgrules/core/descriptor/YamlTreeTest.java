package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@link YamlTree} gives the mapper's tree and the mapper's errors. */
class YamlTreeTest {
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The tree or the error, as text with the node types, for comparing both readers. */
    private static String outcome(java.util.function.Function<String, JsonNode> reader, String yaml) {
        try {
            JsonNode n = reader.apply(yaml);
            return n.getClass().getSimpleName() + " " + n + " " + types(n);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String types(JsonNode n) {
        StringBuilder sb = new StringBuilder(n.getNodeType() + "/" + n.getClass().getSimpleName());
        if (n.isContainer()) {
            sb.append('[');
            for (JsonNode c : n.values()) {
                sb.append(types(c)).append(',');
            }
            for (String name : n.propertyNames()) {
                sb.append(name).append(',');
            }
            sb.append(']');
        }
        return sb.toString();
    }

    private static void same(String yaml, String what) {
        JsonNode expected = null;
        try {
            expected = MAPPER.readTree(yaml);
        } catch (RuntimeException e) {
            // compared through outcome below
        }
        assertEquals(outcome(MAPPER::readTree, yaml), outcome(YamlTree::read, yaml), what);
        if (expected != null) {
            assertEquals(expected, YamlTree.read(yaml), what);
        }
    }

    @Test
    void everyYamlFileOfTheProjectGivesTheMappersTree() throws IOException {
        List<Path> files = ProjectYamlFiles.list();
        for (Path f : files) {
            same(Files.readString(f, StandardCharsets.UTF_8), f.toString());
        }
    }

    @Test
    void edgeCasesGiveTheMappersTreeOrError() {
        List<String> cases = List.of("", "   \n", "# only a comment\n", "~", "null", "hello", "- a\n- b\n",
                "a: 1.50\nb: 12345678901\nc: 123456789012345678901234\nd: 0x1F\ne: .5\nf: 1e3\ng: true\nh: null\n"
                        + "i: !!str 12\nj: &x [1]\nk: *x\nl: -0\nm: 2026-01-01\nn: ''\no:\np: [1, [2, {q: 3}]]\n",
                "a: 1\na: 2\n", "a: 1\n---\nb: 2\n", "---\na: 1\n...\n", "a: !!binary aGVsbG8=\n", "a: [1, 2\n",
                "a:\n\tb: 1\n", "{a: 1, b: [x, y]}", "a: 'unterminated\n", "? [complex]\n: key\n",
                "[".repeat(600) + "]".repeat(600), "a: " + "9".repeat(1200) + "\n", "a: 1.0e-400\n");
        for (String c : cases) {
            same(c, c.length() > 60 ? c.substring(0, 60) : c);
        }
    }
}
