package org.codesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.codesign.cost.AcceleratorCostModel;
import org.codesign.cost.timeloop.TimeloopDesignFiles;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import org.codesign.workload.NetworkBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codesign export-timeloop} as a user runs it: a hardware-only run of the dataflow sample
 * (ResNet-18 on spatial accelerators of every dataflow), several of its points exported and each
 * layer's files run through {@code codesign analyze --timeloop}: the cycles and energy it prints
 * are the study's, summed over the layers they are the point's latency and energy (also for
 * MobileNetV2's depthwise layers on an input-stationary array); bad points and
 * runs exit 2 with a clear message.
 */
class ExportTimeloopCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path study;

    @BeforeAll
    static void runASearch() throws Exception {
        study = dir.resolve("dataflow.codesign.json");
        Files.copy(Path.of("samples/accelerator-dataflow.codesign.json"), study);
        var r = CliRunner.run(
                "run",
                study.toString(),
                "--algorithm",
                "random",
                "--mode",
                "hardware-only",
                "--evaluations",
                "8",
                "--seed",
                "3",
                "--threads",
                "2",
                "--out",
                dir.resolve("run").toString(),
                "--save",
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void everyExportedLayerReproducesTheStudysNumbers() throws Exception {
        Study s = StudyLoader.load(study);
        RunRecord run = s.runs().get(0);
        int checked = 0;
        for (EvaluatedPoint p : run.points()) {
            if (!p.feasible()) {
                continue;
            }
            exportAndAnalyzeEveryLayer(s, study, p, dir.resolve("point" + p.index()));
            checked++;
            if (checked == 3) {
                break;
            }
        }
        assertEquals(3, checked, "three feasible points were exported");
    }

    /**
     * MobileNetV2's depthwise layers on the 4×8 input-stationary array: mappings that spread G over
     * both axes of the array, exported with the array as columns of rows, reproduce the study.
     */
    @Test
    void aDepthwiseNetworkOnTheInputStationaryArrayRoundTrips() throws Exception {
        ObjectNode config = (ObjectNode) JSON.readTree(Files.readString(study));
        ObjectNode params = (ObjectNode) config.path("hardwareSpace").path("parameters");
        Map<String, Object> is = Map.of(
                "dataflow", "input-stationary",
                "peRows", 4,
                "peCols", 8,
                "peWeightRfWords", 16,
                "peInputRfWords", 24,
                "pePsumRfWords", 4,
                "globalBufferKiB", 256,
                "clockMHz", 1000.0);
        is.forEach((k, v) -> params.set(k, JSON.createArrayNode().add(JSON.valueToTree(v))));
        config.set(
                "fixedNetwork",
                JSON.readTree("{\"template\": \"mobilenet-v2\", \"widthMult\": 1.0, \"resolution\": 224}"));
        config.set(
                "networkSpace",
                JSON.readTree(
                        "{\"template\": \"mobilenet-v2\", \"parameters\": {\"widthMult\": [1.0], \"resolution\": [224]}}"));
        int[] depths = {1, 2, 3, 4, 3, 3, 1}; // published MobileNetV2
        ObjectNode netParams = (ObjectNode) config.path("networkSpace").path("parameters");
        for (int i = 0; i < depths.length; i++) {
            netParams.set("stage" + (i + 1) + ".depth", JSON.createArrayNode().add(depths[i]));
        }
        config.set("runs", JSON.createArrayNode());
        Path dw = dir.resolve("depthwise.codesign.json");
        Files.writeString(dw, JSON.writeValueAsString(config));
        var r = CliRunner.run(
                "run",
                dw.toString(),
                "--algorithm",
                "random",
                "--mode",
                "hardware-only",
                "--evaluations",
                "1",
                "--seed",
                "1",
                "--out",
                dir.resolve("dwrun").toString(),
                "--save",
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Study s = StudyLoader.load(dw);
        EvaluatedPoint p = s.runs().get(0).points().get(0);
        assertTrue(p.feasible());
        TimeloopDesignFiles.Written w = exportAndAnalyzeEveryLayer(s, dw, p, dir.resolve("dw"));
        assertTrue(
                w.archFiles().contains("arch_columns_shared_glb.yaml"),
                w.archFiles().toString());
    }

    /** Exports a point, runs {@code analyze --timeloop} on every layer's files and checks the sums. */
    private static TimeloopDesignFiles.Written exportAndAnalyzeEveryLayer(
            Study s, Path studyFile, EvaluatedPoint p, Path out) throws Exception {
        var r = CliRunner.run(
                "export-timeloop", studyFile.toString(), "--point", Long.toString(p.index()), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        var layers =
                NetworkBuilder.build(s.space().decode(p.genome()).network()).layers();
        assertTrue(r.err().contains("wrote " + layers.size() + " layer(s) of point " + p.index()), r.err());
        var hw = s.space().decode(p.genome()).hardware();
        double clockHz = new AcceleratorCostModel()
                .design(hw)
                .orElseThrow()
                .architecture()
                .clockHz();
        TimeloopDesignFiles.Written w = TimeloopDesignFiles.read(out);
        assertEquals(layers.size(), w.problemFiles().size());
        double latencyMs = 0;
        double energyMJ = 0;
        for (int i = 0; i < w.problemFiles().size(); i++) {
            List<String> args = new ArrayList<>(List.of("analyze", "--timeloop"));
            w.inputs(i).forEach(f -> args.add(f.toString()));
            var a = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, a.exitCode(), a.err());
            JsonNode result = JSON.readTree(a.out());
            latencyMs += result.get("cycles").asLong() / clockHz * 1e3;
            energyMJ += result.get("energyPJ").asDouble() * 1e-9;
        }
        assertEquals(p.metric(Metric.LATENCY), latencyMs, 1e-12 * latencyMs, "latency of point " + p.index());
        assertEquals(p.metric(Metric.ENERGY), energyMJ, 1e-12 * energyMJ, "energy of point " + p.index());
        assertTrue(Files.readString(out.resolve("README.md")).contains("point " + p.index()));
        return w;
    }

    @Test
    void badPointOrRunExitsTwoWithAClearMessage() {
        Path out = dir.resolve("bad");
        var r = CliRunner.run("export-timeloop", study.toString(), "--point", "999", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--point: run '") && r.err().contains("has no point 999"), r.err());
        assertTrue(r.err().contains("numbered 0 to 7"), r.err());
        r = CliRunner.run(
                "export-timeloop", study.toString(), "--point", "0", "--run", "nope", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--run: no run 'nope'"), r.err());
        r = CliRunner.run("export-timeloop", study.toString(), "--point", "-1", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--point: must be 0 or more"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aGpuPointIsNotAnAcceleratorDesign() throws Exception {
        Path gpu = dir.resolve("gpu.codesign.json");
        Files.copy(Path.of("samples/default.codesign.json"), gpu);
        var r = CliRunner.run(
                "run",
                gpu.toString(),
                "--algorithm",
                "random",
                "--evaluations",
                "2",
                "--seed",
                "1",
                "--out",
                dir.resolve("gpurun").toString(),
                "--save",
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        r = CliRunner.run(
                "export-timeloop",
                gpu.toString(),
                "--point",
                "0",
                "--out",
                dir.resolve("g").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'edge-gpu-dvfs', which is not an accelerator"), r.err());
        assertFalse(Files.exists(dir.resolve("g")));
    }
}
