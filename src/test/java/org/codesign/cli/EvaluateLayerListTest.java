package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.study.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codesign evaluate --network} with a layer-list file instead of a template configuration. */
class EvaluateLayerListTest {

    private static JsonNode evaluate(String network, String hardware) throws Exception {
        var r = CliRunner.run("evaluate", "--network", network, "--hardware", hardware, "--json");
        assertEquals(0, r.exitCode(), r.err());
        return Json.mapper().readTree(r.out());
    }

    @Test
    void aBundledTorchvisionModelRunsOnBothHardwareKinds() throws Exception {
        for (String hardware : new String[] {"samples/configs/eyeriss-like.json", "samples/configs/xavier-max.json"}) {
            JsonNode json = evaluate("samples/networks/resnet50.json", hardware);
            assertEquals(25_557_032L, json.get("params").asLong(), hardware);
            assertEquals(76.13, json.get("accuracy").asDouble(), 1e-9, "torchvision's published acc@1");
            assertThat(json.get("latencyMs").asDouble()).as(hardware).isPositive();
            // conv1 … fc: 53 conv/fc layers; the 16 additions, max pool and global pool cost nothing.
            assertEquals(54, json.get("layers").size());
            assertEquals(
                    "layer1.0.downsample.0",
                    json.get("layers").get(4).get("name").asText());
        }
    }

    @Test
    void aTableNamesTheTorchvisionLayers() {
        var r = CliRunner.run("evaluate", "--network", "samples/networks/mobilenet_v2.json");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("features.1.conv.0.0", "depthwise", "classifier.1", "300.8 M");
    }

    @Test
    void aShapeMismatchExitsWithTheFileAndLayerPointer(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                Files.readString(Path.of("samples/networks/resnet18.json"))
                        .replace(
                                "\"name\":\"fc\",\"op\":\"fc\",\"in\":512",
                                "\"name\":\"fc\",\"op\":\"fc\",\"in\":500"));
        var r = CliRunner.run("evaluate", "--network", bad.toString());
        assertEquals(CodesignCli.BAD_INPUT, r.exitCode());
        assertThat(r.err())
                .contains(bad + ": /layers/30/in: fc expects 500 input features but its input 'avgpool' is 512×1×1");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void withoutTop1TheAccuracyHasNoValue(@TempDir Path dir) throws Exception {
        Path own = dir.resolve("own.json");
        Files.writeString(
                own,
                "{\"name\": \"own\", \"input\": [3, 32, 32], \"layers\": ["
                        + "{\"name\": \"c\", \"op\": \"conv\", \"out\": 16, \"kernel\": 3, \"padding\": 1},"
                        + "{\"name\": \"gap\", \"op\": \"adaptiveavgpool\", \"size\": 1},"
                        + "{\"name\": \"fc\", \"op\": \"fc\", \"in\": 16, \"out\": 10}]}");
        var r = CliRunner.run("evaluate", "--network", own.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("accuracy").isNull()).isTrue();
        assertEquals(3L * 16 * 9 * 32 * 32 + 16 * 10, json.get("macs").asLong());
        assertThat(CliRunner.run("evaluate", "--network", own.toString()).out()).contains("top-1 accuracy        n/a");
    }
}
