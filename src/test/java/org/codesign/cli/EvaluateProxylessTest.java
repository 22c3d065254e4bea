package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.study.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codesign evaluate} on a {@code proxyless-ofa} subnet (OFA's ofa-1080ti-27 at 188 px). */
class EvaluateProxylessTest {
    private static final String NETWORK = "samples/configs/proxyless-1080ti-27.json";

    private static JsonNode evaluate(String hardware) throws Exception {
        var r = CliRunner.run("evaluate", "--network", NETWORK, "--hardware", hardware, "--json");
        assertEquals(0, r.exitCode(), r.err());
        return Json.mapper().readTree(r.out());
    }

    @Test
    void networkMetricsAreThePublishedOnesAndTheAccuracyIsFlagged() throws Exception {
        var r = CliRunner.run("evaluate", "--network", NETWORK, "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        // OFA README: 397 M MACs, 6.5 M parameters; the direct count.
        assertEquals(396_707_912L, json.get("macs").asLong());
        assertEquals(6_493_328L, json.get("params").asLong());
        // Published top-1 76.4 %; scored on MnasNet-A1's terms, inside that family's data.
        assertThat(json.get("accuracy").asDouble()).isBetween(75.4, 77.4);
        assertThat(json.get("extrapolated").asBoolean()).isFalse();
        assertThat(json.get("layers").get(0).get("name").asText()).isEqualTo("stem");
    }

    @Test
    void everyCostModelGivesFiniteMetrics() throws Exception {
        for (String hardware : new String[] {
            "samples/configs/xavier-max.json", "samples/configs/eyeriss-like.json", "samples/configs/edge-tpu-like.json"
        }) {
            JsonNode json = evaluate(hardware);
            assertThat(json.get("feasible").asBoolean()).as(hardware).isTrue();
            for (String key : new String[] {"accuracy", "latencyMs", "powerW", "energyMJ", "edp"}) {
                double v = json.get(key).asDouble();
                assertThat(Double.isFinite(v) && v > 0)
                        .as(hardware + " " + key + " = " + v)
                        .isTrue();
            }
            assertThat(json.get("layers").size()).as(hardware).isGreaterThan(50);
        }
    }

    /** The largest subnet: more MACs than any MnasNet-A1 measured, so outside the accuracy model's data. */
    static final String LARGEST = "{\"template\": \"proxyless-ofa\", \"resolution\": 224, \"depths\": [4,4,4,4,4,1],"
            + " \"kernels\": [[7,7,7,7],[7,7,7,7],[7,7,7,7],[7,7,7,7],[7,7,7,7],[7]],"
            + " \"expandRatios\": [[6,6,6,6],[6,6,6,6],[6,6,6,6],[6,6,6,6],[6,6,6,6],[6]]}";

    @Test
    void theFlagFollowsTheTrustRegion(@TempDir Path dir) throws Exception {
        Path largest = dir.resolve("largest.json");
        Files.writeString(largest, LARGEST);
        var big = CliRunner.run("evaluate", "--network", largest.toString(), "--json");
        assertEquals(0, big.exitCode(), big.err());
        assertThat(Json.mapper().readTree(big.out()).get("extrapolated").asBoolean())
                .isTrue();
        var ofa = CliRunner.run("evaluate", "--network", "samples/configs/ofa-flops-389M.json", "--json");
        assertThat(Json.mapper().readTree(ofa.out()).get("extrapolated").asBoolean())
                .isFalse();
    }

    @Test
    void aSecondBlockInTheLastStageIsNamedAndExitsWithTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                Files.readString(Path.of(NETWORK))
                        .replace("[2,4,3,3,4,1]", "[2,4,3,3,4,2]")
                        .replace("[7]]", "[7,3]]")
                        .replace("[6]]", "[6,3]]"));
        var r = CliRunner.run("evaluate", "--network", bad.toString());
        assertEquals(CodesignCli.BAD_INPUT, r.exitCode());
        assertThat(r.err())
                .isEqualTo(
                        "codesign: bad.json: /depths/5: the last stage has exactly one block in this supernet, got 2\n");
    }

    @Test
    void theTableSaysWhenTheAccuracyIsExtrapolated(@TempDir Path dir) throws Exception {
        Path largest = dir.resolve("largest.json");
        Files.writeString(largest, LARGEST);
        var r = CliRunner.run("evaluate", "--network", largest.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("proxyless-ofa").contains("(extrapolated: outside the accuracy model's data)");
        var inside = CliRunner.run("evaluate", "--network", NETWORK);
        assertEquals(0, inside.exitCode(), inside.err());
        assertThat(inside.out()).contains("proxyless-ofa").doesNotContain("extrapolated");
    }
}
