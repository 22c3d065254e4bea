package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.study.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code proxyless-ofa} sample study through {@code codesign validate} and {@code codesign run}. */
class ProxylessSampleTest {
    private static final String SAMPLE = "samples/proxyless-ofa-xavier.codesign.json";

    @Test
    void validateAcceptsTheSample() {
        var r = CliRunner.run("validate", SAMPLE);
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("network space:  proxyless-ofa", "hardware space: edge-gpu-dvfs, 126");
    }

    @Test
    void aRunOf200EvaluationsGivesAFrontOfProxylessSubnets(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        var r = CliRunner.run(
                "run",
                SAMPLE,
                "--algorithm",
                "nsga2",
                "--evaluations",
                "200",
                "--threads",
                "2",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode run = Json.mapper().readTree(out.resolve("run.json").toFile());
        assertEquals(200, run.get("points").size());
        for (JsonNode p : run.get("points")) {
            assertThat(p.get("network").get("template").asText()).isEqualTo("proxyless-ofa");
            for (String metric : List.of("accuracy", "latencyMs", "energyMJ", "macs")) {
                double v = p.get("metrics").get(metric).asDouble();
                assertThat(Double.isFinite(v) && v > 0).as(metric + " = " + v).isTrue();
            }
        }
        List<String> front = Files.readAllLines(out.resolve("front.csv"));
        assertThat(front.get(0)).contains("network.stage6.block1.kernel");
        assertThat(front.size()).isGreaterThan(5);
    }
}
