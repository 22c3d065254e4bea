package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.study.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: {@code evaluate --json} gives the accuracy's interval and whether it is extrapolated. */
class EvaluateAccuracyIntervalTest {

    @Test
    void aPublishedSubnetIsInsideWithItsInterval() throws Exception {
        JsonNode json = evaluate(Path.of("samples/configs/ofa-flops-389M.json"));
        double accuracy = json.get("accuracy").asDouble();
        assertThat(json.get("accuracyLow").asDouble()).isLessThan(accuracy).isGreaterThan(accuracy - 1);
        assertThat(json.get("accuracyHigh").asDouble()).isGreaterThan(accuracy).isLessThan(accuracy + 1);
        assertThat(json.get("extrapolated").asBoolean()).isFalse();
    }

    @Test
    void resolution320IsExtrapolatedWithAWiderInterval(@TempDir Path dir) throws Exception {
        ObjectNode config =
                (ObjectNode) Json.mapper().readTree(Files.readString(Path.of("samples/configs/ofa-flops-389M.json")));
        config.put("resolution", 320);
        Path file = dir.resolve("ofa-320.json");
        Files.writeString(file, Json.mapper().writeValueAsString(config));
        JsonNode at320 = evaluate(file);
        JsonNode at224 = evaluate(Path.of("samples/configs/ofa-flops-389M.json"));
        assertThat(at320.get("extrapolated").asBoolean()).isTrue();
        assertThat(at320.get("accuracy").asDouble())
                .isGreaterThan(at224.get("accuracy").asDouble());
        // Below the prediction by more than the half-width: the gain past the data's edge is not claimed.
        double inside =
                at224.get("accuracy").asDouble() - at224.get("accuracyLow").asDouble();
        assertThat(at320.get("accuracy").asDouble() - at320.get("accuracyLow").asDouble())
                .isGreaterThan(inside + 0.1);
    }

    private static JsonNode evaluate(Path network) throws Exception {
        var r = CliRunner.run("evaluate", "--network", network.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }
}
