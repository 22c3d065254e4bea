package org.codesign.cost.loopnest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the mapping-file format ({@code docs/mapping-format.md}). Every error is an
 * {@link IllegalArgumentException} whose message starts with the JSON path of the offending
 * field, e.g. {@code $.architecture.levels[2].capacityWords: must be positive, got -3}.
 *
 * <p>Optional fields and defaults: {@code layer.G} (1; C and M are then per group),
 * {@code clusterSize} (1), {@code multipleBuffering} (1), bandwidths (missing or null =
 * unlimited), {@code capacityWords} null = unbounded, compute {@code leakPJPerCycle} (0). The layout
 * of a fan-out ({@code fanoutContainers}: {@code shared} or {@code xThenY}) defaults to what
 * {@code timeloopLevelIndex} reveals: two hidden container levels between a level and its children
 * (an index gap of 3) mean an X container of columns above a Y container of PEs, as in Eyeriss.
 */
public final class MappingFileReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MappingFileReader() {}

    public static MappingCase read(Path file) throws IOException {
        String text = Files.readString(file);
        return parse(text, file.getFileName().toString());
    }

    public static MappingCase parse(String text, String defaultName) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new IllegalArgumentException("$: invalid JSON"
                    + (loc != null ? " at line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "") + ": "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("$: the file must hold a JSON object");
        }
        String name = root.hasNonNull("name") ? root.get("name").asText() : defaultName;
        ConvProblem problem = layer(object(root, "layer", "$"), "$.layer", name);
        Architecture arch = architecture(object(root, "architecture", "$"), "$.architecture");
        Mapping mapping = mapping(root, arch);
        JsonNode expected = root.get("expected");
        return new MappingCase(name, problem, arch, mapping, expected);
    }

    // ---------------------------------------------------------------------------------- layer

    private static ConvProblem layer(JsonNode node, String path, String name) {
        int g = node.has("G") ? intField(node, "G", path, 1) : 1;
        return new ConvProblem(
                name,
                intField(node, "N", path, 1),
                g,
                intField(node, "C", path, 1),
                intField(node, "M", path, 1),
                intField(node, "P", path, 1),
                intField(node, "Q", path, 1),
                intField(node, "R", path, 1),
                intField(node, "S", path, 1),
                intField(node, "strideH", path, 1),
                intField(node, "strideW", path, 1));
    }

    // --------------------------------------------------------------------------- architecture

    private static Architecture architecture(JsonNode node, String path) {
        String name = node.hasNonNull("name") ? node.get("name").asText() : "architecture";
        double clockHz = positiveDouble(node, "clockHz", path);
        JsonNode levels = node.get("levels");
        if (levels == null || !levels.isArray()) {
            throw new IllegalArgumentException(path + ".levels: missing (an array of levels, outermost first)");
        }
        List<JsonNode> storageNodes = new ArrayList<>();
        JsonNode computeNode = null;
        int computeIndex = -1;
        for (int i = 0; i < levels.size(); i++) {
            JsonNode level = levels.get(i);
            String lp = path + ".levels[" + i + "]";
            if (!level.isObject()) {
                throw new IllegalArgumentException(lp + ": must be an object");
            }
            String kind = text(level, "kind", lp);
            switch (kind) {
                case "storage" -> {
                    if (computeNode != null) {
                        throw new IllegalArgumentException(lp + ".kind: storage level after the compute level "
                                + "(the compute level must be last)");
                    }
                    storageNodes.add(level);
                }
                case "compute" -> {
                    if (computeNode != null) {
                        throw new IllegalArgumentException(lp + ".kind: a second compute level");
                    }
                    computeNode = level;
                    computeIndex = i;
                }
                default ->
                    throw new IllegalArgumentException(lp + ".kind: unknown kind '" + kind + "' (storage or compute)");
            }
        }
        if (computeNode == null) {
            throw new IllegalArgumentException(path + ".levels: the last level must be of kind compute");
        }
        String cp = path + ".levels[" + computeIndex + "]";
        ComputeLevel compute = new ComputeLevel(
                text(computeNode, "name", cp),
                intField(computeNode, "instances", cp, 1),
                intField(computeNode, "meshX", cp, 1),
                intField(computeNode, "meshY", cp, 1),
                nonNegativeDouble(computeNode, "energyPJ", cp),
                computeNode.has("leakPJPerCycle") ? nonNegativeDouble(computeNode, "leakPJPerCycle", cp) : 0.0,
                nonNegativeDouble(computeNode, "areaUm2", cp));
        List<StorageLevel> storage = new ArrayList<>();
        for (int i = 0; i < storageNodes.size(); i++) {
            JsonNode next = i + 1 < storageNodes.size() ? storageNodes.get(i + 1) : computeNode;
            storage.add(storageLevel(storageNodes.get(i), path + ".levels[" + i + "]", next));
        }
        try {
            return new Architecture(name, clockHz, storage, compute);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + "." + e.getMessage());
        }
    }

    private static StorageLevel storageLevel(JsonNode n, String p, JsonNode next) {
        String name = text(n, "name", p);
        Set<Tensor> keeps = EnumSet.noneOf(Tensor.class);
        JsonNode k = n.get("keeps");
        if (k == null || !k.isArray()) {
            throw new IllegalArgumentException(p + ".keeps: missing (an array of W, I, O)");
        }
        for (int i = 0; i < k.size(); i++) {
            keeps.add(Tensor.parse(p + ".keeps[" + i + "]", k.get(i).asText()));
        }
        long capacity;
        JsonNode cap = n.get("capacityWords");
        if (cap == null) {
            throw new IllegalArgumentException(
                    p + ".capacityWords: missing (null for an unbounded level such as DRAM)");
        } else if (cap.isNull()) {
            capacity = StorageLevel.UNBOUNDED;
        } else {
            capacity = longField(n, "capacityWords", p, 1);
        }
        FanoutContainers fanout = FanoutContainers.SHARED;
        if (n.hasNonNull("fanoutContainers")) {
            fanout = FanoutContainers.parse(
                    p + ".fanoutContainers", n.get("fanoutContainers").asText());
        } else if (n.has("timeloopLevelIndex") && next.has("timeloopLevelIndex")) {
            int gap = n.get("timeloopLevelIndex").asInt()
                    - next.get("timeloopLevelIndex").asInt();
            fanout = gap >= 3 ? FanoutContainers.X_THEN_Y : FanoutContainers.SHARED;
        }
        try {
            return new StorageLevel(
                    name,
                    intField(n, "instances", p, 1),
                    intField(n, "meshX", p, 1),
                    intField(n, "meshY", p, 1),
                    keeps,
                    intField(n, "wordBits", p, 1),
                    intField(n, "blockWords", p, 1),
                    capacity,
                    nonNegativeDouble(n, "readEnergyPJPerWord", p),
                    nonNegativeDouble(n, "writeEnergyPJPerWord", p),
                    nonNegativeDouble(n, "updateEnergyPJPerWord", p),
                    nonNegativeDouble(n, "leakPJPerCycle", p),
                    nonNegativeDouble(n, "areaUm2", p),
                    bandwidth(n, "readBandwidthWordsPerCycle", p),
                    bandwidth(n, "writeBandwidthWordsPerCycle", p),
                    bandwidth(n, "sharedBandwidthWordsPerCycle", p),
                    n.has("clusterSize") ? intField(n, "clusterSize", p, 1) : 1,
                    n.hasNonNull("multipleBuffering") ? multipleBuffering(n, p) : 1.0,
                    fanout);
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            throw new IllegalArgumentException(
                    msg.startsWith(name + ".") ? p + msg.substring(name.length()) : p + ": " + msg);
        }
    }

    private static double multipleBuffering(JsonNode n, String p) {
        double v = number(n, "multipleBuffering", p);
        if (v < 1) {
            throw new IllegalArgumentException(p + ".multipleBuffering: must be >= 1, got " + v);
        }
        return v;
    }

    private static double bandwidth(JsonNode n, String field, String p) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Double.POSITIVE_INFINITY;
        }
        double d = number(n, field, p);
        if (!(d > 0)) {
            throw new IllegalArgumentException(p + "." + field + ": must be positive or null (unlimited), got " + d);
        }
        return d;
    }

    // -------------------------------------------------------------------------------- mapping

    private static Mapping mapping(JsonNode root, Architecture arch) {
        JsonNode m = root.get("mapping");
        if (m == null || !m.isArray()) {
            throw new IllegalArgumentException("$.mapping: missing (an array with one entry per storage level)");
        }
        List<LevelMapping> levels = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            String p = "$.mapping[" + i + "]";
            JsonNode e = m.get(i);
            if (!e.isObject()) {
                throw new IllegalArgumentException(p + ": must be an object");
            }
            String level = text(e, "level", p);
            if (arch.indexOf(level) < 0) {
                throw new IllegalArgumentException(p + ".level: unknown level '" + level + "' (levels: "
                        + arch.storage().stream().map(StorageLevel::name).toList() + ")");
            }
            levels.add(new LevelMapping(
                    level,
                    loops(e, "temporal", p, true),
                    loops(e, "spatialX", p, false),
                    loops(e, "spatialY", p, false)));
        }
        return new Mapping(levels);
    }

    private static List<Loop> loops(JsonNode e, String field, String p, boolean required) {
        JsonNode arr = e.get(field);
        if (arr == null || arr.isNull()) {
            if (required) {
                throw new IllegalArgumentException(p + "." + field + ": missing (an array of [dimension, factor])");
            }
            return List.of();
        }
        if (!arr.isArray()) {
            throw new IllegalArgumentException(p + "." + field + ": must be an array of [dimension, factor]");
        }
        List<Loop> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            String lp = p + "." + field + "[" + i + "]";
            JsonNode pair = arr.get(i);
            if (!pair.isArray() || pair.size() != 2) {
                throw new IllegalArgumentException(lp + ": must be [dimension, factor], e.g. [\"P\", 8]");
            }
            Dim d = Dim.parse(lp + "[0]", pair.get(0).asText());
            JsonNode f = pair.get(1);
            if (!f.isIntegralNumber() || f.asLong() <= 0 || f.asLong() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(lp + "[1]: the factor must be a positive integer, got " + f);
            }
            out.add(new Loop(d, f.asInt()));
        }
        return out;
    }

    // -------------------------------------------------------------------------------- helpers

    private static JsonNode object(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(path + "." + field + ": missing");
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException(path + "." + field + ": must be an object");
        }
        return v;
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(path + "." + field + ": missing");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(path + "." + field + ": must be a non-empty string");
        }
        return v.asText();
    }

    private static double number(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(path + "." + field + ": missing");
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(path + "." + field + ": must be a number, got " + v);
        }
        double d = v.asDouble();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException(path + "." + field + ": must be finite, got " + v);
        }
        return d;
    }

    private static double nonNegativeDouble(JsonNode node, String field, String path) {
        double d = number(node, field, path);
        if (d < 0) {
            throw new IllegalArgumentException(path + "." + field + ": must not be negative, got " + d);
        }
        return d;
    }

    private static double positiveDouble(JsonNode node, String field, String path) {
        double d = number(node, field, path);
        if (d <= 0) {
            throw new IllegalArgumentException(path + "." + field + ": must be positive, got " + d);
        }
        return d;
    }

    private static long longField(JsonNode node, String field, String path, long min) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(path + "." + field + ": missing");
        }
        if (!v.isIntegralNumber() && !(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) {
            throw new IllegalArgumentException(path + "." + field + ": must be an integer, got " + v);
        }
        long l = v.asLong();
        if (l < min) {
            throw new IllegalArgumentException(path + "." + field + ": must be at least " + min + ", got " + v);
        }
        return l;
    }

    private static int intField(JsonNode node, String field, String path, int min) {
        long l = longField(node, field, path, min);
        if (l > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(path + "." + field + ": too large, got " + l);
        }
        return (int) l;
    }
}
