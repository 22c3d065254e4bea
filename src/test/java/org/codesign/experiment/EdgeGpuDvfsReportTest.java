package org.codesign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed DVFS report was regenerated with the current edge-GPU model and says what changed. */
class EdgeGpuDvfsReportTest {

    @Test
    void theCommittedReportCarriesTheModelChangeSection() throws Exception {
        String report = Files.readString(Path.of("samples/reports/edge-gpu-dvfs/report.md"));
        assertThat(report)
                .contains("## What changed with the edge-GPU model of issue 15")
                .contains(EdgeGpuDvfsExperiment.MODEL_CHANGE)
                .contains("latency per fused kernel");
    }
}
