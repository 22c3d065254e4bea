package org.codesign.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.codesign.cost.NetworkCost;
import org.codesign.cost.gpu.EdgeGpuCostModel;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole-network evaluation of the edge-GPU model: the largest mbv3-ofa subnet (5 × 4 blocks,
 * kernel 7, expand 6, width 1.2, 224×224) on the AGX Xavier, at one setting (cached constants) and
 * cycling through every DVFS setting of the board (as a search does).
 *
 * <p>{@code mvn -o -q -Pbench test-compile exec:exec -Dbench.args="EdgeGpuBench -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EdgeGpuBench {

    private final EdgeGpuCostModel model = new EdgeGpuCostModel();
    private Network network;
    private EdgeGpuConfig top;
    private EdgeGpuConfig[] settings;
    private int next;

    @Setup
    public void setUp() {
        List<Integer> depths = Collections.nCopies(MbV3OfaConfig.STAGES, 4);
        List<List<Integer>> kernels = Collections.nCopies(MbV3OfaConfig.STAGES, Collections.nCopies(4, 7));
        List<List<Integer>> expands = Collections.nCopies(MbV3OfaConfig.STAGES, Collections.nCopies(4, 6));
        network = NetworkBuilder.build(new MbV3OfaConfig(1.2, 224, depths, kernels, expands));
        EdgeGpuDevice d = EdgeGpuDevice.JETSON_AGX_XAVIER;
        top = new EdgeGpuConfig(d.id(), d.maxGpuMHz(), d.maxCpuMHz(), d.maxEmcMHz());
        List<EdgeGpuConfig> all = new ArrayList<>();
        for (double g : d.gpuFreqsMHz()) {
            for (double c : d.cpuFreqsMHz()) {
                for (double e : d.emcFreqsMHz()) {
                    all.add(new EdgeGpuConfig(d.id(), g, c, e));
                }
            }
        }
        settings = all.toArray(EdgeGpuConfig[]::new);
    }

    @Benchmark
    public NetworkCost mbv3LargestAtTopClocks() {
        return model.evaluate(network, top).orElseThrow();
    }

    @Benchmark
    public NetworkCost mbv3LargestAcrossAllSettings() {
        EdgeGpuConfig setting = settings[next];
        next = (next + 1) % settings.length;
        return model.evaluate(network, setting).orElseThrow();
    }
}
