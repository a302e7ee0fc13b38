package fr.cdgrules.core.descriptor;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The tree of a YAML text, as {@code YAMLMapper.readTree} with strict duplicate detection and
 * decimals as {@link java.math.BigDecimal} gives it, built from the parser's tokens without setting
 * up a mapper (which costs a command-line start more than reading a descriptor). Whatever the
 * tokens cannot give as the mapper would (an error, a token after the document, an embedded
 * object) is read again by the mapper itself, so that the tree and every error are the mapper's.
 * Thread-safe.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree() {}

    /** The mapper, built only when the tokens are not enough. */
    private static final class Mapper {
        static final YAMLMapper YAML = YAMLMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Thrown by the builder when the mapper must read the text. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    /**
     * @param yaml a YAML text
     * @return its tree, equal to {@code YAMLMapper.readTree}'s ({@link MissingNode} for an empty text)
     * @throws tools.jackson.core.JacksonException as {@code YAMLMapper.readTree} throws it
     */
    static JsonNode read(String yaml) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return MissingNode.getInstance();
            }
            JsonNode tree = node(p, first);
            if (p.nextToken() != null) {
                throw new NotPlain(); // a second document: the mapper reports it
            }
            return tree;
        } catch (RuntimeException e) { // JacksonException or NotPlain: the mapper's own tree or error
            return Mapper.YAML.readTree(yaml);
        }
    }

    private static JsonNode node(JsonParser p, JsonToken t) {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k == JsonToken.PROPERTY_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, node(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    a.add(node(p, v));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new NotPlain(); // an embedded object, or anything else: the mapper decides
        }
    }
}
