package org.codesign.cost.loopnest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Writes an {@link Analysis} in the shape of a mapping file's {@code expected} block and compares
 * it with one: counts must match exactly, energies and area within a relative tolerance.
 */
public final class AnalysisJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Keys compared as exact integers; every other number is compared with a tolerance. */
    private static final java.util.Set<String> EXACT = java.util.Set.of(
            "macs",
            "cycles",
            "utilizedInstances",
            "utilizedCapacity",
            "readsPerInstance",
            "fillsPerInstance",
            "updatesPerInstance");

    private AnalysisJson() {}

    public static ObjectNode toJson(Analysis a) {
        ObjectNode o = F.objectNode();
        o.put("macs", a.macs());
        o.put("cycles", a.cycles());
        o.put("utilization", a.utilization());
        o.put("energyPJ", a.energyPJ());
        o.put("areaUm2", a.areaUm2());
        o.put("computeEnergyPJ", a.computeEnergyPJ());
        ArrayNode levels = o.putArray("levels");
        for (TensorLevelStats s : a.levels()) {
            ObjectNode r = levels.addObject();
            r.put("level", s.level());
            r.put("tensor", s.tensor().name());
            r.put("utilizedInstances", s.utilizedInstances());
            r.put("utilizedCapacity", s.utilizedCapacity());
            r.put("readsPerInstance", s.readsPerInstance());
            r.put("fillsPerInstance", s.fillsPerInstance());
            r.put("updatesPerInstance", s.updatesPerInstance());
            r.put("energyPJ", s.energyPJ());
        }
        return o;
    }

    /**
     * The relative difference (actual − expected) / |expected| of every number {@code actual} and
     * {@code expected} share, in {@code actual}'s shape; where expected is 0 the plain difference.
     * Level rows are matched by level and tensor; rows the expected block lacks are left out.
     */
    public static ObjectNode relativeDifference(ObjectNode actual, JsonNode expected) {
        ObjectNode out = F.objectNode();
        for (Map.Entry<String, JsonNode> e : actual.properties()) {
            String key = e.getKey();
            JsonNode exp = expected.get(key);
            if (exp == null) {
                continue;
            }
            if (e.getValue().isNumber() && exp.isNumber()) {
                out.put(key, diff(e.getValue().asDouble(), exp.asDouble()));
            } else if (key.equals("levels") && exp.isArray()) {
                ArrayNode rows = out.putArray("levels");
                for (JsonNode row : e.getValue()) {
                    JsonNode match = findRow(
                            exp, row.get("level").asText(), row.get("tensor").asText());
                    if (match == null) {
                        continue;
                    }
                    ObjectNode d = rows.addObject();
                    d.put("level", row.get("level").asText());
                    d.put("tensor", row.get("tensor").asText());
                    for (Map.Entry<String, JsonNode> x : row.properties()) {
                        JsonNode ev = match.get(x.getKey());
                        if (x.getValue().isNumber() && ev != null && ev.isNumber()) {
                            d.put(x.getKey(), diff(x.getValue().asDouble(), ev.asDouble()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Lists the numbers outside tolerance: counts not exact, others beyond {@code relTol}. */
    public static java.util.List<String> mismatches(ObjectNode actual, JsonNode expected, double relTol) {
        java.util.List<String> out = new java.util.ArrayList<>();
        compare(out, "", actual, expected, relTol);
        JsonNode rows = actual.get("levels");
        JsonNode expRows = expected.get("levels");
        if (rows != null && expRows != null && expRows.isArray()) {
            for (JsonNode row : rows) {
                String level = row.get("level").asText();
                String tensor = row.get("tensor").asText();
                JsonNode match = findRow(expRows, level, tensor);
                if (match == null) {
                    out.add("levels[" + level + "," + tensor + "]: not in the expected block");
                } else {
                    compare(out, "levels[" + level + "," + tensor + "].", (ObjectNode) row, match, relTol);
                }
            }
        }
        return out;
    }

    private static void compare(
            java.util.List<String> out, String prefix, ObjectNode actual, JsonNode expected, double relTol) {
        for (Map.Entry<String, JsonNode> e : actual.properties()) {
            JsonNode exp = expected.get(e.getKey());
            if (!e.getValue().isNumber() || exp == null || !exp.isNumber()) {
                continue;
            }
            double a = e.getValue().asDouble();
            double x = exp.asDouble();
            boolean bad;
            if (EXACT.contains(e.getKey())) {
                bad = Math.round(a) != Math.round(x);
            } else if (e.getKey().equals("utilization")) {
                bad = Math.abs(a - x) > 0.00005 + 1e-9; // printed with 2 decimals in %
            } else {
                bad = Math.abs(diff(a, x)) > relTol && Math.abs(a - x) > 0.01;
            }
            if (bad) {
                out.add(prefix + e.getKey() + ": expected " + exp + ", got " + e.getValue());
            }
        }
    }

    private static JsonNode findRow(JsonNode rows, String level, String tensor) {
        for (JsonNode r : rows) {
            if (level.equals(r.path("level").asText())
                    && sameTensor(tensor, r.path("tensor").asText())) {
                return r;
            }
        }
        return null;
    }

    private static boolean sameTensor(String a, String b) {
        try {
            return Tensor.parse("tensor", a) == Tensor.parse("tensor", b);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static double diff(double actual, double expected) {
        return expected == 0 ? actual - expected : (actual - expected) / Math.abs(expected);
    }
}
