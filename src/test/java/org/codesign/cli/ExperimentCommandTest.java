package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {

    @Test
    void writesTheReportWithTheCommandThatReproducesIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        var r = CliRunner.run(
                "experiment",
                "classroom-small",
                "--out",
                out.toString(),
                "--seeds",
                "1",
                "--evaluations",
                "30",
                "--threads",
                "1");
        assertEquals(0, r.exitCode(), r.err());
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md)
                .contains("java -jar target/codesign-explorer.jar experiment classroom-small --out " + out
                        + " --seeds 1 --evaluations 30");
        assertThat(out.resolve("hypervolume.png")).isRegularFile();
        assertThat(r.err()).contains("wrote " + out.resolve("report.md"));
    }

    @Test
    void samplesCanComeFromAFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        var r = CliRunner.run(
                "experiment",
                "classroom-small",
                "--out",
                out.toString(),
                "--seeds",
                "1",
                "--evaluations",
                "20",
                "--samples",
                "samples");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(Files.readString(out.resolve("report.md"))).contains("--samples samples");
    }

    @Test
    void badNamesAndOptionsGetAClearMessage(@TempDir Path dir) {
        String out = dir.resolve("x").toString();
        var unknown = CliRunner.run("experiment", "default", "--out", out);
        assertEquals(CodesignCli.BAD_INPUT, unknown.exitCode());
        assertThat(unknown.err())
                .contains("NAME: no experiment 'default' (one of edge-gpu-dvfs, accelerator-dataflow, "
                        + "nas-accelerator-joint, tea-dnn, classroom-small, dosa-edp)");

        var seeds = CliRunner.run("experiment", "tea-dnn", "--out", out, "--seeds", "0");
        assertEquals(CodesignCli.BAD_INPUT, seeds.exitCode());
        assertThat(seeds.err()).contains("--seeds: must be between 1 and 50, got 0");

        var budget = CliRunner.run("experiment", "accelerator-dataflow", "--out", out, "--evaluations", "3");
        assertEquals(CodesignCli.BAD_INPUT, budget.exitCode());
        assertThat(budget.err())
                .contains("--evaluations: accelerator-dataflow needs at least 16 evaluations per run, " + "got 3");

        var folder = CliRunner.run("experiment", "edge-gpu-dvfs", "--out", out, "--samples", dir.toString());
        assertEquals(CodesignCli.BAD_INPUT, folder.exitCode());
        assertThat(folder.err()).contains("edge-gpu-dvfs.codesign.json").contains("no such sample file");

        var noOut = CliRunner.run("experiment", "tea-dnn");
        assertEquals(CodesignCli.BAD_INPUT, noOut.exitCode());
        assertThat(noOut.err()).contains("Missing required option: '--out=DIR'");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
