package fr.cdgrules.core.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.bean.BeanSerializerBase;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Refuses, at every level of a document, a value that has no JSON form. Jackson's own check
 * ({@code FAIL_ON_EMPTY_BEANS}) lets through a type that carries a Jackson annotation but no property
 * (a rule, a pricing, options): it would be written as {@code {}}, silently, inside a larger value. This
 * modifier replaces the serializer of such a type by one that fails; {@link CdgJson#write(Object)}
 * then names the path of the part in its message.
 */
final class NoJsonForm extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    /** The message of the failure; {@link CdgJson#write(Object)} recognises it by the exception type. */
    static final String REASON = "no JSON form";

    @Override
    public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
            ValueSerializer<?> serializer) {
        if (serializer instanceof BeanSerializerBase && !serializer.properties().hasNext()
                && description.get().findAnyGetter() == null) {
            return new Refusing(description.getType());
        }
        return serializer;
    }

    /** The serializer of a type with no property: writing a value of it is an error, never {@code {}}. */
    private static final class Refusing extends StdSerializer<Object> {
        private final JavaType type;

        Refusing(JavaType type) {
            super(type);
            this.type = type;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            ctxt.reportBadDefinition(type, REASON);
        }
    }
}
