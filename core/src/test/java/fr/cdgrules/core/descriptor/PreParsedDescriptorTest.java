package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pre-parsed form of a bundled descriptor gives the tree, hence the descriptor and its errors,
 * that a fresh parse of the text gives, and is ignored when made from another text.
 */
class PreParsedDescriptorTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The tree as text with the class of every node, so that an IntNode never passes for a LongNode. */
    static String typed(JsonNode n) {
        StringBuilder sb = new StringBuilder(n.getClass().getSimpleName()).append(':');
        if (n.isObject()) {
            sb.append('{');
            n.properties().forEach(e -> sb.append(e.getKey()).append('=').append(typed(e.getValue())).append(','));
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            n.values().forEach(v -> sb.append(typed(v)).append(','));
            sb.append(']');
        } else if (n.isBigDecimal()) {
            sb.append(n.decimalValue().unscaledValue()).append('e').append(-n.decimalValue().scale());
        } else {
            sb.append(n);
        }
        return sb.toString();
    }

    /** What reading gives: the descriptor in words, or the exception and every error. */
    private static String outcome(java.util.function.Supplier<Descriptor> read) {
        try {
            Descriptor d = read.get();
            return String.join("\n", d.file(), d.id(), d.body(), d.texts().toString(), d.articles().toString(),
                    d.territory().toString(), d.terms().toString(), d.conventionStart().toString(),
                    d.parameters().toString(), d.readings().toString(), d.annualFee().toString(),
                    d.capabilities().toString(), d.hooks().toString(), d.tests().toString(), d.citedBy().toString(),
                    d.toString());
        } catch (InvalidDescriptorException e) {
            return e.getClass().getName() + ": " + e.getMessage() + " " + e.errors();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static InputStream in(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    @Test
    void everyDescriptorOfTheProjectGivesTheSameTreeAndDescriptorFromItsPreParsedForm() throws IOException {
        List<Path> files = ProjectYamlFiles.list();
        int withForm = 0;
        for (Path f : files) {
            byte[] yaml = Files.readAllBytes(f);
            byte[] form = PreParsedDescriptor.form(yaml);
            String text = new String(yaml, StandardCharsets.UTF_8);
            if (form == null) {
                continue; // no plain tree: always parsed
            }
            withForm++;
            JsonNode fresh = YamlTree.read(text);
            JsonNode pre = PreParsedDescriptor.tree(yaml, in(form));
            assertNotNull(pre, f.toString());
            assertEquals(fresh, pre, f.toString());
            assertEquals(typed(fresh), typed(pre), f.toString());
            String name = f.getFileName().toString();
            assertEquals(outcome(() -> DescriptorLoader.read(name, text)),
                    outcome(() -> PreParsedDescriptor.read(name, in(yaml), in(form))), f.toString());
        }
        assertTrue(withForm >= 5, "descriptors with a pre-parsed form: " + withForm + " of " + files);
    }

    @Test
    void theBundledDescriptorsOfTheRuleModulesHaveAFaithfulForm() throws IOException {
        int found = 0;
        for (Path f : ProjectYamlFiles.list()) {
            if (f.toString().contains("/src/main/resources/fr/cdgrules/")) {
                byte[] yaml = Files.readAllBytes(f);
                byte[] form = PreParsedDescriptor.form(yaml);
                assertNotNull(form, f + " has a plain tree");
                DescriptorLoader.read(f.getFileName().toString(), new String(yaml, StandardCharsets.UTF_8)); // valid
                assertEquals(typed(YamlTree.read(new String(yaml, StandardCharsets.UTF_8))),
                        typed(PreParsedDescriptor.tree(yaml, in(form))), f.toString());
                assertTrue(PreParsedDescriptor.isFaithful(in(yaml), in(form)), f.toString());
                byte[] edited = Arrays.copyOf(yaml, yaml.length + 1);
                edited[yaml.length] = '\n';
                assertFalse(PreParsedDescriptor.isFaithful(in(edited), in(form)), "stale: " + f);
                found++;
            }
        }
        assertTrue(found >= 4, "bundled descriptors: " + found);
    }

    @Test
    void aFormMadeFromAnotherTextIsIgnoredAndTheTextIsRead() {
        byte[] before = "id: a\nbody: A\n".getBytes(StandardCharsets.UTF_8);
        byte[] after = "id: B\nbody: A\n".getBytes(StandardCharsets.UTF_8); // same length, other text
        byte[] form = PreParsedDescriptor.form(before);
        assertNotNull(form);
        assertNull(PreParsedDescriptor.tree(after, in(form)));
        assertNull(PreParsedDescriptor.tree("id: a\nbody: AB\n".getBytes(StandardCharsets.UTF_8), in(form)));
        assertEquals(YamlTree.read("id: a\nbody: A\n"), PreParsedDescriptor.tree(before, in(form)));
        // read with the edited text: the edited text's errors, not the old tree's
        String edited = new String(after, StandardCharsets.UTF_8);
        assertEquals(outcome(() -> DescriptorLoader.read("x.yaml", edited)),
                outcome(() -> PreParsedDescriptor.read("x.yaml", in(after), in(form))));
        assertNotEquals(outcome(() -> DescriptorLoader.read("x.yaml", new String(before, StandardCharsets.UTF_8))),
                outcome(() -> PreParsedDescriptor.read("x.yaml", in(after), in(form))), "not the old tree");
    }

    @Test
    void aTruncatedCorruptOrAbsentFormIsIgnored() {
        byte[] yaml = "id: a\nbody: A\nterritory: {x: [1, 2.50, true, ~]}\n".getBytes(StandardCharsets.UTF_8);
        byte[] form = PreParsedDescriptor.form(yaml);
        assertNotNull(form);
        for (int cut = 0; cut < form.length; cut++) {
            assertNull(PreParsedDescriptor.tree(yaml, in(Arrays.copyOf(form, cut))), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(form, form.length + 1);
        assertNull(PreParsedDescriptor.tree(yaml, in(longer)), "a byte after the tree");
        byte[] badTag = form.clone();
        badTag[20] = 'Z'; // the root's tag, after magic, version, length and CRC
        assertNull(PreParsedDescriptor.tree(yaml, in(badTag)));
        byte[] otherVersion = form.clone();
        otherVersion[7] = 2;
        assertNull(PreParsedDescriptor.tree(yaml, in(otherVersion)));
        String text = new String(yaml, StandardCharsets.UTF_8);
        assertEquals(outcome(() -> DescriptorLoader.read("x.yaml", text)),
                outcome(() -> PreParsedDescriptor.read("x.yaml", in(yaml), null)));
        assertEquals(outcome(() -> DescriptorLoader.read("x.yaml", text)),
                outcome(() -> PreParsedDescriptor.read("x.yaml", in(yaml), in(badTag))));
    }

    @Test
    void aTextWithoutAPlainTreeHasNoFormAndKeepsItsOwnErrors() {
        for (String yaml : List.of("", "# only a comment\n", "a: [1, 2\n", "a: 1\na: 2\n", "a: 1\n---\nb: 2\n",
                "a: !!binary aGVsbG8=\n", "\tid: x\n")) {
            byte[] b = yaml.getBytes(StandardCharsets.UTF_8);
            assertNull(PreParsedDescriptor.form(b), yaml);
            assertEquals(outcome(() -> DescriptorLoader.read("x.yaml", yaml)),
                    outcome(() -> PreParsedDescriptor.read("x.yaml", in(b), null)), yaml);
        }
    }

    @Test
    void theBuildStepWritesTheFormNextToTheFileAndRemovesAStaleOne(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, "id: ok\nn: 12345678901\nd: 1.50\nbig: 123456789012345678901234567890\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "a: [1\n");
        Files.write(dir.resolve("bad.yaml" + PreParsedDescriptor.SUFFIX), new byte[] {1, 2, 3});
        PreParsedDescriptor.main(ok.toString(), bad.toString());
        byte[] written = Files.readAllBytes(dir.resolve("ok.yaml.tree"));
        assertArrayEquals(PreParsedDescriptor.form(Files.readAllBytes(ok)), written);
        assertEquals(typed(YamlTree.read(Files.readString(ok))),
                typed(PreParsedDescriptor.tree(Files.readAllBytes(ok), in(written))));
        assertTrue(Files.notExists(dir.resolve("bad.yaml.tree")), "a stale form is removed");
    }

    @Test
    void nullArgumentsAreNamed() {
        byte[] b = "id: a\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("fileName", assertThrows(NullPointerException.class,
                () -> PreParsedDescriptor.read(null, in(b), null)).getMessage());
        assertEquals("yaml", assertThrows(NullPointerException.class,
                () -> PreParsedDescriptor.read("x.yaml", null, null)).getMessage());
    }

    /** Trees of every kind of node the form keeps, nested up to three levels. */
    private static Gen<JsonNode> trees(int depth) {
        Gen<JsonNode> leaves = SourceDSL.integers().between(0, 8).zip(SourceDSL.longs().all(), (kind, v) -> leaf(kind, v));
        if (depth == 0) {
            return leaves;
        }
        Gen<JsonNode> children = trees(depth - 1);
        Gen<List<JsonNode>> lists = SourceDSL.lists().of(children).ofSizeBetween(0, 4);
        return SourceDSL.integers().between(0, 2).zip(lists, leaves, (kind, kids, leaf) -> {
            if (kind == 0) {
                ArrayNode a = NODES.arrayNode();
                kids.forEach(a::add);
                return a;
            }
            if (kind == 1) {
                ObjectNode o = NODES.objectNode();
                for (int i = 0; i < kids.size(); i++) {
                    o.set("k" + i + (i % 2 == 0 ? "é" : ""), kids.get(i));
                }
                return o;
            }
            return leaf;
        });
    }

    private static JsonNode leaf(int kind, long v) {
        switch (kind) {
            case 0:
                return NODES.numberNode((int) v);
            case 1:
                return NODES.numberNode(v);
            case 2:
                return NODES.numberNode(BigInteger.valueOf(v).multiply(BigInteger.TEN.pow(20)));
            case 3:
                return NODES.numberNode(BigDecimal.valueOf(v, (int) (v % 7)));
            case 4:
                return NODES.numberNode(new BigDecimal(BigInteger.valueOf(v), -3)); // 1.2E+4 and the like
            case 5:
                return NODES.stringNode("« texte » " + v + (v % 3 == 0 ? "" : "\n\u0000\uD83D\uDE00"));
            case 6:
                return NODES.booleanNode(v % 2 == 0);
            case 7:
                return NODES.nullNode();
            default:
                return NODES.stringNode("");
        }
    }

    @Test
    void anyTreeComesBackWithTheSameNodesAndOnlyForItsOwnText() {
        qt().forAll(trees(3), SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 30)).checkAssert((tree, text) -> {
            byte[] yaml = text.getBytes(StandardCharsets.UTF_8);
            byte[] form = PreParsedDescriptor.form(yaml, tree);
            assertNotNull(form);
            JsonNode back = PreParsedDescriptor.tree(yaml, in(form));
            assertEquals(tree, back);
            assertEquals(typed(tree), typed(back));
            byte[] other = (text + " ").getBytes(StandardCharsets.UTF_8);
            assertNull(PreParsedDescriptor.tree(other, in(form)));
        });
    }
}
