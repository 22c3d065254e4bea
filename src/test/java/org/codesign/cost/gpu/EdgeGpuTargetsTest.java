package org.codesign.cost.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's targets on the validation rows (never fitted), as far as they are reached; docs/MODEL.md
 * says which are missed and why. The targets that are missed are pinned at what the model reaches,
 * so a change that makes them worse fails here, and one that meets them shows up as a test to tighten.
 */
class EdgeGpuTargetsTest {

    private static final ModelValidation.Report REPORT = ModelValidation.run(GpuCalibration.DEFAULT);

    private static ModelValidation.Summary validation(String board) {
        return REPORT.summaries().stream()
                .filter(s -> s.board().equals(board) && s.role() == PublishedPoint.Role.VALIDATION)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theMedianErrorIsWithinFifteenPercentOnEveryBoard() {
        for (String board : List.of("jetson-nano", "jetson-agx-xavier", "jetson-agx-orin")) {
            ModelValidation.Summary s = validation(board);
            assertTrue(s.medianError() <= 0.15, board + ": median error " + s.medianError());
        }
        assertEquals(15, validation("jetson-nano").rows());
    }

    /** Reached: Nano 8.7 %, Xavier 3.1 %, Orin 6.0 % (pinned so that a regression fails). */
    @Test
    void theMediansArePinnedAtWhatTheModelReaches() {
        assertThat(validation("jetson-nano").medianError()).isLessThanOrEqualTo(0.088);
        assertThat(validation("jetson-agx-xavier").medianError()).isLessThanOrEqualTo(0.032);
        assertThat(validation("jetson-agx-orin").medianError()).isLessThanOrEqualTo(0.061);
    }

    /** Reached: 0.996. */
    @Test
    void theNanoKeepsThePublishedRankOrder() {
        assertThat(validation("jetson-nano").spearman()).isGreaterThanOrEqualTo(0.995);
    }

    /** Reached on the Nano: every one of its 15 rows within 25 % (the worst, AlexNet, at 0.751). */
    @Test
    void everyNanoRowIsWithinTwentyFivePercent() {
        assertThat(validation("jetson-nano").maxError()).isLessThanOrEqualTo(0.25);
    }

    /** Missed: one of 23 validation rows is more than 25 % off, MLPerf's Xavier ResNet-50 INT8 (0.67). */
    @Test
    void onlyTheMlperfXavierInt8RowIsMoreThanTwentyFivePercentOff() {
        List<String> outside = REPORT.rows().stream()
                .filter(r -> r.point().role() == PublishedPoint.Role.VALIDATION && r.error() > 0.25)
                .map(r -> r.point().board() + " " + r.point().network() + " "
                        + r.point().precision().id() + String.format(Locale.ROOT, " %.2f", r.ratio()))
                .toList();
        assertThat(outside).as(outside.toString()).hasSize(1);
        assertThat(outside.get(0)).startsWith("jetson-agx-xavier resnet50 int8");
        assertThat(validation("jetson-agx-xavier").maxError()).isLessThanOrEqualTo(0.34);
    }

    /** Missed: 0.929, the MLPerf INT8 row ranks among the FP16 ones. */
    @Test
    void theXavierRankCorrelationIsPinnedBelowTheTarget() {
        assertThat(validation("jetson-agx-xavier").spearman()).isGreaterThanOrEqualTo(0.92);
    }

    /** Missed: the model's Orin/Xavier ResNet-50 INT8 speed-up is 2.05×, MLPerf's 2.90× (0.71 of it). */
    @Test
    void theOrinOverXavierSpeedUpIsPinnedBelowTheTarget() {
        ModelValidation.SpeedUp s = REPORT.orinOverXavier().orElseThrow();
        assertEquals(2.90, s.measured(), 0.01);
        assertThat(s.ratio()).isBetween(0.70, 1.25);
        assertThat(s.predicted()).isGreaterThan(2.0);
    }
}
