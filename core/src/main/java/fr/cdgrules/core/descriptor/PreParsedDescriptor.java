package fr.cdgrules.core.descriptor;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A descriptor bundled with a rule module, read from its <em>pre-parsed form</em> (forme
 * pré-analysée): the tree of its YAML text, written at build time next to it (resource
 * {@code <name>.yaml}{@value #SUFFIX}) by {@link #main(String...)}, so that a one-shot start (the
 * command line) does not pay for the YAML parser. The form records the length and CRC-32 of the text
 * it was made from: read with a text it was not made from (an edited descriptor, a stale build), or
 * missing, or unreadable, it is ignored and the text itself is parsed. Either way the same checks run
 * on the same tree ({@link DescriptorLoader#read(String, String)}), so the descriptor, its validation
 * and its error messages are those of the text. Descriptors written by users are always read from
 * their text.
 *
 * <p>Thread-safe (stateless).
 */
public final class PreParsedDescriptor {
    /** What the pre-parsed form's resource name adds to the descriptor's, e.g. {@code cdg79.yaml.tree}. */
    public static final String SUFFIX = ".tree";

    private static final int MAGIC = 0x43444754; // "CDGT"
    private static final int VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final byte OBJECT = 'O';
    private static final byte ARRAY = 'A';
    private static final byte STRING = 'S';
    private static final byte INT = 'I';
    private static final byte LONG = 'L';
    private static final byte BIG_INTEGER = 'B';
    private static final byte DECIMAL = 'D';
    private static final byte TRUE = 'T';
    private static final byte FALSE = 'F';
    private static final byte NULL = 'N';

    private PreParsedDescriptor() {}

    /**
     * Reads a bundled descriptor: from its pre-parsed form when it was made from exactly this text,
     * else from the text.
     *
     * @param fileName the name to report errors under (the resource name, e.g. {@code cdg79.yaml})
     * @param yaml the descriptor text, UTF-8; read whole, not closed
     * @param preParsed its pre-parsed form, or null if there is none; read whole, not closed
     * @return the descriptor, the same as {@link DescriptorLoader#read(String, InputStream)} gives
     * @throws InvalidDescriptorException listing every error
     * @throws UncheckedIOException if the text cannot be read
     * @throws NullPointerException naming {@code fileName} or {@code yaml} if null
     */
    public static Descriptor read(String fileName, InputStream yaml, InputStream preParsed) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(yaml, "yaml");
        byte[] text;
        try {
            text = yaml.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode tree = preParsed == null ? null : tree(text, preParsed);
        return tree != null
                ? DescriptorLoader.read(fileName, tree)
                : DescriptorLoader.read(fileName, new String(text, StandardCharsets.UTF_8));
    }

    /**
     * Whether a pre-parsed form is faithful to a text: made from it, and holding the very tree a fresh
     * parse of the text gives (equal values, and the same kind of node everywhere, e.g. an int node
     * where the parse gives an int node). For the tests of a module that bundles a descriptor.
     *
     * @param yaml the descriptor text, UTF-8; read whole, not closed
     * @param preParsed the pre-parsed form; read whole, not closed
     * @return true if faithful
     * @throws UncheckedIOException if the text cannot be read
     * @throws NullPointerException naming the parameter if an argument is null
     */
    public static boolean isFaithful(InputStream yaml, InputStream preParsed) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(preParsed, "preParsed");
        byte[] text;
        try {
            text = yaml.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode tree = tree(text, preParsed);
        return tree != null && sameNodes(YamlTree.read(new String(text, StandardCharsets.UTF_8)), tree);
    }

    private static boolean sameNodes(JsonNode a, JsonNode b) {
        if (a.getClass() != b.getClass() || !a.equals(b) || a.size() != b.size()) {
            return false;
        }
        if (a.isObject()) {
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                if (!sameNodes(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
        } else if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameNodes(a.get(i), b.get(i))) {
                    return false;
                }
            }
        } else if (a.isBigDecimal() && a.decimalValue().scale() != b.decimalValue().scale()) {
            return false;
        }
        return true;
    }

    /**
     * The tree a pre-parsed form holds, if it was made from this text.
     *
     * @param yaml the descriptor text, UTF-8
     * @param preParsed the pre-parsed form; read whole, not closed
     * @return the tree, or null if the form was made from another text, is of another format
     *     version, or cannot be read
     * @throws NullPointerException naming the parameter if an argument is null
     */
    static JsonNode tree(byte[] yaml, InputStream preParsed) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(preParsed, "preParsed");
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(preParsed.readAllBytes()));
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != yaml.length
                    || in.readLong() != crc(yaml)) {
                return null;
            }
            JsonNode tree = node(in);
            return in.read() == -1 ? tree : null;
        } catch (IOException | RuntimeException e) {
            return null; // truncated or corrupt: the text is parsed
        }
    }

    /**
     * The pre-parsed form of a descriptor text: the tree {@link DescriptorLoader} would check.
     *
     * @param yaml the descriptor text, UTF-8
     * @return the form, or null if the text has no tree of plain nodes (not YAML, empty, a binary or
     *     other embedded value): such a text is always parsed, and reports its own errors
     * @throws NullPointerException naming {@code yaml} if null
     */
    static byte[] form(byte[] yaml) {
        Objects.requireNonNull(yaml, "yaml");
        JsonNode tree;
        try {
            tree = YamlTree.read(new String(yaml, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;
        }
        return tree == null || tree.isMissingNode() || tree.isNull() ? null : form(yaml, tree);
    }

    /**
     * @param yaml the text the tree comes from, UTF-8
     * @param tree its tree
     * @return the pre-parsed form, or null if the tree holds a node other than an object, array,
     *     string, int, long, big integer, decimal, boolean or null node
     */
    static byte[] form(byte[] yaml, JsonNode tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(yaml.length);
            out.writeLong(crc(yaml));
            if (!write(out, tree)) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The build step: writes the pre-parsed form of each descriptor file next to it
     * ({@code <file>}{@value #SUFFIX}), or removes a stale one when the file has no plain tree.
     *
     * @param files descriptor files
     * @throws IOException if a file cannot be read or written
     * @throws NullPointerException naming {@code files} if null
     */
    public static void main(String... files) throws IOException {
        for (String f : Objects.requireNonNull(files, "files")) {
            Path yaml = Path.of(f);
            Path target = yaml.resolveSibling(yaml.getFileName() + SUFFIX);
            byte[] form = form(Files.readAllBytes(yaml));
            if (form == null) {
                Files.deleteIfExists(target);
                System.err.println(yaml + ": no pre-parsed form (the text is parsed at each start)");
            } else {
                Files.write(target, form);
            }
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    /** @return false if the tree holds a node the form does not keep */
    private static boolean write(DataOutputStream out, JsonNode n) throws IOException {
        Class<?> type = n.getClass();
        if (type == ObjectNode.class) {
            out.writeByte(OBJECT);
            out.writeInt(n.size());
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                string(out, e.getKey());
                if (!write(out, e.getValue())) {
                    return false;
                }
            }
        } else if (type == ArrayNode.class) {
            out.writeByte(ARRAY);
            out.writeInt(n.size());
            for (JsonNode v : n.values()) {
                if (!write(out, v)) {
                    return false;
                }
            }
        } else if (type == StringNode.class) {
            out.writeByte(STRING);
            string(out, n.stringValue());
        } else if (type == IntNode.class) {
            out.writeByte(INT);
            out.writeInt(n.intValue());
        } else if (type == LongNode.class) {
            out.writeByte(LONG);
            out.writeLong(n.longValue());
        } else if (type == BigIntegerNode.class) {
            out.writeByte(BIG_INTEGER);
            string(out, n.bigIntegerValue().toString());
        } else if (type == DecimalNode.class) {
            out.writeByte(DECIMAL);
            string(out, n.decimalValue().unscaledValue().toString());
            out.writeInt(n.decimalValue().scale());
        } else if (type == BooleanNode.class) {
            out.writeByte(n.booleanValue() ? TRUE : FALSE);
        } else if (type == NullNode.class) {
            out.writeByte(NULL);
        } else {
            return false;
        }
        return true;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static JsonNode node(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (int i = in.readInt(); i > 0; i--) {
                    String name = string(in);
                    o.set(name, node(in));
                }
                return o;
            }
            case ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (int i = in.readInt(); i > 0; i--) {
                    a.add(node(in));
                }
                return a;
            }
            case STRING:
                return NODES.stringNode(string(in));
            case INT:
                return NODES.numberNode(in.readInt());
            case LONG:
                return NODES.numberNode(in.readLong());
            case BIG_INTEGER:
                return NODES.numberNode(new BigInteger(string(in)));
            case DECIMAL: {
                BigInteger unscaled = new BigInteger(string(in));
                return NODES.numberNode(new BigDecimal(unscaled, in.readInt()));
            }
            case TRUE:
                return NODES.booleanNode(true);
            case FALSE:
                return NODES.booleanNode(false);
            case NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unknown node tag " + tag);
        }
    }
}
