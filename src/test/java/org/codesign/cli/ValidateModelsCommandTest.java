package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.codesign.cost.gpu.PublishedPoint;
import org.codesign.study.Json;
import org.junit.jupiter.api.Test;

class ValidateModelsCommandTest {

    @Test
    void theTableHasOneLinePerPublishedPointWithItsRoleAndSource() {
        var r = CliRunner.run("validate-models");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out())
                .contains("board", "network", "precision", "measured ms", "predicted ms", "ratio", "role", "source");
        long lines = r.out()
                .lines()
                .filter(l ->
                        l.startsWith("jetson-") && (l.contains("fp16") || l.contains("fp32") || l.contains("int8")))
                .count();
        assertEquals(PublishedPoint.all().size(), lines);
        assertThat(r.out()).containsPattern("jetson-nano +resnet50 +fp16 +921.60/1479.0/1600 +29.800");
        // every column has its header: launch, role and the source's id end each row
        assertThat(r.out()).containsPattern("ratio +launch +role +source\n");
        assertThat(r.out()).containsPattern("enqueue +validation +torch2trt-nano\n");
        assertThat(r.out()).contains("Orin over Xavier, ResNet-50 INT8 at Max-N: measured 2.90×");
    }

    @Test
    void jsonHasTheSamePointsAndTheRatioIsPredictedOverMeasured() throws Exception {
        var r = CliRunner.run("validate-models", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertEquals(PublishedPoint.all().size(), json.get("points").size());
        for (JsonNode p : json.get("points")) {
            assertEquals(
                    p.get("predictedMs").asDouble() / p.get("measuredMs").asDouble(),
                    p.get("ratio").asDouble(),
                    1e-9);
            assertThat(p.get("role").asText()).isIn("calibration", "validation", "disputed");
        }
        JsonNode first = json.get("points").get(0);
        assertEquals("jetson-agx-xavier", first.get("board").asText());
        assertEquals("fp16", first.get("precision").asText());
        assertEquals(1377.0, first.get("gpuFreqMHz").asDouble());
        assertThat(json.get("summaries").size()).isGreaterThanOrEqualTo(4);
        assertEquals(2.897, json.get("orinOverXavierResnet50").get("measured").asDouble(), 0.01);
    }
}
