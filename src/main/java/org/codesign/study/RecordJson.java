package org.codesign.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes configuration records whose component names are the JSON keys (the
 * configuration files of the CLI). Components may be int, long, double, String, enums with
 * {@code label()}/{@code parse(String)}, and lists of integers (nested once). Unknown and
 * missing keys are errors that name the key.
 */
final class RecordJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {}

    static ObjectNode write(String template, Record value) {
        ObjectNode out = NODES.objectNode();
        out.put("template", template);
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = get(c, value);
            if (v != null) {
                out.set(c.getName(), toJson(v));
            }
        }
        return out;
    }

    /** Reads a record of {@code type} from an object whose "template" key was already checked. */
    static <R extends Record> R read(JsonIn in, Class<R> type, Set<String> optionalKeys) throws StudyFormatException {
        RecordComponent[] components = type.getRecordComponents();
        List<String> keys = new ArrayList<>(List.of("template"));
        Arrays.stream(components).forEach(c -> keys.add(c.getName()));
        in.only(keys.toArray(String[]::new));
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (!in.has(c.getName()) && optionalKeys.contains(c.getName())) {
                continue;
            }
            args[i] = fromJson(in.field(c.getName()), c.getGenericType());
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw in.error(iae);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    private static Object get(RecordComponent c, Record value) {
        try {
            return c.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode toJson(Object v) {
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Enum<?> e) {
            return NODES.textNode(label(e));
        }
        if (v instanceof java.util.Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, x) -> object.set(String.valueOf(k), toJson(x)));
            return object;
        }
        if (v instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(x -> array.add(toJson(x)));
            return array;
        }
        throw new IllegalArgumentException("cannot write " + v.getClass());
    }

    private static Object fromJson(JsonIn in, Type type) throws StudyFormatException {
        if (type == int.class || type == Integer.class) {
            return in.integer();
        }
        if (type == long.class) {
            return in.whole();
        }
        if (type == double.class) {
            return in.number();
        }
        if (type == String.class) {
            return in.text();
        }
        if (type instanceof Class<?> cls && cls.isEnum()) {
            return parseEnum(in, cls);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == java.util.Map.class) {
            // a map of names to numbers (an imported Timeloop architecture's attributes)
            java.util.Map<String, Double> out = new java.util.TreeMap<>();
            JsonIn object = in.object();
            for (String key : object.keys()) {
                out.put(key, object.field(key).number());
            }
            return out;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type element = p.getActualTypeArguments()[0];
            return in.list(e -> fromJson(e, element));
        }
        throw new IllegalStateException("unsupported component type " + type);
    }

    private static Object parseEnum(JsonIn in, Class<?> cls) throws StudyFormatException {
        return in.parse(text -> {
            try {
                return cls.getMethod("parse", String.class).invoke(null, text);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException iae) {
                    throw iae;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String label(Enum<?> e) {
        try {
            return (String) e.getClass().getMethod("label").invoke(e);
        } catch (ReflectiveOperationException ex) {
            return e.name();
        }
    }
}
