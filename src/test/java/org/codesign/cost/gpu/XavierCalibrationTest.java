package org.codesign.cost.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;
import org.junit.jupiter.api.Test;

/**
 * The model against the torch2trt measurements on the AGX Xavier (TensorRT FP16, batch 1, 224×224,
 * top clocks). At the stored calibration the errors are: squeezenet1_1 +0.7 %, resnet18 −1.3 %,
 * alexnet −0.2 %, resnet34 +1.3 %, resnet50 −1.7 %, resnet101 −1.2 %, densenet121 +1.3 %, vgg16 +1.1 %.
 */
class XavierCalibrationTest {

    private static final EdgeGpuConfig TOP = JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_XAVIER);
    private final EdgeGpuCostModel model = new EdgeGpuCostModel();

    @Test
    void everyPublishedNetworkIsWithinTwentyFivePercent() {
        List<JetsonReference.Measured> measured = JetsonReference.xavierTorch2trt();
        assertEquals(
                List.of(
                        "squeezenet1_1",
                        "resnet18",
                        "alexnet",
                        "resnet34",
                        "resnet50",
                        "resnet101",
                        "densenet121",
                        "vgg16"),
                measured.stream().map(JetsonReference.Measured::model).toList());
        List<String> failures = new ArrayList<>();
        for (JetsonReference.Measured m : measured) {
            double ours = model.evaluate(m.network(), TOP).orElseThrow().latencyMs();
            double error = ours / m.latencyMs() - 1;
            if (Math.abs(error) > 0.25) {
                failures.add(String.format(
                        Locale.ROOT,
                        "%s: published %.3f ms, model %.3f ms (%+.1f %%)",
                        m.model(),
                        m.latencyMs(),
                        ours,
                        100 * error));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theModelRanksThemInThePublishedOrder() {
        List<JetsonReference.Measured> measured = JetsonReference.xavierTorch2trt(); // sorted by published latency
        double previous = 0;
        String previousModel = "";
        for (JetsonReference.Measured m : measured) {
            double ours = model.evaluate(m.network(), TOP).orElseThrow().latencyMs();
            assertTrue(
                    ours > previous,
                    m.model() + " (" + ours + " ms) should be slower than " + previousModel + " (" + previous
                            + " ms), as published");
            previous = ours;
            previousModel = m.model();
        }
    }

    @Test
    void theFitRoutineReproducesTheStoredCoefficients() {
        double[] stored = GpuCalibration.DEFAULT.fitted();
        double[] fitted = CalibrationFit.fit(GpuCalibration.DEFAULT).fitted();
        for (int i = 0; i < stored.length; i++) {
            // Stored values are the fitted ones rounded to three significant figures.
            assertEquals(
                    fitted[i],
                    stored[i],
                    0.005 * fitted[i],
                    "coefficient " + i + ": stored " + stored[i] + ", the fit gives " + fitted[i]);
        }
    }
}
