package org.codesign.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** One family's object in the coefficients file, and its trust region, as JSON. */
final class FamilyNodes {
    private FamilyNodes() {}

    private static final List<String> KEYS = List.of(
            "floor",
            "offset",
            "curvature",
            "resolution",
            "width",
            "widthSquared",
            "resolutionWidth",
            "depth",
            "kernel",
            "expansion",
            "halfWidth",
            "trust");
    private static final List<String> TRUST_KEYS = List.of(
            "minMacs",
            "maxMacs",
            "minResolution",
            "maxResolution",
            "widths",
            "minMacsByWidth",
            "maxMacsByWidth",
            "minDepths",
            "maxDepths");
    private static final List<String> V1_KEYS = List.of("offset", "curvature");

    static FamilyCoefficients read(JsonNode node, String path) {
        AccuracyModelFile.onlyKeys(node, path, KEYS);
        JsonNode trust = node.get("trust");
        if (trust == null || !trust.isObject()) {
            throw new IllegalArgumentException(path + "/trust: missing or not an object");
        }
        AccuracyModelFile.onlyKeys(trust, path + "/trust", TRUST_KEYS);
        TrustRegion region;
        try {
            region = new TrustRegion(
                    count(trust, "minMacs", path + "/trust"),
                    count(trust, "maxMacs", path + "/trust"),
                    (int) count(trust, "minResolution", path + "/trust"),
                    (int) count(trust, "maxResolution", path + "/trust"),
                    numbers(trust, "widths", path + "/trust"),
                    numbers(trust, "minMacsByWidth", path + "/trust"),
                    numbers(trust, "maxMacsByWidth", path + "/trust"),
                    numbers(trust, "minDepths", path + "/trust").stream()
                            .map(Double::intValue)
                            .toList(),
                    numbers(trust, "maxDepths", path + "/trust").stream()
                            .map(Double::intValue)
                            .toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    e.getMessage().startsWith("/") ? e.getMessage() : path + "/trust: " + e.getMessage(), e);
        }
        return new FamilyCoefficients(
                AccuracyModelFile.number(node, "floor", path),
                AccuracyModelFile.number(node, "offset", path),
                AccuracyModelFile.number(node, "curvature", path),
                AccuracyModelFile.number(node, "resolution", path),
                AccuracyModelFile.number(node, "width", path),
                AccuracyModelFile.number(node, "widthSquared", path),
                // absent in files written before the term: those predict as they did
                node.has("resolutionWidth") ? AccuracyModelFile.number(node, "resolutionWidth", path) : 0,
                numbers(node, "depth", path),
                AccuracyModelFile.number(node, "kernel", path),
                AccuracyModelFile.number(node, "expansion", path),
                AccuracyModelFile.number(node, "halfWidth", path),
                region);
    }

    /**
     * A family of a version-1 file (one error floor and resolution weight for all, no
     * architecture terms): the same predictions, with the built-in model's trust region and
     * interval, since version 1 had none.
     */
    static FamilyCoefficients fromVersion1(JsonNode node, String path, double errorFloor, double resolutionWeight) {
        AccuracyModelFile.onlyKeys(node, path, V1_KEYS);
        Family family = Family.parse(path.substring(path.lastIndexOf('/') + 1));
        FamilyCoefficients builtin =
                AccuracyModel.defaultModel().coefficients().families().get(family);
        return new FamilyCoefficients(
                errorFloor,
                AccuracyModelFile.number(node, "offset", path),
                AccuracyModelFile.number(node, "curvature", path),
                resolutionWeight,
                0,
                0,
                0, // no resolution × width term in version 1
                List.of(),
                0,
                0,
                builtin.halfWidth(),
                builtin.trust());
    }

    /** A count such as MACs or pixels: a positive finite number of any size. */
    private static double count(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || !v.isNumber() || !(v.asDouble() > 0) || Double.isInfinite(v.asDouble())) {
            throw new IllegalArgumentException(path + "/" + field + ": expected a positive number, got " + v);
        }
        return v.asDouble();
    }

    private static List<Double> numbers(JsonNode parent, String field, String path) {
        JsonNode array = parent.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException(path + "/" + field + ": missing or not an array");
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode v = array.get(i);
            if (!v.isNumber()) {
                throw new IllegalArgumentException(path + "/" + field + "/" + i + ": expected a number, got " + v);
            }
            out.add(v.asDouble());
        }
        return out;
    }

    static ObjectNode write(FamilyCoefficients c, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("floor", c.floor());
        node.put("offset", c.offset());
        node.put("curvature", c.curvature());
        node.put("resolution", c.resolution());
        node.put("width", c.width());
        node.put("widthSquared", c.widthSquared());
        node.put("resolutionWidth", c.resolutionWidth());
        ArrayNode depth = node.putArray("depth");
        c.depth().forEach(depth::add);
        node.put("kernel", c.kernel());
        node.put("expansion", c.expansion());
        node.put("halfWidth", c.halfWidth());
        TrustRegion t = c.trust();
        ObjectNode trust = node.putObject("trust");
        trust.put("minMacs", t.minMacs());
        trust.put("maxMacs", t.maxMacs());
        trust.put("minResolution", t.minResolution());
        trust.put("maxResolution", t.maxResolution());
        ArrayNode widths = trust.putArray("widths");
        t.widths().forEach(widths::add);
        ArrayNode lo = trust.putArray("minMacsByWidth");
        t.minMacsByWidth().forEach(lo::add);
        ArrayNode hi = trust.putArray("maxMacsByWidth");
        t.maxMacsByWidth().forEach(hi::add);
        ArrayNode min = trust.putArray("minDepths");
        t.minDepths().forEach(min::add);
        ArrayNode max = trust.putArray("maxDepths");
        t.maxDepths().forEach(max::add);
        return node;
    }
}
