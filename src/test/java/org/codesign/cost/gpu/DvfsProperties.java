package org.codesign.cost.gpu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.codesign.cost.NetworkCost;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/**
 * The DVFS monotonicity laws on arbitrary mbv3-ofa subnets (the networks a search evaluates) at
 * arbitrary settings of arbitrary boards: raising one clock by any number of levels never raises
 * latency, and raising the GPU clock never lowers power.
 */
class DvfsProperties {

    private final EdgeGpuCostModel model = new EdgeGpuCostModel();

    /** A board and two level indices per clock, each pair ordered (low ≤ high). */
    record Settings(EdgeGpuDevice device, int gpuLow, int gpuHigh, int cpuLow, int cpuHigh, int emcLow, int emcHigh) {

        EdgeGpuConfig at(int gpu, int cpu, int emc) {
            return new EdgeGpuConfig(
                    device.id(),
                    device.gpuFreqsMHz().get(gpu),
                    device.cpuFreqsMHz().get(cpu),
                    device.emcFreqsMHz().get(emc));
        }
    }

    @Provide
    Arbitrary<Settings> settings() {
        return Arbitraries.of(EdgeGpuDevice.class).flatMap(d -> {
            Arbitrary<int[]> gpu = orderedPair(d.gpuFreqsMHz().size());
            Arbitrary<int[]> cpu = orderedPair(d.cpuFreqsMHz().size());
            Arbitrary<int[]> emc = orderedPair(d.emcFreqsMHz().size());
            return Combinators.combine(gpu, cpu, emc)
                    .as((g, c, e) -> new Settings(d, g[0], g[1], c[0], c[1], e[0], e[1]));
        });
    }

    private static Arbitrary<int[]> orderedPair(int levels) {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, levels - 1);
        return Combinators.combine(index, index).as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)});
    }

    @Provide
    Arbitrary<Network> subnets() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(2, 4);
        Arbitrary<List<Integer>> depths = depth.list().ofSize(MbV3OfaConfig.STAGES);
        Arbitrary<Double> width = Arbitraries.of(1.0, 1.2);
        Arbitrary<Integer> resolution = Arbitraries.of(128, 144, 160, 176, 192, 208, 224);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(depths, width, resolution, seed).as((d, w, r, s) -> {
            java.util.Random random = new java.util.Random(s);
            List<List<Integer>> kernels = new ArrayList<>();
            List<List<Integer>> expands = new ArrayList<>();
            for (int blocks : d) {
                List<Integer> k = new ArrayList<>();
                List<Integer> e = new ArrayList<>();
                for (int b = 0; b < blocks; b++) {
                    k.add(new int[] {3, 5, 7}[random.nextInt(3)]);
                    e.add(new int[] {3, 4, 6}[random.nextInt(3)]);
                }
                kernels.add(k);
                expands.add(e);
            }
            return NetworkBuilder.build(new MbV3OfaConfig(w, r, d, kernels, expands));
        });
    }

    @Property(tries = 300)
    void aHigherGpuClockNeverRaisesLatencyAndNeverLowersPower(
            @ForAll("subnets") Network net, @ForAll("settings") Settings s) {
        NetworkCost low =
                model.evaluate(net, s.at(s.gpuLow(), s.cpuLow(), s.emcLow())).orElseThrow();
        NetworkCost high =
                model.evaluate(net, s.at(s.gpuHigh(), s.cpuLow(), s.emcLow())).orElseThrow();
        assertTrue(high.latencyMs() <= low.latencyMs(), low.latencyMs() + " → " + high.latencyMs() + " ms");
        assertTrue(high.powerW() >= low.powerW(), low.powerW() + " → " + high.powerW() + " W");
    }

    @Property(tries = 300)
    void aHigherEmcClockNeverRaisesLatency(@ForAll("subnets") Network net, @ForAll("settings") Settings s) {
        double low = model.evaluate(net, s.at(s.gpuLow(), s.cpuLow(), s.emcLow()))
                .orElseThrow()
                .latencyMs();
        double high = model.evaluate(net, s.at(s.gpuLow(), s.cpuLow(), s.emcHigh()))
                .orElseThrow()
                .latencyMs();
        assertTrue(high <= low, low + " → " + high + " ms");
    }

    @Property(tries = 300)
    void aHigherCpuClockNeverRaisesLatency(@ForAll("subnets") Network net, @ForAll("settings") Settings s) {
        double low = model.evaluate(net, s.at(s.gpuLow(), s.cpuLow(), s.emcLow()))
                .orElseThrow()
                .latencyMs();
        double high = model.evaluate(net, s.at(s.gpuLow(), s.cpuHigh(), s.emcLow()))
                .orElseThrow()
                .latencyMs();
        assertTrue(high <= low, low + " → " + high + " ms");
    }

    @Property(tries = 300)
    void powerStaysAboveIdleAndInsideTheLargestPowerMode(
            @ForAll("subnets") Network net, @ForAll("settings") Settings s) {
        BoardSpec board = BoardSpec.of(s.device());
        double p = model.evaluate(net, s.at(s.gpuHigh(), s.cpuHigh(), s.emcHigh()))
                .orElseThrow()
                .powerW();
        assertTrue(p > board.idleW() && p <= board.maxPowerMode().budgetW(), s.device() + ": " + p + " W");
    }
}
