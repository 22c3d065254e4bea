package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.cost.timeloop.TimeloopCases;
import org.codesign.cost.timeloop.TimeloopLayerShapes;
import org.codesign.eval.Metric;
import org.codesign.space.TimeloopLayersConfig;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 5: a {@code layer_shapes/} folder of Timeloop problems is a study's fixed network.
 * {@code codesign run} searches an accelerator for it and {@code codesign evaluate} prints its
 * layers, whose MACs are the products of the problems' bounds; a bad problem file and a folder
 * outside the study's exit 2 with what is wrong.
 */
class TimeloopLayersStudyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The layers of the folder {@link TimeloopCases#layerShapesStudy} writes: name, kind and C·M·R·S·N·P·Q (·G). */
    private record Expected(String name, String kind, long macs) {}

    private static final List<Expected> EXPECTED = List.of(
            // default_problem.yaml: C 3, M 32, R 3, S 3, N 1, P 112, Q 112, stride 2
            new Expected("01_conv", "conv", 3L * 32 * 3 * 3 * 112 * 112),
            // 06-mapper-convlayer-eyeriss/prob/VGG02_layer5.yaml: C 128, M 256, R 3, S 3, P 56, Q 56
            new Expected("02_vgg_layer5", "conv", 128L * 256 * 3 * 3 * 56 * 56),
            // the same shape with G 64 groups of one input and one output channel
            new Expected("03_depthwise", "depthwise", 64L * 3 * 3 * 56 * 56),
            // a 1×1 filter on a 1×1 map: C 512, M 10
            new Expected("04_fc", "fc", 512L * 10));

    private Path study() throws Exception {
        return TimeloopCases.layerShapesStudy(dir);
    }

    private CliRunner.Result run(Path study) {
        return CliRunner.run(
                "run",
                study.toString(),
                "--algorithm",
                "random",
                "--mode",
                "hardware-only",
                "--evaluations",
                "3",
                "--seed",
                "4",
                "--threads",
                "2",
                "--out",
                dir.resolve("out").toString(),
                "--save",
                "--quiet");
    }

    @Test
    void aLayerShapesFolderIsTheFixedNetworkOfAnAcceleratorRun() throws Exception {
        Path file = study();
        var r = run(file);
        assertEquals(0, r.exitCode(), r.err());
        Study s = StudyLoader.load(file);
        long macs = EXPECTED.stream().mapToLong(Expected::macs).sum();
        assertEquals(TimeloopCases.LAYER_SHAPES_MACS, macs);
        assertThat(s.runs().get(0).points()).hasSize(3);
        for (EvaluatedPoint p : s.runs().get(0).points()) {
            assertThat(p.feasible()).as(p.infeasibleReason()).isTrue();
            assertThat(s.space().decode(p.genome()).network()).isEqualTo(new TimeloopLayersConfig("layer_shapes"));
            assertEquals(macs, p.metric(Metric.MACS));
            assertThat(p.metric(Metric.LATENCY)).isPositive();
        }
        // and the point exports back: one problem per layer, read again as the same network
        Path out = dir.resolve("out/exported");
        var e = CliRunner.run("export-timeloop", file.toString(), "--point", "0", "--out", out.toString());
        assertEquals(0, e.exitCode(), e.err());
        long exported = TimeloopLayerShapes.build(new TimeloopLayersConfig("exported/layer_shapes"), dir.resolve("out"))
                .macs();
        assertEquals(macs, exported);
    }

    @Test
    void evaluatePrintsEveryProblemAsALayerWithItsMacs() throws Exception {
        study();
        Path network = dir.resolve("network.json");
        Files.writeString(network, "{\"template\": \"timeloop-layers\", \"folder\": \"layer_shapes\"}");
        Path hardware = dir.resolve("hardware.json");
        JsonNode sample = JSON.readTree(
                Path.of("samples/accelerator-dataflow.codesign.json").toFile());
        JSON.writeValue(hardware.toFile(), sample.get("fixedHardware"));
        var r = CliRunner.run("evaluate", "--network", network.toString(), "--hardware", hardware.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = JSON.readTree(r.out());
        JsonNode layers = out.get("layers");
        assertThat(layers).hasSize(EXPECTED.size());
        for (int i = 0; i < EXPECTED.size(); i++) {
            Expected e = EXPECTED.get(i);
            assertThat(layers.get(i).get("name").asText()).isEqualTo(e.name());
            assertThat(layers.get(i).get("kind").asText()).as(e.name()).isEqualTo(e.kind());
            assertThat(layers.get(i).get("macs").asLong()).as(e.name()).isEqualTo(e.macs());
        }
        assertThat(layers.get(0).get("strideH").asInt()).isEqualTo(2);
        assertThat(out.get("accuracy").isNull()).isTrue();
        assertThat(out.get("latencyMs").asDouble()).isPositive();
    }

    @Test
    void aBadProblemFileExitsTwoWithItsLineAndYamlPath() throws Exception {
        Path file = study();
        Path bad = dir.resolve("layer_shapes/02_vgg_layer5.yaml");
        Files.writeString(bad, Files.readString(bad).replace("      - - - R\n          - Wdilation", "      - - - X"));
        var r = run(file);
        assertEquals(2, r.exitCode());
        assertThat(r.err())
                .containsPattern("02_vgg_layer5\\.yaml:36: problem\\.shape\\.data_spaces\\[1]\\.projection\\S*: "
                        + "'X' is neither a dimension")
                .doesNotContain("\tat ");
    }

    @Test
    void aFolderOutsideTheStudyOrWithoutProblemsExitsTwo() throws Exception {
        Path file = study();
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"layer_shapes\"", "\"../layer_shapes\""));
        var r = run(file);
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("folder: '../layer_shapes' is outside the study's folder");

        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(file, text.replace("\"layer_shapes\"", "\"empty\""));
        r = run(file);
        assertEquals(2, r.exitCode());
        assertThat(r.err())
                .contains("folder: empty holds no .yaml problem files")
                .doesNotContain("\tat ");
    }
}
