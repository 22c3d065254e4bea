package org.codesign.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the mapping reader does not check itself: keys it would silently ignore (a typo such as
 * "capacityWord" would fall back to a default) and numbers outside the format's range. Every
 * number of a layer, architecture or mapping is a count, size, energy or rate: 0 to 1e15.
 */
final class MappingFileCheck {
    private static final double LARGEST = 1e15;
    private static final Set<String> NOTES = Set.of("name", "notes", "description", "source");
    private static final Map<String, Set<String>> KEYS = Map.of(
            "", Set.of("formatVersion", "layer", "architecture", "mapping", "expected", "schemaNotes", "mappingNotes"),
            "/layer", Set.of("N", "G", "C", "M", "P", "Q", "R", "S", "strideH", "strideW"),
            "/architecture", Set.of("clockHz", "levels", "technologyNode"),
            "/architecture/levels/*",
                    Set.of(
                            "kind",
                            "instances",
                            "meshX",
                            "meshY",
                            "keeps",
                            "capacityWords",
                            "blockWords",
                            "clusterSize",
                            "wordBits",
                            "multipleBuffering",
                            "readEnergyPJPerWord",
                            "writeEnergyPJPerWord",
                            "updateEnergyPJPerWord",
                            "energyPJ",
                            "leakPJPerCycle",
                            "areaUm2",
                            "readBandwidthWordsPerCycle",
                            "writeBandwidthWordsPerCycle",
                            "sharedBandwidthWordsPerCycle",
                            "timeloopLevelIndex",
                            "fanoutContainers",
                            "technology",
                            "ertVectorEnergyPJ",
                            "areaTotalUm2Printed",
                            "energyPJPrinted",
                            "leakPJPerCyclePrinted",
                            "vectorAccessEnergyPJPrinted"),
            "/architecture/levels/*/ertVectorEnergyPJ", Set.of("read", "write", "update"),
            "/mapping/*", Set.of("level", "temporal", "spatialX", "spatialY"));

    /** Keys whose value is a number (or null where the format allows "unlimited"). */
    private static final Set<String> NUMBERS = Set.of(
            "N",
            "G",
            "C",
            "M",
            "P",
            "Q",
            "R",
            "S",
            "strideH",
            "strideW",
            "clockHz",
            "instances",
            "meshX",
            "meshY",
            "capacityWords",
            "blockWords",
            "clusterSize",
            "wordBits",
            "multipleBuffering",
            "readEnergyPJPerWord",
            "writeEnergyPJPerWord",
            "updateEnergyPJPerWord",
            "energyPJ",
            "leakPJPerCycle",
            "areaUm2",
            "readBandwidthWordsPerCycle",
            "writeBandwidthWordsPerCycle",
            "sharedBandwidthWordsPerCycle",
            "timeloopLevelIndex");

    private MappingFileCheck() {}

    /** @throws IllegalArgumentException "/pointer: problem (allowed: ...)" */
    static void check(JsonNode root) {
        walk(root, "", "");
    }

    private static void walk(JsonNode node, String pointer, String context) {
        if (node.isObject()) {
            Set<String> allowed = KEYS.get(context);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                String child = pointer + "/" + key;
                if (allowed != null && !allowed.contains(key) && !NOTES.contains(key)) {
                    Set<String> all = new TreeSet<>(allowed);
                    all.addAll(NOTES);
                    throw new IllegalArgumentException(
                            child + ": unknown key (expected one of " + String.join(", ", all) + ")");
                }
                if (NUMBERS.contains(key)
                        && !e.getValue().isNumber()
                        && !e.getValue().isNull()) {
                    throw new IllegalArgumentException(child + ": expected a number, found " + e.getValue());
                }
                if (!(context.isEmpty() && key.equals("expected")) && !NOTES.contains(key)) {
                    walk(e.getValue(), child, context + "/" + key);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, context + "/*");
            }
        } else if (node.isNumber() && !(node.doubleValue() >= 0 && node.doubleValue() <= LARGEST)) {
            throw new IllegalArgumentException(
                    pointer + ": " + node.asText() + " is out of range (allowed: 0 to 1e15)");
        }
    }
}
