package org.codesign.cost.timeloop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One YAML file read as a tree, with the line of every node and the tag of every tagged mapping
 * (Timeloop v0.4's {@code !Component}, {@code !Container}, {@code !Parallel}, {@code !Nothing}…)
 * keyed by YAML path ({@code architecture.nodes[2].attributes.depth}). The tags come from the
 * YAML parser's type ids, so they are read wherever YAML allows them.
 */
public final class YamlDocument {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Path file;
    private final ObjectNode root;
    private final Map<String, Integer> lines = new HashMap<>();
    private final Map<String, String> tags = new HashMap<>();

    private YamlDocument(Path file) {
        this.file = file;
        this.root = F.objectNode();
    }

    /** Reads a file whose top level is a mapping (an empty file reads as an empty mapping). */
    public static YamlDocument read(Path file) {
        YamlDocument doc = new YamlDocument(file);
        try (Reader reader = Files.newBufferedReader(file);
                JsonParser p = YAML.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return doc;
            }
            if (t != JsonToken.START_OBJECT) {
                throw new TimeloopInputException(file, line(p), "", "the file must hold a YAML mapping (key: value)");
            }
            doc.lines.put("", line(p));
            doc.readObject(p, doc.root, "");
        } catch (NoSuchFileException e) {
            throw new TimeloopInputException(file, 0, "", "no such file");
        } catch (MalformedInputException e) {
            throw new TimeloopInputException(file, 0, "", "not a UTF-8 text file");
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TimeloopInputException(file, line, "", "invalid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TimeloopInputException(file, 0, "", "cannot read: " + e.getMessage());
        }
        return doc;
    }

    private void readObject(JsonParser p, ObjectNode into, String path) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String childPath = path.isEmpty() ? key : path + "." + key;
            p.nextToken();
            into.set(key, readValue(p, childPath));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new TimeloopInputException(file, line(p), path, "unexpected " + t);
        }
    }

    private JsonNode readValue(JsonParser p, String path) throws IOException {
        lines.put(path, line(p));
        JsonToken t = p.currentToken();
        Object typeId = p.getTypeId();
        String tag = typeId == null ? null : typeId.toString();
        if (tag != null && !tag.isEmpty()) {
            tags.put(path, tag.startsWith("!") ? tag.substring(1) : tag);
        }
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = F.objectNode();
                readObject(p, o, path);
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = F.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(readValue(p, path + "[" + i++ + "]"));
                }
                return a;
            }
            case VALUE_STRING -> {
                return F.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return F.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return F.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return F.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return F.booleanNode(false);
            }
            case VALUE_NULL -> {
                return F.nullNode();
            }
            default -> throw new TimeloopInputException(file, line(p), path, "unexpected " + t);
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    public Path file() {
        return file;
    }

    public ObjectNode root() {
        return root;
    }

    /** The line of the node at {@code path}, or of its nearest ancestor that has one (0 if none). */
    public int line(String path) {
        String p = path;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = parent(p);
        }
    }

    /** The tag of the mapping at {@code path} without its '!' ({@code Component}), or null. */
    public String tag(String path) {
        return tags.get(path);
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
