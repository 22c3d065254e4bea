package org.codesign.cost.gpu;

import java.util.Collections;
import java.util.List;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;
import org.codesign.workload.ReferenceNetworks;

/** Networks from tiny to large for DVFS sweeps. */
final class SweepNetworks {
    private SweepNetworks() {}

    /** The smallest mbv3-ofa subnet: depth 2, kernel 3, expand 3, width 1.0, 128×128. */
    static Network mbv3Smallest() {
        return NetworkBuilder.build(uniformMbV3(2, 3, 3, 1.0, 128));
    }

    /** The largest mbv3-ofa subnet: depth 4, kernel 7, expand 6, width 1.2, 224×224. */
    static Network mbv3Largest() {
        return NetworkBuilder.build(uniformMbV3(4, 7, 6, 1.2, 224));
    }

    static MbV3OfaConfig uniformMbV3(int depth, int kernel, int expand, double width, int resolution) {
        List<Integer> depths = Collections.nCopies(MbV3OfaConfig.STAGES, depth);
        List<List<Integer>> kernels = Collections.nCopies(MbV3OfaConfig.STAGES, Collections.nCopies(depth, kernel));
        List<List<Integer>> expands = Collections.nCopies(MbV3OfaConfig.STAGES, Collections.nCopies(depth, expand));
        return new MbV3OfaConfig(width, resolution, depths, kernels, expands);
    }

    /** NAS-Bench-201 (tiny, CIFAR), the smallest and largest mbv3-ofa subnets, ResNet-101, VGG-16. */
    static List<Network> tinyToLarge() {
        return List.of(
                JetsonReference.nasBench201(),
                mbv3Smallest(),
                mbv3Largest(),
                ReferenceNetworks.byName("resnet101"),
                ReferenceNetworks.byName("vgg16"));
    }
}
