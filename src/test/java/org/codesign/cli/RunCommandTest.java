package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.study.Json;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void writesRunFrontAndHypervolumeAndSavesTheRun(@TempDir Path dir) throws Exception {
        Path study = dir.resolve("s.codesign.json");
        Files.copy(Path.of("samples/default.codesign.json"), study);
        Path out = dir.resolve("out");
        var r = CliRunner.run(
                "run",
                study.toString(),
                "--algorithm",
                "nsga2",
                "--evaluations",
                "300",
                "--population",
                "20",
                "--seed",
                "7",
                "--threads",
                "2",
                "--out",
                out.toString(),
                "--save",
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());

        JsonNode run = Json.mapper().readTree(out.resolve("run.json").toFile());
        assertEquals("nsga2", run.get("algorithm").asText());
        assertEquals(7, run.get("seed").asLong());
        assertEquals(300, run.get("points").size());
        JsonNode p = run.get("points").get(0);
        assertThat(p.get("genome").size()).isEqualTo(51);
        assertThat(p.get("network").get("template").asText()).isEqualTo("mbv3-ofa");
        assertThat(p.get("hardware").get("device").asText()).isEqualTo("jetson-agx-xavier");
        assertThat(p.get("metrics").get("latencyMs").asDouble()).isPositive();

        List<String> front = Files.readAllLines(out.resolve("front.csv"));
        long onFront = 0;
        for (JsonNode point : run.get("points")) {
            onFront += point.get("onFront").asBoolean() ? 1 : 0;
        }
        assertEquals(onFront + 1, front.size(), "header + one row per front point");
        assertThat(front.get(0)).startsWith("index,run,generation,feasible,accuracy_pct,latency_s,power_W");

        List<String> hv = Files.readAllLines(out.resolve("hypervolume.csv"));
        assertEquals("evaluations,hypervolume", hv.get(0));
        double previous = 0;
        for (String line : hv.subList(1, hv.size())) {
            double v = Double.parseDouble(line.split(",")[1]);
            assertThat(v).as("the archive's hypervolume never shrinks").isGreaterThanOrEqualTo(previous);
            previous = v;
        }

        Study saved = StudyFiles.load(study);
        assertEquals(1, saved.runs().size());
        assertEquals(300, saved.runs().get(0).points().size());
        assertEquals("run-1", saved.runs().get(0).id());
    }

    @Test
    void sameSeedSameFront(@TempDir Path dir) throws Exception {
        for (String threads : new String[] {"1", "2"}) {
            var r = CliRunner.run(
                    "run",
                    "samples/default.codesign.json",
                    "--algorithm",
                    "local",
                    "--evaluations",
                    "200",
                    "--seed",
                    "11",
                    "--threads",
                    threads,
                    "--out",
                    dir.resolve("t" + threads).toString(),
                    "--quiet");
            assertEquals(0, r.exitCode(), r.err());
        }
        assertEquals(Files.readString(dir.resolve("t1/front.csv")), Files.readString(dir.resolve("t2/front.csv")));
    }

    @Test
    void everyAlgorithmAndModeRunsOnTheDefaultStudy(@TempDir Path dir) {
        for (String algorithm : new String[] {"nsga2", "local", "pareto-local", "random"}) {
            for (String mode : new String[] {"joint", "network-only", "hardware-only", "sequential"}) {
                var r = CliRunner.run(
                        "run",
                        "samples/default.codesign.json",
                        "--algorithm",
                        algorithm,
                        "--evaluations",
                        "60",
                        "--population",
                        "10",
                        "--mode",
                        mode,
                        "--out",
                        dir.resolve(algorithm + mode).toString(),
                        "--quiet");
                assertEquals(0, r.exitCode(), algorithm + " " + mode + ": " + r.err());
            }
        }
    }

    @Test
    void badRequestsAreExplained(@TempDir Path dir) {
        var exhaustive = CliRunner.run(
                "run",
                "samples/default.codesign.json",
                "--algorithm",
                "exhaustive",
                "--evaluations",
                "10",
                "--out",
                dir.toString(),
                "--quiet");
        assertEquals(CodesignCli.BAD_INPUT, exhaustive.exitCode());
        assertThat(exhaustive.err()).contains("exhaustive-search limit");
        var population = CliRunner.run(
                "run",
                "samples/default.codesign.json",
                "--algorithm",
                "nsga2",
                "--evaluations",
                "10",
                "--population",
                "2",
                "--out",
                dir.toString(),
                "--quiet");
        assertThat(population.err()).isEqualTo("codesign: population: must be at least 4, got 2\n");
        var algorithm = CliRunner.run(
                "run",
                "samples/default.codesign.json",
                "--algorithm",
                "annealing",
                "--evaluations",
                "10",
                "--out",
                dir.toString(),
                "--quiet");
        assertThat(algorithm.err()).startsWith("codesign: --algorithm: unknown algorithm 'annealing'");
        var mode = CliRunner.run(
                "run",
                "samples/default.codesign.json",
                "--algorithm",
                "nsga2",
                "--evaluations",
                "10",
                "--mode",
                "solo",
                "--out",
                dir.toString(),
                "--quiet");
        assertThat(mode.err()).startsWith("codesign: mode: unknown mode 'solo'");
    }
}
