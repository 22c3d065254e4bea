package org.codesign.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.workload.Layer;
import org.codesign.workload.LayerKind;
import org.codesign.workload.Network;
import org.junit.jupiter.api.Test;

class AcceleratorCostModelTest {
    static final Network NET = OfaSubnets.flops389M();

    static SpatialAcceleratorConfig eyeriss(double clockMHz) {
        return new SpatialAcceleratorConfig(
                Dataflow.ROW_STATIONARY, 12, 14, 384, 24, 16, 128, DramType.LPDDR4, clockMHz, 45, 8);
    }

    @Test
    void networkCostAddsUpItsLayers() {
        AcceleratorCostModel model = new AcceleratorCostModel();
        NetworkCost cost = model.evaluate(NET, eyeriss(1000)).orElseThrow();
        assertEquals(NET.layers().size(), cost.layers().size());
        double ms = 0;
        double mj = 0;
        for (int i = 0; i < NET.layers().size(); i++) {
            LayerCost l = cost.layers().get(i);
            assertEquals(NET.layers().get(i).name(), l.layer());
            assertTrue(
                    l.latencyMs() > 0 && l.energyMJ() > 0 && l.utilization() > 0 && l.utilization() <= 1, l.toString());
            assertTrue(l.mapping().contains("shared_glb["), l.mapping());
            ms += l.latencyMs();
            mj += l.energyMJ();
        }
        assertEquals(ms, cost.latencyMs(), 1e-9 * ms);
        assertEquals(mj, cost.energyMJ(), 1e-9 * mj);
        assertEquals(mj / ms, cost.powerW(), 1e-9);
        assertEquals(model.design(eyeriss(1000)).orElseThrow().architecture().areaUm2() * 1e-6, cost.areaMm2(), 1e-12);
        // at least the MACs at 100 % utilization of 168 PEs at 1 GHz
        assertTrue(cost.latencyMs() >= NET.macs() / 168.0 / 1e9 * 1e3);
    }

    @Test
    void aFasterClockShortensLatencyAtTheSameEnergy() {
        AcceleratorCostModel model = new AcceleratorCostModel();
        NetworkCost slow = model.evaluate(NET, eyeriss(500)).orElseThrow();
        NetworkCost fast = model.evaluate(NET, eyeriss(1000)).orElseThrow();
        assertEquals(slow.latencyMs() / 2, fast.latencyMs(), 1e-9 * slow.latencyMs());
        assertEquals(slow.energyMJ(), fast.energyMJ(), 1e-9 * slow.energyMJ());
        assertEquals(2 * slow.powerW(), fast.powerW(), 1e-9 * fast.powerW());
    }

    @Test
    void aLargerArrayIsNotSlower() {
        AcceleratorCostModel model = new AcceleratorCostModel();
        SpatialAcceleratorConfig small = new SpatialAcceleratorConfig(
                Dataflow.WEIGHT_STATIONARY, 8, 8, 192, 1, 1, 128, DramType.LPDDR4, 1000, 45, 16);
        SpatialAcceleratorConfig large = new SpatialAcceleratorConfig(
                Dataflow.WEIGHT_STATIONARY, 16, 16, 192, 1, 1, 128, DramType.LPDDR4, 1000, 45, 16);
        NetworkCost s = model.evaluate(NET, small).orElseThrow();
        NetworkCost l = model.evaluate(NET, large).orElseThrow();
        assertTrue(l.latencyMs() < s.latencyMs(), l.latencyMs() + " vs " + s.latencyMs());
        assertTrue(l.areaMm2() > s.areaMm2());
    }

    @Test
    void everyDataflowAndTheSystolicTemplateRunTheNetwork() {
        AcceleratorCostModel model = new AcceleratorCostModel();
        for (Dataflow df : Dataflow.values()) {
            NetworkCost c = model.evaluate(
                            NET,
                            new SpatialAcceleratorConfig(df, 12, 14, 192, 12, 16, 108, DramType.LPDDR4, 200, 65, 16))
                    .orElseThrow();
            assertTrue(c.latencyMs() > 0 && c.powerW() > 0, df + " " + c);
        }
        NetworkCost tpu = model.evaluate(NET, new SystolicConfig(16, 16, 4, 1024, 16, DramType.LPDDR4, 800, 32, 8))
                .orElseThrow();
        assertTrue(tpu.latencyMs() > 0 && tpu.powerW() > 0 && tpu.areaMm2() > 0);
    }

    @Test
    void vgg16ConvLayersOnEyerissAreWithinTheMeasuredChipsRange() {
        // Eyeriss v1 (65 nm, 200 MHz, 12×14 PEs, 108 KB buffer, 16-bit) runs the VGG-16 conv layers at
        // 0.7 fps, 236 mW. The model has no DRAM bandwidth limit, no control overhead and the
        // Accelergy tables, so it must be faster and of the same order of power.
        Network vgg = org.codesign.workload.ReferenceNetworks.byName("vgg16");
        Network conv = new Network(
                "vgg16-conv",
                vgg.layers().stream().filter(l -> l.kind() != LayerKind.FC).toList());
        NetworkCost c = new AcceleratorCostModel()
                .evaluate(
                        conv,
                        new SpatialAcceleratorConfig(
                                Dataflow.ROW_STATIONARY, 12, 14, 224, 12, 24, 108, DramType.LPDDR4, 200, 65, 16))
                .orElseThrow();
        double measuredMs = 1000 / 0.7;
        double ideal = conv.macs() / 168.0 / 200e6 * 1e3;
        assertTrue(c.latencyMs() >= ideal && c.latencyMs() < measuredMs, c.latencyMs() + " ms");
        assertTrue(c.powerW() > 0.236 / 4 && c.powerW() < 0.236 * 4, c.powerW() + " W");
    }

    @Test
    void concurrentCallersGetTheSameAnswer() throws Exception {
        AcceleratorCostModel model = new AcceleratorCostModel();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<NetworkCost>> f = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                f.add(pool.submit(() -> model.evaluate(NET, eyeriss(800)).orElseThrow()));
            }
            NetworkCost first = f.get(0).get();
            for (Future<NetworkCost> x : f) {
                assertEquals(first, x.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unsupportedHardwareIsRefusedWithAReason() {
        AcceleratorCostModel model = new AcceleratorCostModel();
        CostResult wide = model.evaluate(
                NET,
                new SpatialAcceleratorConfig(
                        Dataflow.ROW_STATIONARY, 12, 14, 384, 24, 16, 128, DramType.LPDDR4, 1000, 45, 48));
        String reason = assertInstanceOf(CostResult.Infeasible.class, wide).reason();
        assertTrue(reason.startsWith("wordBits: word width of 48 bits"), reason);
        // a configuration of another template is a caller's error, not an infeasible point
        assertThrows(
                IllegalArgumentException.class,
                () -> model.evaluate(NET, new EdgeGpuConfig("jetson-agx-xavier", 1377.0, 2265.6, 2133.0)));
    }

    @Test
    void layerNamesAppearInInfeasibilityMessages() {
        Network one = new Network(
                "one",
                List.of(new Layer("stage3.block1.dw", LayerKind.DEPTHWISE, 1, 64, 64, 14, 14, 5, 5, 1, 1, 64, 2)));
        var design = new AcceleratorCostModel().design(eyeriss(1000)).orElseThrow();
        var levels = new java.util.ArrayList<>(design.architecture().storage());
        levels.set(1, levels.get(1).withCapacity(1));
        var arch = new org.codesign.cost.loopnest.Architecture(
                "tiny-glb", 1e9, levels, design.architecture().compute());
        var outcome = new org.codesign.cost.mapper.Mapper()
                .map(
                        org.codesign.cost.loopnest.ConvProblem.of(one.layers().get(0)),
                        arch,
                        design.constraints(),
                        org.codesign.cost.mapper.MappingObjective.EDP);
        String reason = assertInstanceOf(org.codesign.cost.mapper.MapOutcome.Unmappable.class, outcome)
                .reason();
        assertTrue(reason.contains("shared_glb: tiles need 2 words (I 1, O 1) but the level holds 1"), reason);
        assertTrue(reason.contains("layer 'stage3.block1.dw'"), reason);
    }
}
