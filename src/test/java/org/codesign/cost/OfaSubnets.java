package org.codesign.cost;

import java.util.List;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/** OFA MobileNetV3 subnets used by tests and benchmarks (architectures from ofa_mbv3_subnets.csv). */
public final class OfaSubnets {
    private OfaSubnets() {}

    /** flops-389M_top1-79.1: width 1.2, 224 px, depths 2,3,3,4,4. */
    public static MbV3OfaConfig flops389MConfig() {
        return new MbV3OfaConfig(
                1.2,
                224,
                List.of(2, 3, 3, 4, 4),
                List.of(List.of(3, 3), List.of(5, 5, 3), List.of(5, 5, 3), List.of(5, 5, 3, 3), List.of(3, 3, 7, 3)),
                List.of(List.of(3, 3), List.of(3, 6, 3), List.of(4, 4, 3), List.of(6, 4, 4, 4), List.of(6, 6, 6, 3)));
    }

    public static Network flops389M() {
        return NetworkBuilder.build(flops389MConfig());
    }
}
