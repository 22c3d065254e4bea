package org.codesign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.codesign.eval.CodesignMode;
import org.codesign.space.ResNetConfig;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every experiment's samples load and can be searched, and every experiment writes a complete report. */
class ExperimentsTest {

    @Test
    void everyExperimentsSamplesLoadValidateAndCanBeSearchedInEveryMode() throws Exception {
        for (Experiment e : Experiments.all()) {
            for (String sample : e.samples()) {
                Study bundled = SampleSource.bundled().load(sample);
                assertEquals(SampleSource.folder(Path.of("samples")).load(sample), bundled, sample);
                assertThat(bundled.space().validate()).as(sample).isEmpty();
                // The fixed sides must lie in the spaces, or the network-only / hardware-only modes cannot start.
                for (CodesignMode mode : List.of(CodesignMode.NETWORK_ONLY, CodesignMode.HARDWARE_ONLY)) {
                    assertThat(Searches.fixedGenes(bundled, mode))
                            .as(sample + " " + mode)
                            .contains(-1);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"edge-gpu-dvfs", "accelerator-dataflow", "nas-accelerator-joint", "tea-dnn", "classroom-small"})
    void everyExperimentWritesItsReportWithEveryPlotItRefersTo(String name, @TempDir Path out) throws Exception {
        Experiment e = Experiments.byName(name);
        ExperimentSettings tiny =
                new ExperimentSettings(name.equals("classroom-small") ? 2 : 1, e.minimumEvaluations(), 2);
        List<String> log = new ArrayList<>();
        Path report = ExperimentRunner.run(e, tiny, cheap(), out, "the command", log::add);

        String md = Files.readString(report);
        assertThat(md)
                .startsWith("# " + e.title())
                .contains("```\nthe command\n```")
                .contains("## The paper's claim and what our model shows")
                .contains(tiny.evaluations() + " evaluations per run");
        if (name.equals("accelerator-dataflow")) {
            // power in W as everywhere else (it was mW here)
            assertThat(md).contains("| lowest latency (ms) | lowest power (W) | smallest area (mm²) |");
        }
        List<String> images = images(md);
        assertThat(images).as("plots in the report").isNotEmpty();
        for (String image : images) {
            BufferedImage png = ImageIO.read(out.resolve(image).toFile());
            assertThat(png).as(image).isNotNull();
            assertEquals(PlotWriter.WIDTH, png.getWidth(), image);
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")))
                    .as("every PNG written is referenced")
                    .containsExactlyInAnyOrderElementsOf(images);
        }
        assertThat(log).last().asString().startsWith("wrote ");
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        Experiment classroom = Experiments.byName("classroom-small");
        String one = ExperimentRunner.body(classroom, new ExperimentSettings(2, 60, 1), SampleSource.bundled(), s -> {})
                .markdown();
        String two = ExperimentRunner.body(classroom, new ExperimentSettings(2, 60, 2), SampleSource.bundled(), s -> {})
                .markdown();
        assertEquals(one, two);
    }

    @Test
    void namesAndSampleFilesFindTheirExperiment() {
        assertThat(Experiments.names())
                .containsExactly(
                        "edge-gpu-dvfs",
                        "accelerator-dataflow",
                        "nas-accelerator-joint",
                        "tea-dnn",
                        "classroom-small",
                        "dosa-edp");
        assertEquals("tea-dnn", Experiments.byName("tea-dnn-accelerator").name());
        assertEquals(
                "edge-gpu-dvfs",
                Experiments.byName("edge-gpu-dvfs.codesign.json").name());
        var e = assertThrows(IllegalArgumentException.class, () -> Experiments.byName("default"));
        assertThat(e.getMessage()).startsWith("NAME: no experiment 'default' (one of edge-gpu-dvfs, ");
    }

    @Test
    void tooSmallABudgetIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
        Experiment e = Experiments.byName("accelerator-dataflow");
        var ex = assertThrows(
                IllegalArgumentException.class,
                () -> ExperimentRunner.run(
                        e,
                        new ExperimentSettings(1, e.minimumEvaluations() - 1, 1),
                        SampleSource.bundled(),
                        dir,
                        "c",
                        s -> {}));
        assertThat(ex.getMessage()).startsWith("evaluations: accelerator-dataflow needs at least");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingSampleFolderFileIsNamed(@TempDir Path dir) {
        var ex = assertThrows(
                org.codesign.study.StudyFormatException.class,
                () -> SampleSource.folder(dir).load("tea-dnn.codesign.json"));
        assertThat(ex.getMessage()).contains("tea-dnn.codesign.json").contains("no such sample file");
    }

    @Test
    void settingsNameTheFieldTheyRefuse() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new ExperimentSettings(0, 10, 0))
                        .getMessage())
                .startsWith("seeds: ");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new ExperimentSettings(1, 0, 0))
                        .getMessage())
                .startsWith("evaluations: ");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new ExperimentSettings(1, 10, -1))
                        .getMessage())
                .startsWith("threads: ");
        assertEquals(20, new ExperimentSettings(1, 1000, 0).population(20));
        assertEquals(8, new ExperimentSettings(1, 40, 0).population(20), "at most a fifth of the budget");
    }

    /**
     * The bundled samples, with the accelerator sample's ResNet-18 swapped for the smallest ResNet of its
     * space: cold mappings of ResNet-18's big layers would make this test slow, and the code path is the same.
     */
    private static SampleSource cheap() {
        return name -> {
            Study study = SampleSource.bundled().load(name);
            if (!name.equals(AcceleratorDataflowExperiment.SAMPLE)) {
                return study;
            }
            return study.withFixed(
                    new ResNetConfig(ResNetConfig.Block.BASIC, List.of(1, 1, 1, 1), 0.5, 160), study.fixedHardware());
        };
    }

    private static List<String> images(String markdown) {
        List<String> list = new ArrayList<>();
        Matcher m = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(markdown);
        while (m.find()) {
            list.add(m.group(1));
        }
        return list;
    }
}
