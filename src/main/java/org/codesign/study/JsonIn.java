package org.codesign.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A JSON node that knows its file and JSON pointer, so that every problem is reported as
 * "file: /path/0/key: what is wrong" (the root is "/"). Reading is strict: wrong types,
 * non-finite numbers and unknown keys are errors.
 */
final class JsonIn {
    private final String file;
    private final String path;
    private final JsonNode node;

    private JsonIn(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static JsonIn root(String file, JsonNode node) {
        return new JsonIn(file, "", node);
    }

    /** The JSON pointer of this node, "/" for the root. */
    String file() {
        return file;
    }

    String path() {
        return path.isEmpty() ? "/" : path;
    }

    JsonNode node() {
        return node;
    }

    StudyFormatException error(String problem) {
        return new StudyFormatException(file, path(), problem);
    }

    /** An error at a key of this object that may not exist (a missing or unknown key). */
    StudyFormatException errorAt(String key, String problem) {
        return new StudyFormatException(file, child(key), problem);
    }

    private String child(String key) {
        return path + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** "depths[1].kernel" to "/depths/1/kernel": the field names of value types' messages as a pointer. */
    static String pointer(String dotted) {
        return "/" + dotted.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
    }

    /**
     * Turns a validation message of a value type ("depths[1]: must be positive") into an error
     * at the pointer of the field it names ("/depths/1: must be positive").
     */
    StudyFormatException error(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int colon = message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[A-Za-z][\\w.]*(\\[\\d+\\])*")) {
            return new StudyFormatException(
                    file, path + pointer(message.substring(0, colon)), message.substring(colon + 2));
        }
        return new StudyFormatException(file, path(), message);
    }

    JsonIn object() throws StudyFormatException {
        if (!node.isObject()) {
            throw error("expected an object, found " + describe(node));
        }
        return this;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    JsonIn field(String key) throws StudyFormatException {
        object();
        JsonNode child = node.get(key);
        if (child == null || child.isNull()) {
            throw errorAt(key, "missing");
        }
        return new JsonIn(file, child(key), child);
    }

    Optional<JsonIn> optional(String key) throws StudyFormatException {
        object();
        return has(key) ? Optional.of(new JsonIn(file, child(key), node.get(key))) : Optional.empty();
    }

    /** Fails on the first key not in {@code allowed}. */
    JsonIn only(String... allowed) throws StudyFormatException {
        object();
        Set<String> known = new TreeSet<>(Arrays.asList(allowed));
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw errorAt(name, "unknown key (expected one of " + String.join(", ", known) + ")");
            }
        }
        return this;
    }

    List<String> keys() throws StudyFormatException {
        object();
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    String text() throws StudyFormatException {
        if (!node.isTextual()) {
            throw error("expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    double number() throws StudyFormatException {
        if (!node.isNumber()) {
            throw error("expected a number, found " + describe(node));
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw error("expected a finite number, found " + node.asText());
        }
        return v;
    }

    long whole() throws StudyFormatException {
        if (!node.isIntegralNumber() && !(node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue()))) {
            throw error("expected a whole number, found " + describe(node));
        }
        if (!node.canConvertToLong()) {
            throw error("the number " + node.asText() + " is too large (allowed: " + Long.MIN_VALUE + " to "
                    + Long.MAX_VALUE + ")");
        }
        return node.longValue();
    }

    int integer() throws StudyFormatException {
        long v = whole();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error("the number " + v + " is too large (allowed: " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + ")");
        }
        return (int) v;
    }

    boolean bool() throws StudyFormatException {
        if (!node.isBoolean()) {
            throw error("expected true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    List<JsonIn> elements() throws StudyFormatException {
        if (!node.isArray()) {
            throw error("expected an array, found " + describe(node));
        }
        List<JsonIn> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(new JsonIn(file, path + "/" + i, node.get(i)));
        }
        return list;
    }

    <T> List<T> list(Reader<T> reader) throws StudyFormatException {
        List<T> list = new ArrayList<>();
        for (JsonIn element : elements()) {
            list.add(reader.read(element));
        }
        return list;
    }

    List<Integer> intList() throws StudyFormatException {
        return list(JsonIn::integer);
    }

    /** Runs a constructor of a value type, turning its IllegalArgumentException into a located error. */
    <T> T build(Function<JsonIn, T> constructor) throws StudyFormatException {
        try {
            return constructor.apply(this);
        } catch (IllegalArgumentException e) {
            throw error(e);
        }
    }

    /**
     * Reads a string and parses it with {@code parser}; a parser's message ("mode: unknown mode
     * 'x'") is reported at this node's path without its own field prefix.
     */
    <T> T parse(Function<String, T> parser) throws StudyFormatException {
        String text = text();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(": ");
            throw error(
                    colon > 0 && !message.substring(0, colon).contains(" ") ? message.substring(colon + 2) : message);
        }
    }

    static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "the string \"" + n.textValue() + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return "null";
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(JsonIn in) throws StudyFormatException;
    }
}
