package org.codesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.cost.AcceleratorCostModel;
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
 * are the study's, summed over the layers they are the point's latency and energy; bad points and
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
            Path out = dir.resolve("point" + p.index());
            var r = CliRunner.run(
                    "export-timeloop", study.toString(), "--point", Long.toString(p.index()), "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.err().contains("wrote 21 layer(s) of point " + p.index()), r.err());
            var hw = s.space().decode(p.genome()).hardware();
            double clockHz = new AcceleratorCostModel()
                    .design(hw)
                    .orElseThrow()
                    .architecture()
                    .clockHz();
            List<Path> problems;
            try (var files = Files.list(out.resolve("layer_shapes"))) {
                problems = files.sorted().toList();
            }
            double latencyMs = 0;
            double energyMJ = 0;
            var layers =
                    NetworkBuilder.build(s.space().decode(p.genome()).network()).layers();
            assertEquals(layers.size(), problems.size());
            for (Path problem : problems) {
                String name = problem.getFileName().toString();
                Path map = out.resolve("mappings").resolve(name.replace(".yaml", ".map.yaml"));
                var a = CliRunner.run(
                        "analyze",
                        "--timeloop",
                        out.resolve("arch.yaml").toString(),
                        out.resolve("ERT.yaml").toString(),
                        out.resolve("ART.yaml").toString(),
                        problem.toString(),
                        map.toString());
                assertEquals(0, a.exitCode(), a.err());
                JsonNode result = JSON.readTree(a.out());
                latencyMs += result.get("cycles").asLong() / clockHz * 1e3;
                energyMJ += result.get("energyPJ").asDouble() * 1e-9;
            }
            assertEquals(p.metric(Metric.LATENCY), latencyMs, 1e-12 * latencyMs, "latency of point " + p.index());
            assertEquals(p.metric(Metric.ENERGY), energyMJ, 1e-12 * energyMJ, "energy of point " + p.index());
            assertTrue(Files.readString(out.resolve("README.md")).contains("point " + p.index()));
            checked++;
            if (checked == 3) {
                break;
            }
        }
        assertEquals(3, checked, "three feasible points were exported");
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
