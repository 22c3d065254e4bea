package org.codesign.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.codesign.cli.CodesignCli;
import org.codesign.cost.timeloop.TimeloopCases;
import org.codesign.space.TimeloopHardwareConfig;
import org.codesign.study.RunPoints;
import org.codesign.study.Study;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.store.StudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeakRateTest {
    @TempDir
    Path dir;

    @Test
    void anImportedTimeloopArchitectureHasNoPeakWithoutItsFolderInsteadOfFailing() {
        // Its compute level lives in YAML files beside the study; a cast to another kind of
        // hardware here once broke every view that showed utilization for such a study.
        var imported = new TimeloopHardwareConfig("arch", Map.of("PE.meshX", 16.0));
        assertTrue(Double.isNaN(PeakRate.macsPerSecond(imported)));
    }

    @Test
    void anImportedTimeloopArchitecturesPeakIsItsMacCountAtItsClock() throws Exception {
        TimeloopCases.importedArchitectureStudy(dir); // simple_weight_stationary's files in dir/arch
        // Hand count: the MAC sits below the PE container (meshX × meshY, here set to 16 × 8) and
        // nothing else fans out; the file has no global_cycle_seconds, so Timeloop's 1 ns cycle.
        var imported = new TimeloopHardwareConfig("arch", Map.of("PE.meshX", 16.0, "PE.meshY", 8.0));
        assertEquals(16 * 8 * 1e9, PeakRate.macsPerSecond(imported, dir), 1e-3);
        assertEquals(16 * 16 * 1e9, PeakRate.macsPerSecond(new TimeloopHardwareConfig("arch", Map.of()), dir), 1e-3);
        // files that cannot be read (no such folder) give no peak rather than an error
        assertTrue(Double.isNaN(PeakRate.macsPerSecond(new TimeloopHardwareConfig("other", Map.of()), dir)));
    }

    @Test
    void aStudyOfAnImportedArchitectureGetsTheHandComputedUtilization() throws Exception {
        Path file = TimeloopCases.importedArchitectureStudy(dir);
        int code = CodesignCli.commandLine()
                .execute(
                        "run",
                        file.toString(),
                        "--algorithm",
                        "random",
                        "--mode",
                        "hardware-only",
                        "--evaluations",
                        "3",
                        "--seed",
                        "4",
                        "--threads",
                        "1",
                        "--save",
                        "--quiet",
                        "--out",
                        dir.resolve("out").toString());
        assertEquals(0, code);
        Study study = StudyLoader.load(file);
        RunPoints points = study.runs().get(0).columns();
        double[] utilization =
                Quantities.of(study, dir).column(Quantities.of(study, dir).byId(Quantities.UTILIZATION), 0);
        double[] unknown = Quantities.of(study).column(Quantities.of(study).byId(Quantities.UTILIZATION), 0);
        assertThat(points.size()).isEqualTo(3);
        for (int r = 0; r < points.size(); r++) {
            var hw = (TimeloopHardwareConfig) study.space()
                    .decode(study.runs().get(0).points().get(r).genome())
                    .hardware();
            double macUnits = hw.attributes().get("PE.meshX") * hw.attributes().get("PE.meshY");
            double seconds = points.metric(Metric.LATENCY, r) * 1e-3;
            double expected = 100 * points.metric(Metric.MACS, r) / (seconds * macUnits * 1e9); // shown in %
            assertThat(utilization[r]).as("point %d", r).isFinite().isBetween(0.0, 100.0);
            assertEquals(expected, utilization[r], 1e-12 * expected, "point " + r);
            assertTrue(Double.isNaN(unknown[r]), "without the folder the peak stays unknown");
        }
    }
}
