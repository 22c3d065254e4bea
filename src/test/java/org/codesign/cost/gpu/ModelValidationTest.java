package org.codesign.cost.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.codesign.space.GpuPrecision;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    @Test
    void theTableHoldsExactlyTheCalibrationSourcesTheIssueNames() {
        List<PublishedPoint> calibration = PublishedPoint.all().stream()
                .filter(p -> p.role() == PublishedPoint.Role.CALIBRATION)
                .toList();
        Map<String, Long> bySource =
                calibration.stream().collect(Collectors.groupingBy(PublishedPoint::source, Collectors.counting()));
        assertEquals(
                Map.of("shared-xavier-csv", 8L, "hw-nas-bench-shared-readme", 2L, "mlperf-v3.0-orin-maxq", 1L),
                bySource);
        // The eight Xavier rows are the shared CSV's, value for value.
        for (JetsonReference.Measured m : JetsonReference.xavierTorch2trt()) {
            assertThat(calibration)
                    .anyMatch(p -> p.network().equals(m.model())
                            && p.measuredMs() == m.latencyMs()
                            && p.precision() == GpuPrecision.FP16);
        }
    }

    @Test
    void everyNetworkOfTheTableCanBeBuilt() {
        for (PublishedPoint p : PublishedPoint.all()) {
            assertThat(PublishedNetworks.byName(p.network()).macs())
                    .as(p.network())
                    .isPositive();
        }
    }

    @Test
    void spearmanIsOneForTheSameOrderMinusOneForTheReverseAndAveragesTies() {
        assertEquals(1.0, ModelValidation.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 41}), 1e-12);
        assertEquals(-1.0, ModelValidation.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        // One swap among four: 1 − 6·2/(4·15) = 0.8.
        assertEquals(0.8, ModelValidation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}), 1e-12);
    }

    @Test
    void summariesGroupByBoardAndRole() {
        PublishedPoint a = point("jetson-nano", "resnet18", 10);
        PublishedPoint b = point("jetson-nano", "resnet34", 20);
        PublishedPoint c = point("jetson-nano", "resnet50", 30);
        var rows =
                List.of(new ModelValidation.Row(a, 11), new ModelValidation.Row(b, 18), new ModelValidation.Row(c, 39));
        ModelValidation.Summary s = ModelValidation.summary(rows);
        assertEquals(3, s.rows());
        assertEquals(0.1, s.medianError(), 1e-12);
        assertEquals(0.3, s.maxError(), 1e-12);
        assertEquals(1.0, s.spearman(), 1e-12);
    }

    @Test
    void aMalformedTableNamesTheLine() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> PublishedPoint.parse(
                        "points.csv",
                        "board,network,precision,gpu_mhz,cpu_mhz,emc_mhz,measured_ms,launch,role,source\n"
                                + "jetson-nano,resnet18,fp64,921.6,1479,1600,11.4,enqueue,validation,x\n"));
        assertThat(e.getMessage()).contains("points.csv: line 2").contains("fp64");
    }

    private static PublishedPoint point(String board, String network, double ms) {
        return new PublishedPoint(
                board,
                network,
                GpuPrecision.FP16,
                921.6,
                1479,
                1600,
                ms,
                KernelLaunch.ENQUEUE,
                PublishedPoint.Role.VALIDATION,
                "test");
    }
}
