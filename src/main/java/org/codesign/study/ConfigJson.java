package org.codesign.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.HardwareConfig;
import org.codesign.space.LayerListConfig;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ProxylessOfaConfig;
import org.codesign.space.ResNetConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.space.TimeloopHardwareConfig;
import org.codesign.space.TimeloopLayersConfig;

/**
 * Network and hardware configuration files: a template name and every choice, with the record
 * components as keys, e.g. {@code {"template": "mobilenet-v2", "widthMult": 0.75, "resolution": 192}}.
 */
public final class ConfigJson {
    private static final Map<String, Class<? extends Record>> NETWORKS = Map.of(
            MbV3OfaConfig.TEMPLATE, MbV3OfaConfig.class,
            ProxylessOfaConfig.TEMPLATE, ProxylessOfaConfig.class,
            MobileNetV2Config.TEMPLATE, MobileNetV2Config.class,
            ResNetConfig.TEMPLATE, ResNetConfig.class,
            LayerListConfig.TEMPLATE, LayerListConfig.class,
            TimeloopLayersConfig.TEMPLATE, TimeloopLayersConfig.class);
    private static final Map<String, Class<? extends Record>> HARDWARE = Map.of(
            EdgeGpuConfig.TEMPLATE, EdgeGpuConfig.class,
            SpatialAcceleratorConfig.TEMPLATE, SpatialAcceleratorConfig.class,
            SystolicConfig.TEMPLATE, SystolicConfig.class,
            TimeloopHardwareConfig.TEMPLATE, TimeloopHardwareConfig.class);
    /**
     * Keys that may be left out: MobileNetV2's per-stage depths, which default to the published ones,
     * and an edge GPU's precision, which defaults to FP16 (files from before it existed).
     */
    private static final Map<Class<? extends Record>, Set<String>> OPTIONAL =
            Map.of(MobileNetV2Config.class, Set.of("depths"), EdgeGpuConfig.class, Set.of("precision"));

    private ConfigJson() {}

    public static NetworkConfig readNetwork(Path file) throws StudyFormatException {
        return readNetwork(JsonIn.root(file.getFileName().toString(), Json.readTree(file)));
    }

    public static HardwareConfig readHardware(Path file) throws StudyFormatException {
        return readHardware(JsonIn.root(file.getFileName().toString(), Json.readTree(file)));
    }

    /** Parses a configuration given as JSON text; {@code source} names it in messages. */
    public static NetworkConfig parseNetwork(String source, String json) throws StudyFormatException {
        return readNetwork(JsonIn.root(source, Json.parseTree(source, json)));
    }

    public static HardwareConfig parseHardware(String source, String json) throws StudyFormatException {
        return readHardware(JsonIn.root(source, Json.parseTree(source, json)));
    }

    static NetworkConfig readNetwork(JsonIn in) throws StudyFormatException {
        Class<? extends Record> type = type(in, NETWORKS, "network");
        return (NetworkConfig) RecordJson.read(in, type, OPTIONAL.getOrDefault(type, Set.of()));
    }

    static HardwareConfig readHardware(JsonIn in) throws StudyFormatException {
        Class<? extends Record> type = type(in, HARDWARE, "hardware");
        return (HardwareConfig) RecordJson.read(in, type, OPTIONAL.getOrDefault(type, Set.of()));
    }

    public static ObjectNode toJson(NetworkConfig config) {
        return RecordJson.write(config.template(), (Record) config);
    }

    /** An edge GPU at the default precision is written without it, exactly as before the field existed. */
    public static ObjectNode toJson(HardwareConfig config) {
        ObjectNode node = RecordJson.write(config.template(), (Record) config);
        if (config instanceof EdgeGpuConfig gpu && gpu.precision() == EdgeGpuConfig.DEFAULT_PRECISION) {
            node.remove("precision");
        }
        return node;
    }

    public static void write(NetworkConfig config, Path file) throws IOException {
        Json.writeAtomically(toJson(config), file);
    }

    public static void write(HardwareConfig config, Path file) throws IOException {
        Json.writeAtomically(toJson(config), file);
    }

    private static Class<? extends Record> type(JsonIn in, Map<String, Class<? extends Record>> types, String what)
            throws StudyFormatException {
        JsonIn template = in.field("template");
        Class<? extends Record> type = types.get(template.text());
        if (type == null) {
            throw template.error("unknown " + what + " template '" + template.text() + "' (one of "
                    + String.join(", ", new java.util.TreeSet<>(types.keySet())) + ")");
        }
        return type;
    }
}
