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
 * top clocks). At the stored calibration the errors are: squeezenet1_1 −0.3 %, resnet18 −8.3 %,
 * alexnet −1.2 %, resnet34 +1.6 %, resnet50 −2.1 %, resnet101 +5.0 %, densenet121 +3.8 %, vgg16 +2.4 %.
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
        GpuCalibration stored = GpuCalibration.DEFAULT;
        GpuCalibration fitted = CalibrationFit.fit(stored);
        assertEquals(stored.outputChannelTile(), fitted.outputChannelTile());
        assertClose("denseEfficiency", stored.denseEfficiency(), fitted.denseEfficiency());
        assertClose("fillOutputsPerSm", stored.fillOutputsPerSm(), fitted.fillOutputsPerSm());
        assertClose("memoryEfficiency", stored.memoryEfficiency(), fitted.memoryEfficiency());
        assertClose("xavierOverheadUs", stored.xavierOverheadUs(), fitted.xavierOverheadUs());
        assertClose("tx2OverheadUs", stored.tx2OverheadUs(), fitted.tx2OverheadUs());
    }

    /** Stored values are the fitted ones rounded to three significant figures. */
    private static void assertClose(String name, double stored, double fitted) {
        assertEquals(fitted, stored, 0.005 * fitted, name + ": stored " + stored + ", the fit gives " + fitted);
    }
}
