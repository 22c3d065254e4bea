package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A layer-list network as the fixed network of a study (samples/networks/resnet50-accelerator). */
class LayerListStudyTest {
    private static final Path SAMPLE = Path.of("samples/networks/resnet50-accelerator.codesign.json");

    @Test
    void hardwareOnlyRunsSearchTheAcceleratorForTheFixedNetwork(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        var r = CliRunner.run(
                "run",
                SAMPLE.toString(),
                "--algorithm",
                "random",
                "--mode",
                "hardware-only",
                "--evaluations",
                "6",
                "--seed",
                "3",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> front = Files.readAllLines(out.resolve("front.csv"));
        assertThat(front).hasSizeGreaterThan(1);
        // Every point is the same network: ResNet-50's exact parameter count and conv + fc MACs.
        assertThat(front.subList(1, front.size()))
                .allSatisfy(line -> assertThat(line).contains("25557032", "4089184256"));
    }

    @Test
    void aBrokenFixedNetworkFileIsNamedWithItsLayer(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("broken.json");
        Files.writeString(
                net,
                Files.readString(Path.of("samples/networks/resnet18.json"))
                        .replace(
                                "\"inputs\":[\"layer1.0.conv2\",\"maxpool\"]",
                                "\"inputs\":[\"layer1.0.conv2\",\"conv1\"]"));
        Path study = dir.resolve("study.codesign.json");
        Files.writeString(
                study,
                Files.readString(SAMPLE)
                        .replace(
                                "samples/networks/resnet50.json", net.toString().replace("\\", "\\\\")));
        var r = CliRunner.run("validate", study.toString());
        assertEquals(CodesignCli.BAD_INPUT, r.exitCode());
        assertThat(r.err())
                .contains(
                        "study.codesign.json: /fixedNetwork/file: ",
                        net + ": /layers/4/inputs/1: add needs equal shapes: 'conv1' is 64×112×112"
                                + " but 'layer1.0.conv2' is 64×56×56");
    }
}
