package org.codesign.cost.gpu;

import java.util.Locale;
import org.codesign.cost.NetworkCost;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;

/**
 * Prints the Xavier calibration table, the other published points and the power range of every
 * board over all its DVFS settings for networks from tiny to VGG-16. Run from the test classpath.
 */
final class CalibrationReport {
    private CalibrationReport() {}

    public static void main(String[] args) {
        EdgeGpuCostModel model = new EdgeGpuCostModel();
        var xavier = JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_XAVIER);
        System.out.println("model | published ms | our ms | error % | power W");
        for (JetsonReference.Measured m : JetsonReference.xavierTorch2trt()) {
            NetworkCost c = model.evaluate(m.network(), xavier).orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "%s | %.3f | %.3f | %+.1f | %.1f%n",
                    m.model(),
                    m.latencyMs(),
                    c.latencyMs(),
                    100 * (c.latencyMs() / m.latencyMs() - 1),
                    c.powerW());
        }
        var tx2 = JetsonReference.topClocks(EdgeGpuDevice.JETSON_TX2);
        NetworkCost nb = model.evaluate(JetsonReference.nasBench201(), tx2).orElseThrow();
        NetworkCost fb = model.evaluate(JetsonReference.fbnetK3E1(), tx2).orElseThrow();
        NetworkCost orin = model.evaluate(
                        org.codesign.workload.ReferenceNetworks.byName("resnet50"),
                        JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_ORIN))
                .orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "TX2 NB201: %.2f ms %.1f mJ %.2f W (published 5.81 ms 24.2 mJ)%n",
                nb.latencyMs(),
                nb.energyMJ(),
                nb.powerW());
        System.out.printf(
                Locale.ROOT,
                "TX2 FBNet k3_e1: %.2f ms %.1f mJ %.2f W (published 16.43 ms 102.7 mJ)%n",
                fb.latencyMs(),
                fb.energyMJ(),
                fb.powerW());
        System.out.printf(
                Locale.ROOT,
                "Orin ResNet-50: %.2f ms %.1f W (published 1.64 ms, INT8 MaxQ)%n",
                orin.latencyMs(),
                orin.powerW());
        for (EdgeGpuDevice d : EdgeGpuDevice.values()) {
            double min = Double.MAX_VALUE;
            double max = 0;
            for (var net : SweepNetworks.tinyToLarge()) {
                for (double g : d.gpuFreqsMHz()) {
                    for (double c : d.cpuFreqsMHz()) {
                        for (double e : d.emcFreqsMHz()) {
                            double p = model.evaluate(net, new EdgeGpuConfig(d.id(), g, c, e))
                                    .orElseThrow()
                                    .powerW();
                            min = Math.min(min, p);
                            max = Math.max(max, p);
                        }
                    }
                }
            }
            BoardSpec b = BoardSpec.of(d);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %.2f .. %.2f W (idle %.2f W, envelope %.0f W)%n",
                    d.id(),
                    min,
                    max,
                    b.idleW(),
                    b.maxPowerMode().budgetW());
        }
    }
}
