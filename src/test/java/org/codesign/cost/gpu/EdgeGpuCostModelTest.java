package org.codesign.cost.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.codesign.cost.CostResult;
import org.codesign.cost.LayerCost;
import org.codesign.cost.NetworkCost;
import org.codesign.space.DramType;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.space.SystolicConfig;
import org.codesign.workload.Layer;
import org.codesign.workload.LayerKind;
import org.codesign.workload.Network;
import org.codesign.workload.ReferenceNetworks;
import org.junit.jupiter.api.Test;

class EdgeGpuCostModelTest {

    private static final String XAVIER = EdgeGpuDevice.JETSON_AGX_XAVIER.id();
    private static final EdgeGpuConfig TOP = JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_XAVIER);
    private final EdgeGpuCostModel model = new EdgeGpuCostModel();

    @Test
    void theNetworkIsTheSumOfItsLayersAndPowerIsEnergyOverTime() {
        Network net = SweepNetworks.mbv3Largest();
        NetworkCost c = model.evaluate(net, TOP).orElseThrow();
        assertEquals(net.layers().size(), c.layers().size());
        double latency = 0;
        double energy = 0;
        for (int i = 0; i < net.layers().size(); i++) {
            LayerCost layer = c.layers().get(i);
            assertEquals(net.layers().get(i).name(), layer.layer());
            assertTrue(layer.latencyMs() > 0 && layer.energyMJ() > 0, layer.toString());
            assertTrue(
                    layer.utilization() > 0 && layer.utilization() < GpuCalibration.DEFAULT.tensorEfficiency(),
                    layer.toString());
            latency += layer.latencyMs();
            energy += layer.energyMJ();
        }
        assertEquals(latency, c.latencyMs(), 1e-9 * latency);
        assertEquals(energy, c.energyMJ(), 1e-9 * energy);
        assertEquals(c.energyMJ() / c.latencyMs(), c.powerW(), 1e-12);
        assertTrue(Double.isNaN(c.areaMm2()), "a board has no modelled area");
    }

    @Test
    void eachLayerNamesWhatBoundsIt() {
        NetworkCost vgg = model.evaluate(ReferenceNetworks.byName("vgg16"), TOP).orElseThrow();
        assertEquals(
                "fc6 (fc): memory-bound: 206 MB at 137 GB/s DRAM",
                layer(vgg, "fc6").mapping());
        assertTrue(
                layer(vgg, "conv4_2").mapping().startsWith("conv4_2 (3×3 conv): compute-bound: "),
                layer(vgg, "conv4_2").mapping());
        assertTrue(layer(vgg, "conv4_2").mapping().endsWith(" of 11.3 Tfp16 ops/s (tensor cores)"));
        NetworkCost squeeze =
                model.evaluate(ReferenceNetworks.byName("squeezenet1_1"), TOP).orElseThrow();
        assertEquals(
                "fire2.squeeze (1×1 conv): launch-bound: the CPU takes 17.1 µs per kernel at 2266 MHz",
                layer(squeeze, "fire2.squeeze").mapping());
    }

    @Test
    void aLowEmcClockStarvesMemoryBoundLayersAndSparesComputeBoundOnes() {
        Network vgg = ReferenceNetworks.byName("vgg16");
        NetworkCost top = model.evaluate(vgg, TOP).orElseThrow();
        NetworkCost halfEmc = model.evaluate(vgg, new EdgeGpuConfig(XAVIER, 1377, 2265.6, 1065.6))
                .orElseThrow();
        NetworkCost lowEmc = model.evaluate(vgg, new EdgeGpuConfig(XAVIER, 1377, 2265.6, 204))
                .orElseThrow();
        // fc6 streams 206 MB of weights: it slows by almost the bandwidth ratio 2133/204 = 10.5.
        assertTrue(layer(lowEmc, "fc6").latencyMs() > 9 * layer(top, "fc6").latencyMs());
        // A large 3×3 convolution is compute-bound: halving the bandwidth changes nothing.
        assertEquals(
                layer(top, "conv4_2").latencyMs(), layer(halfEmc, "conv4_2").latencyMs(), 1e-12);

        // In a MobileNetV3 subnet the depthwise layers on large maps turn memory-bound at EMC 204; those
        // whose maps fit in the L2 stay compute-bound.
        Network mbv3 = SweepNetworks.mbv3Largest();
        NetworkCost starved = model.evaluate(mbv3, new EdgeGpuConfig(XAVIER, 1377, 2265.6, 204))
                .orElseThrow();
        NetworkCost fed = model.evaluate(mbv3, TOP).orElseThrow();
        Set<LayerKind> thin = Set.of(LayerKind.DEPTHWISE, LayerKind.SE, LayerKind.FC);
        long computeBoundStarved = countBound(mbv3, starved, thin, "compute-bound");
        long computeBoundFed = countBound(mbv3, fed, thin, "compute-bound");
        assertTrue(
                computeBoundStarved > 0 && computeBoundStarved < computeBoundFed / 2,
                computeBoundStarved + " thin layers compute-bound at EMC 204, " + computeBoundFed + " at 2133");
        assertTrue(countBound(mbv3, starved, thin, "memory-bound") > computeBoundFed / 2);
        assertTrue(starved.latencyMs() > 2 * fed.latencyMs());
    }

    @Test
    void aLowCpuClockHurtsSmallNetworksMost() {
        EdgeGpuConfig slowCpu = new EdgeGpuConfig(XAVIER, 1377, 115.2, 2133);
        double small = slowdown(ReferenceNetworks.byName("squeezenet1_1"), slowCpu);
        double large = slowdown(ReferenceNetworks.byName("vgg16"), slowCpu);
        assertTrue(small > 2 * large, "squeezenet ×" + small + ", vgg16 ×" + large);
        NetworkCost c = model.evaluate(ReferenceNetworks.byName("squeezenet1_1"), slowCpu)
                .orElseThrow();
        assertTrue(c.layers().stream().allMatch(l -> l.mapping().contains(": launch-bound: ")));
    }

    @Test
    void theGpuClockTradesLatencyForPower() {
        Network net = SweepNetworks.mbv3Largest();
        NetworkCost slow = model.evaluate(net, new EdgeGpuConfig(XAVIER, 114.75, 2265.6, 2133))
                .orElseThrow();
        NetworkCost fast = model.evaluate(net, TOP).orElseThrow();
        assertTrue(fast.latencyMs() < slow.latencyMs() / 3, fast.latencyMs() + " vs " + slow.latencyMs());
        assertTrue(fast.powerW() > slow.powerW() + 2, fast.powerW() + " vs " + slow.powerW());
    }

    @Test
    void otherHardwareTemplatesAndEmptyNetworksAreRejectedByName() {
        SystolicConfig systolic = new SystolicConfig(16, 16, 4, 2048, 16, DramType.LPDDR4, 1000, 45, 8);
        Network net = ReferenceNetworks.byName("resnet18");
        var wrong = assertThrows(
                IllegalArgumentException.class,
                () -> model.evaluate(net, systolic).orElseThrow());
        assertEquals(
                "hardware: the edge-GPU model evaluates edge-gpu-dvfs configurations, got systolic",
                wrong.getMessage());
        var none = assertThrows(
                IllegalArgumentException.class, () -> model.evaluate(net, null).orElseThrow());
        assertTrue(none.getMessage().startsWith("hardware:"), none.getMessage());
        var empty = assertThrows(
                IllegalArgumentException.class, () -> model.evaluate(new Network("empty", List.of()), TOP));
        assertTrue(empty.getMessage().startsWith("network:"), empty.getMessage());
    }

    @Test
    void aNetworkLargerThanTheBoardsDramIsInfeasible() {
        // 100,000 × 30,000 FP16 weights: 6 GB, more than the Nano's 4 GB but less than the Orin's 64 GB.
        Network huge = new Network(
                "huge-fc", List.of(new Layer("fc", LayerKind.FC, 1, 100_000, 30_000, 1, 1, 1, 1, 1, 1, 1, 0)));
        assertEquals(
                new CostResult.Infeasible("jetson-nano: huge-fc needs 6 GB of DRAM at FP16 (weights 6 GB + "
                        + "largest layer's activations 0.26 MB) but the board has 4 GB"),
                model.evaluate(huge, JetsonReference.topClocks(EdgeGpuDevice.JETSON_NANO)));
        assertTrue(model.evaluate(huge, JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_ORIN))
                        .orElseThrow()
                        .latencyMs()
                > 0);
    }

    @Test
    void concurrentEvaluationsGiveTheSameResultsAsSequentialOnes() {
        List<Network> nets = SweepNetworks.tinyToLarge();
        EdgeGpuDevice d = EdgeGpuDevice.JETSON_AGX_XAVIER;
        List<CostResult> sequential = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        for (Network net : nets) {
            for (double g : d.gpuFreqsMHz()) {
                for (double e : d.emcFreqsMHz()) {
                    EdgeGpuConfig setting = new EdgeGpuConfig(d.id(), g, 1190.4, e);
                    cases.add(new Object[] {net, setting});
                    sequential.add(new EdgeGpuCostModel().evaluate(net, setting));
                }
            }
        }
        EdgeGpuCostModel shared = new EdgeGpuCostModel();
        List<CostResult> parallel = cases.parallelStream()
                .map(c -> shared.evaluate((Network) c[0], (EdgeGpuConfig) c[1]))
                .collect(Collectors.toList());
        assertEquals(sequential, parallel);
    }

    private double slowdown(Network net, EdgeGpuConfig setting) {
        return model.evaluate(net, setting).orElseThrow().latencyMs()
                / model.evaluate(net, TOP).orElseThrow().latencyMs();
    }

    private static long countBound(Network net, NetworkCost cost, Set<LayerKind> kinds, String bound) {
        long n = 0;
        for (int i = 0; i < net.layers().size(); i++) {
            if (kinds.contains(net.layers().get(i).kind())
                    && cost.layers().get(i).mapping().contains(": " + bound)) {
                n++;
            }
        }
        return n;
    }

    private static LayerCost layer(NetworkCost cost, String name) {
        return cost.layers().stream()
                .filter(l -> l.layer().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no layer " + name));
    }
}
