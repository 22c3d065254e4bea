package org.codesign.experiment;

import java.util.List;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.space.HardwareConfig;
import org.codesign.space.MbV3OfaConfig;

/**
 * What a larger depthwise kernel costs on one platform: the latency of a network with every kernel
 * at OFA's largest size (7) over the same network with every kernel at its smallest (3).
 */
record KernelSizeProbe(double smallMs, double largeMs) {
    static final int SMALL = 3;
    static final int LARGE = 7;

    static KernelSizeProbe of(MbV3OfaConfig network, Evaluator evaluator, HardwareConfig hardware) {
        return new KernelSizeProbe(
                latency(withKernels(network, SMALL), evaluator, hardware),
                latency(withKernels(network, LARGE), evaluator, hardware));
    }

    /** The relative latency increase from kernels 3 to kernels 7. */
    double increase() {
        return largeMs / smallMs - 1;
    }

    static MbV3OfaConfig withKernels(MbV3OfaConfig n, int size) {
        List<List<Integer>> kernels = n.depths().stream()
                .map(d -> java.util.Collections.nCopies(d, size))
                .toList();
        return new MbV3OfaConfig(n.widthMult(), n.resolution(), n.depths(), kernels, n.expandRatios());
    }

    private static double latency(MbV3OfaConfig network, Evaluator evaluator, HardwareConfig hardware) {
        return evaluator.evaluate(network, hardware).metrics().get(Metric.LATENCY);
    }
}
