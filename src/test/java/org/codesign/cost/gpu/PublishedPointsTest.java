package org.codesign.cost.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.codesign.cost.NetworkCost;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.workload.ReferenceNetworks;
import org.junit.jupiter.api.Test;

/**
 * Sanity checks on the other published Jetson points. None is a like-for-like comparison (the model
 * is TensorRT FP16; the TX2 points are FP32 and the Orin point is INT8 with NVIDIA's tuned MLPerf
 * harness), so the bounds are loose and the comments say where the model lands.
 */
class PublishedPointsTest {

    private final EdgeGpuCostModel model = new EdgeGpuCostModel();

    /**
     * The TX2 per-layer overhead is fitted on this point, so latency matches (5.81 ms); energy lands
     * at 25.8 mJ against the published 24.2 mJ (+7 %), power 4.4 W against 4.2 W. The network is
     * overhead-bound, as HW-NAS-Bench observed.
     */
    @Test
    void tx2TinyNetworkIsOverheadBoundAtAboutFourWatts() {
        NetworkCost c = model.evaluate(
                        JetsonReference.nasBench201(), JetsonReference.topClocks(EdgeGpuDevice.JETSON_TX2))
                .orElseThrow();
        assertEquals(JetsonReference.TX2_NB201_MS, c.latencyMs(), 0.05 * JetsonReference.TX2_NB201_MS);
        assertEquals(JetsonReference.TX2_NB201_MJ, c.energyMJ(), 0.15 * JetsonReference.TX2_NB201_MJ);
        long overheadBound = c.layers().stream()
                .filter(l -> l.mapping().startsWith("overhead-bound"))
                .count();
        assertTrue(
                overheadBound > 0.9 * c.layers().size(),
                overheadBound + " of " + c.layers().size());
    }

    /**
     * FBNet all-k3_e1 on the TX2: the model gives 7.1 ms and 32.5 mJ against the published 16.43 ms
     * and 102.7 mJ, 57 % short. One FP32 point cannot separate the TX2's per-layer cost from its FP32
     * depthwise kernels; the model does keep it slower than the tiny network, as measured. The bounds
     * pin that known gap so a change that widens it is noticed.
     */
    @Test
    void tx2FbnetLandsWithinAFactorOfThreeBelowTheFp32Measurement() {
        var tx2 = JetsonReference.topClocks(EdgeGpuDevice.JETSON_TX2);
        double fbnet =
                model.evaluate(JetsonReference.fbnetK3E1(), tx2).orElseThrow().latencyMs();
        double tiny =
                model.evaluate(JetsonReference.nasBench201(), tx2).orElseThrow().latencyMs();
        assertTrue(fbnet > tiny, "FBNet " + fbnet + " ms should be slower than the tiny network " + tiny + " ms");
        assertTrue(
                fbnet > JetsonReference.TX2_FBNET_MS / 3 && fbnet < JetsonReference.TX2_FBNET_MS,
                "FBNet on the TX2: " + fbnet + " ms");
    }

    /**
     * ResNet-50 on the AGX Orin at the top clocks: 2.45 ms in FP16 against MLPerf's 1.64 ms (INT8,
     * MaxQ, CUDA graphs), +49 %. INT8 doubles the tensor-core rate and halves the traffic, and the
     * MLPerf harness removes most launch overhead, so FP16 must land above it, but not by 2×.
     */
    @Test
    void orinResNet50InFp16IsSlowerThanMlperfInt8ButWithinTwoTimes() {
        double ms = model.evaluate(
                        ReferenceNetworks.byName("resnet50"), JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_ORIN))
                .orElseThrow()
                .latencyMs();
        assertTrue(
                ms > JetsonReference.ORIN_RESNET50_MS && ms < 2 * JetsonReference.ORIN_RESNET50_MS,
                "Orin ResNet-50: " + ms + " ms");
    }

    @Test
    void theOrinIsFasterThanTheXavierIsFasterThanTheTx2IsFasterThanTheNano() {
        var net = ReferenceNetworks.byName("resnet50");
        double orin = model.evaluate(net, JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_ORIN))
                .orElseThrow()
                .latencyMs();
        double xavier = model.evaluate(net, JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_XAVIER))
                .orElseThrow()
                .latencyMs();
        double tx2 = model.evaluate(net, JetsonReference.topClocks(EdgeGpuDevice.JETSON_TX2))
                .orElseThrow()
                .latencyMs();
        double nano = model.evaluate(net, JetsonReference.topClocks(EdgeGpuDevice.JETSON_NANO))
                .orElseThrow()
                .latencyMs();
        assertTrue(
                orin < xavier && xavier < tx2 && tx2 < nano,
                "orin " + orin + ", xavier " + xavier + ", tx2 " + tx2 + ", nano " + nano);
    }
}
