package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.study.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCommandsTest {

    @Test
    void evaluatePrintsTheDocumentedJsonKeys() throws Exception {
        var r = CliRunner.run("evaluate", "--network", "samples/configs/resnet18.json", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertEquals(11_689_512, json.get("params").asLong());
        assertThat(json.get("macs").asLong()).isBetween(1_795_000_000L, 1_833_000_000L);
        assertThat(json.get("accuracy").asDouble()).isBetween(69.0, 70.6);
        assertEquals(21, json.get("layers").size());
        assertThat(json.get("layers").get(0).get("name").asText()).isEqualTo("stem");
        assertThat(json.get("simulated").asBoolean()).isTrue();
    }

    @Test
    void evaluateOnAnEdgeGpuAddsHardwareMetrics() throws Exception {
        var fast = Json.mapper()
                .readTree(CliRunner.run(
                                "evaluate",
                                "--network",
                                "samples/configs/ofa-flops-389M.json",
                                "--hardware",
                                "samples/configs/xavier-max.json",
                                "--json")
                        .out());
        var slow = Json.mapper()
                .readTree(CliRunner.run(
                                "evaluate",
                                "--network",
                                "samples/configs/ofa-flops-389M.json",
                                "--hardware",
                                "samples/configs/xavier-low.json",
                                "--json")
                        .out());
        for (String key : new String[] {
            "accuracy", "latencyMs", "powerW", "energyMJ", "edp", "areaMm2", "macs", "params", "layers"
        }) {
            assertThat(fast.has(key)).as(key).isTrue();
        }
        assertThat(fast.get("areaMm2").isNull())
                .as("a Jetson board has no modelled area")
                .isTrue();
        assertThat(fast.get("latencyMs").asDouble())
                .isLessThan(slow.get("latencyMs").asDouble());
        assertThat(fast.get("powerW").asDouble())
                .isGreaterThan(slow.get("powerW").asDouble());
        assertEquals(
                fast.get("energyMJ").asDouble(),
                fast.get("powerW").asDouble() * fast.get("latencyMs").asDouble(),
                1e-6);
        assertThat(fast.get("layers").get(0).get("mapping").asText()).isNotBlank();
    }

    @Test
    void evaluateOnAnAcceleratorReportsAreaAndInfeasibility(@TempDir Path dir) throws Exception {
        var r = CliRunner.run(
                "evaluate",
                "--network",
                "samples/configs/resnet18.json",
                "--hardware",
                "samples/configs/eyeriss-like.json",
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("areaMm2").asDouble()).isPositive();
        assertThat(json.get("layers").get(1).get("mapping").asText()).isNotBlank();
        Path wide = dir.resolve("wide.json");
        Files.writeString(
                wide,
                Files.readString(Path.of("samples/configs/eyeriss-like.json"))
                        .replace("\"wordBits\": 16", "\"wordBits\": 64"));
        var infeasible = CliRunner.run(
                "evaluate", "--network", "samples/configs/resnet18.json", "--hardware", wide.toString(), "--json");
        assertEquals(EvaluateCommand.INFEASIBLE, infeasible.exitCode());
        JsonNode bad = Json.mapper().readTree(infeasible.out());
        assertThat(bad.get("feasible").asBoolean()).isFalse();
        assertThat(bad.get("infeasibleReason").asText()).startsWith("wordBits:");
        assertThat(bad.has("latencyMs")).as("no made-up numbers").isFalse();
    }

    @Test
    void evaluatePrintsATable() {
        var r = CliRunner.run("evaluate", "--network", "samples/configs/mobilenet-v2-0.75-192.json");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("top-1 accuracy", "MACs", "params", "(all metrics are simulated)", "stage");
    }

    @Test
    void badConfigurationFilesAreExplained(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("net.json");
        Files.writeString(
                bad, "{\"template\": \"mobilenet-v2\", \"widthMult\": 0.75, \"resolution\": 192, \"dropout\": 0.2}");
        var r = CliRunner.run("evaluate", "--network", bad.toString());
        assertEquals(CodesignCli.BAD_INPUT, r.exitCode());
        assertThat(r.err())
                .isEqualTo("codesign: net.json: /dropout: unknown key (expected one of depths, resolution, "
                        + "template, widthMult)\n");
        var missing =
                CliRunner.run("evaluate", "--network", dir.resolve("nope.json").toString());
        assertEquals(CodesignCli.BAD_INPUT, missing.exitCode());
        assertThat(missing.err()).startsWith("codesign: nope.json: /: no such file");
    }

    @Test
    void spacesListsEveryTemplate() throws Exception {
        var r = CliRunner.run("spaces", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertEquals(10, json.size());
        assertEquals("timeloop-layers", json.get(5).get("template").asText()); // a folder of Timeloop problems
        assertEquals("timeloop", json.get(9).get("template").asText()); // an imported Timeloop architecture
        assertEquals("mbv3-ofa", json.get(0).get("template").asText());
        assertEquals("proxyless-ofa", json.get(1).get("template").asText());
        assertEquals("4895697485828809316475", json.get(1).get("size").asText()); // 25 × 9 × 7371⁵
        assertEquals("layers", json.get(4).get("template").asText());
        assertEquals("304621176896014801914", json.get(0).get("size").asText());
        var table = CliRunner.run("spaces");
        assertThat(table.out()).contains("edge-gpu-dvfs", "3,654", "3.0 × 10^20");
    }

    @Test
    void validateAcceptsTheDefaultAndExplainsBadStudies(@TempDir Path dir) throws Exception {
        var ok = CliRunner.run("validate", "samples/default.codesign.json");
        assertEquals(0, ok.exitCode(), ok.err());
        assertThat(ok.out()).contains("OK", "mbv3-ofa", "edge-gpu-dvfs");
        var bad = CliRunner.run("validate", "src/test/resources/bad-studies/newer-version.codesign.json");
        assertEquals(CodesignCli.BAD_INPUT, bad.exitCode());
        assertThat(bad.err()).contains("newer-version.codesign.json: /formatVersion: the file was written by a newer");
        Path edited = dir.resolve("edited.codesign.json");
        Files.writeString(
                edited,
                Files.readString(Path.of("samples/default.codesign.json"))
                        .replace("\"stage2.depth\" : [ 2, 3, 4 ]", "\"stage2.depth\" : [ ]"));
        var invalid = CliRunner.run("validate", edited.toString());
        assertEquals(CodesignCli.BAD_INPUT, invalid.exitCode());
        assertThat(invalid.err())
                .contains("edited.codesign.json: /networkSpace/parameters/stage2.depth: " + "the value list is empty");
    }

    @Test
    void unknownCommandsAndOptionsAreExplainedWithoutStackTraces() {
        var r = CliRunner.run("evalaute");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("Unmatched argument").doesNotContain("Exception");
    }
}
