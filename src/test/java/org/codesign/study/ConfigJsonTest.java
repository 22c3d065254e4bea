package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.ResNetConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.junit.jupiter.api.Test;

class ConfigJsonTest {

    @Test
    void readsTheDocumentedNetworkFiles() throws Exception {
        assertEquals(
                new MbV3OfaConfig(
                        1.2,
                        224,
                        List.of(2, 3, 3, 4, 4),
                        List.of(
                                List.of(3, 3),
                                List.of(5, 5, 3),
                                List.of(5, 5, 3),
                                List.of(5, 5, 3, 3),
                                List.of(3, 3, 7, 3)),
                        List.of(
                                List.of(3, 3),
                                List.of(3, 6, 3),
                                List.of(4, 4, 3),
                                List.of(6, 4, 4, 4),
                                List.of(6, 6, 6, 3))),
                ConfigJson.parseNetwork("n.json", """
                        {"template": "mbv3-ofa", "widthMult": 1.2, "resolution": 224, "depths": [2,3,3,4,4],
                         "kernels": [[3,3],[5,5,3],[5,5,3],[5,5,3,3],[3,3,7,3]],
                         "expandRatios": [[3,3],[3,6,3],[4,4,3],[6,4,4,4],[6,6,6,3]]}"""));
        assertEquals(
                new MobileNetV2Config(0.75, 192),
                ConfigJson.parseNetwork(
                        "n.json", "{\"template\": \"mobilenet-v2\", \"widthMult\": 0.75, \"resolution\": 192}"));
        assertEquals(
                new ResNetConfig(ResNetConfig.Block.BOTTLENECK, List.of(3, 4, 6, 3), 1.0, 224),
                ConfigJson.parseNetwork("n.json", """
                        {"template": "resnet", "block": "bottleneck", "blocks": [3,4,6,3], "widthMult": 1.0, "resolution": 224}"""));
    }

    @Test
    void readsTheDocumentedHardwareFiles() throws Exception {
        assertEquals(
                new EdgeGpuConfig("jetson-agx-xavier", 1377, 2265.6, 2133), ConfigJson.parseHardware("h.json", """
                {"template": "edge-gpu-dvfs", "device": "jetson-agx-xavier", "gpuFreqMHz": 1377, "cpuFreqMHz": 2265.6,
                 "emcFreqMHz": 2133}"""));
        SpatialAcceleratorConfig sa = new SpatialAcceleratorConfig(
                Dataflow.ROW_STATIONARY, 12, 14, 192, 12, 16, 128, DramType.LPDDR4, 200, 65, 16);
        assertEquals(
                sa, ConfigJson.parseHardware("h.json", ConfigJson.toJson(sa).toString()));
        SystolicConfig sys = new SystolicConfig(16, 16, 4, 2048, 16, DramType.LPDDR4, 1000, 45, 8);
        assertEquals(
                sys, ConfigJson.parseHardware("h.json", ConfigJson.toJson(sys).toString()));
        assertThat(ConfigJson.toJson(sa).toString())
                .contains("\"dataflow\":\"row-stationary\"", "\"dramType\":\"lpddr4\"");
    }

    @Test
    void unknownAndMissingKeysAreNamed() {
        var unknown = assertThrows(StudyFormatException.class, () -> ConfigJson.parseHardware("hw.json", """
                {"template": "edge-gpu-dvfs", "device": "jetson-agx-xavier", "gpuFreqMHz": 1377, "cpuFreqMHz": 2265.6,
                 "emcFreqMHz": 2133, "fanSpeed": 3}"""));
        assertThat(unknown.getMessage()).startsWith("hw.json: /fanSpeed: unknown key");
        var missing = assertThrows(StudyFormatException.class, () -> ConfigJson.parseHardware("hw.json", """
                {"template": "edge-gpu-dvfs", "device": "jetson-agx-xavier", "gpuFreqMHz": 1377, "cpuFreqMHz": 2265.6}"""));
        assertEquals("hw.json: /emcFreqMHz: missing", missing.getMessage());
        var template =
                assertThrows(StudyFormatException.class, () -> ConfigJson.parseNetwork("n.json", "{\"widthMult\": 1}"));
        assertEquals("n.json: /template: missing", template.getMessage());
    }

    @Test
    void valueErrorsPointAtTheField() {
        var dataflow = assertThrows(
                StudyFormatException.class,
                () -> ConfigJson.parseHardware(
                        "hw.json",
                        ConfigJson.toJson(new SpatialAcceleratorConfig(
                                        Dataflow.ROW_STATIONARY,
                                        12,
                                        14,
                                        192,
                                        12,
                                        16,
                                        128,
                                        DramType.LPDDR4,
                                        200,
                                        65,
                                        16))
                                .put("dataflow", "diagonal")
                                .toString()));
        assertThat(dataflow.getMessage()).startsWith("hw.json: /dataflow: unknown dataflow 'diagonal'");
        var depth = assertThrows(StudyFormatException.class, () -> ConfigJson.parseNetwork("n.json", """
                {"template": "resnet", "block": "basic", "blocks": [2,0,2,2], "widthMult": 1.0, "resolution": 224}"""));
        assertEquals("n.json: /blocks/1: must be positive, got 0", depth.getMessage());
        var type = assertThrows(StudyFormatException.class, () -> ConfigJson.parseNetwork("n.json", """
                {"template": "mobilenet-v2", "widthMult": "wide", "resolution": 224}"""));
        assertEquals("n.json: /widthMult: expected a number, found the string \"wide\"", type.getMessage());
        var template = assertThrows(StudyFormatException.class, () -> ConfigJson.parseNetwork("n.json", """
                {"template": "spatial-accelerator"}"""));
        assertThat(template.getMessage())
                .startsWith("n.json: /template: unknown network template 'spatial-accelerator'");
    }
}
