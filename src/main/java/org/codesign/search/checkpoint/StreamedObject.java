package org.codesign.search.checkpoint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON object read from a parser: its large fields (point lists, nested checkpoints) by readers
 * of their own as they stream past, the small rest as a tree for {@link Fields}.
 */
final class StreamedObject {
    /** Reads the value the parser is at (not null). */
    interface FieldReader {
        Object read(JsonParser p) throws IOException;
    }

    private final ObjectNode rest;
    private final Map<String, Object> read;

    private StreamedObject(ObjectNode rest, Map<String, Object> read) {
        this.rest = rest;
        this.read = read;
    }

    /** Reads the object at the parser's current token (or its next one, before any was read). */
    static StreamedObject read(JsonParser p, Map<String, FieldReader> readers) throws IOException {
        if (p.currentToken() == null) {
            p.nextToken();
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("checkpoint: expected a JSON object");
        }
        ObjectNode rest = CheckpointJson.NODES.objectNode();
        Map<String, Object> read = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            FieldReader reader = readers.get(name);
            if (reader != null && p.currentToken() != JsonToken.VALUE_NULL) {
                read.put(name, reader.read(p));
            } else {
                rest.set(name, CheckpointJson.MAPPER.readTree(p));
            }
        }
        return new StreamedObject(rest, read);
    }

    /** The fields read as trees. */
    ObjectNode rest() {
        return rest;
    }

    /** A field its reader read; null when it was absent or null. */
    @SuppressWarnings("unchecked")
    <T> T get(String name) {
        return (T) read.get(name);
    }

    /** A field its reader read, with {@link Fields}' message when it is absent. */
    <T> T required(String name) {
        T value = get(name);
        if (value == null) {
            Fields.required(rest, name); // names the missing field
        }
        return value;
    }
}
