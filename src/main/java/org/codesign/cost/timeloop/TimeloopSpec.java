package org.codesign.cost.timeloop;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Timeloop inputs of one run: YAML files merged by top-level key as timeloop-model merges its
 * arguments (a later file's key replaces an earlier one's). A directory stands for its
 * {@code .yaml}/{@code .yml} files in name order, its sub-directories included, except
 * Accelergy's flattened architecture and summaries (given by name, they are read). Every node keeps
 * the file it came from, so errors can name the file, the line and the YAML path.
 */
public final class TimeloopSpec {
    private final Map<String, YamlDocument> owner = new LinkedHashMap<>();

    private TimeloopSpec() {}

    public static TimeloopSpec read(List<Path> filesOrDirs) {
        TimeloopSpec spec = new TimeloopSpec();
        if (filesOrDirs.isEmpty()) {
            throw new TimeloopInputException(null, 0, "", "no Timeloop input files given");
        }
        for (Path p : filesOrDirs) {
            for (Path f : expand(p)) {
                YamlDocument doc = YamlDocument.read(f);
                doc.root().fieldNames().forEachRemaining(k -> spec.owner.put(k, doc));
            }
        }
        return spec;
    }

    private static List<Path> expand(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString();
                        return (n.endsWith(".yaml") || n.endsWith(".yml")) && !accelergyOutput(n);
                    })
                    .sorted()
                    .toList());
            if (out.isEmpty()) {
                throw new TimeloopInputException(p, 0, "", "the directory holds no .yaml files");
            }
            return out;
        } catch (IOException e) {
            throw new TimeloopInputException(p, 0, "", "cannot list the directory: " + e.getMessage());
        }
    }

    /**
     * Accelergy's by-products that are not Timeloop inputs: its flattened architecture (a
     * top-level {@code architecture} without Timeloop's container levels) and the summaries.
     */
    private static boolean accelergyOutput(String fileName) {
        return fileName.contains("flattened_architecture") || fileName.contains("_summary");
    }

    public boolean has(String key) {
        return owner.containsKey(key) && !owner.get(key).root().get(key).isNull();
    }

    /** The node under a top-level key; a missing key is an error naming what it should hold. */
    public Node top(String key, String what) {
        YamlDocument doc = owner.get(key);
        if (doc == null || doc.root().get(key).isNull()) {
            throw new TimeloopInputException(
                    null,
                    0,
                    key,
                    "missing: no input file has a top-level '" + key + "' key (" + what + "); files read: " + files());
        }
        return new Node(doc, key, doc.root().get(key));
    }

    /** The node under a top-level key, or null. */
    public Node topOrNull(String key) {
        return has(key) ? top(key, key) : null;
    }

    private List<String> files() {
        return owner.values().stream().distinct().map(d -> d.file().toString()).toList();
    }

    /** A node of the merged tree with its file and YAML path, for reading fields with located errors. */
    public record Node(YamlDocument doc, String path, JsonNode value) {

        public TimeloopInputException error(String problem) {
            return new TimeloopInputException(doc.file(), doc.line(path), path, problem);
        }

        public Node get(String field) {
            JsonNode v = value.get(field);
            return v == null || v.isNull() ? null : new Node(doc, path + "." + field, v);
        }

        public Node required(String field, String what) {
            Node n = get(field);
            if (n == null) {
                throw error("missing '" + field + "' (" + what + ")");
            }
            return n;
        }

        public Node at(int i) {
            return new Node(doc, path + "[" + i + "]", value.get(i));
        }

        public int size() {
            return value.size();
        }

        public String tag() {
            return doc.tag(path);
        }

        public String text() {
            if (!value.isValueNode()) {
                throw error("must be a single value, got " + kind());
            }
            return value.asText();
        }

        public double number() {
            if (value.isNumber()) {
                return value.asDouble();
            }
            if (value.isTextual()) {
                try {
                    return Double.parseDouble(value.asText().trim());
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
            throw error("must be a number, got '" + value.asText() + "'");
        }

        public long integer(long min) {
            double d = number();
            if (d != Math.rint(d) || Math.abs(d) > 9.0e15) {
                throw error("must be an integer, got " + value.asText());
            }
            if (d < min) {
                throw error("must be at least " + min + ", got " + value.asText());
            }
            return (long) d;
        }

        public boolean isObject() {
            return value.isObject();
        }

        public boolean isArray() {
            return value.isArray();
        }

        public Node object(String what) {
            if (!value.isObject()) {
                throw error("must be a mapping (" + what + "), got " + kind());
            }
            return this;
        }

        public Node array(String what) {
            if (!value.isArray()) {
                throw error("must be a list (" + what + "), got " + kind());
            }
            return this;
        }

        private String kind() {
            if (value.isObject()) {
                return "a mapping";
            }
            if (value.isArray()) {
                return "a list";
            }
            return "'" + value.asText() + "'";
        }
    }
}
