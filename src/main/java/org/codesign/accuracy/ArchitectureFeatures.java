package org.codesign.accuracy;

import java.util.List;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ResNetConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/**
 * What the accuracy model looks at: the family, the multiply-accumulates and parameters of the
 * materialized network, the input resolution and width multiplier, the blocks per stage and,
 * for networks with elastic blocks, the mean kernel size and expand ratio over all blocks
 * (NaN where the family has none).
 */
public record ArchitectureFeatures(
        Family family,
        double macs,
        double params,
        int resolution,
        double width,
        List<Integer> depths,
        double meanKernel,
        double meanExpansion) {

    public ArchitectureFeatures {
        if (family == null) {
            throw new IllegalArgumentException("family: missing");
        }
        if (!(macs > 0) || Double.isInfinite(macs)) {
            throw new IllegalArgumentException("macs: must be a positive finite number, got " + macs);
        }
        if (!(params > 0) || Double.isInfinite(params)) {
            throw new IllegalArgumentException("params: must be a positive finite number, got " + params);
        }
        if (resolution <= 0) {
            throw new IllegalArgumentException("resolution: must be positive, got " + resolution);
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("width: must be a positive finite number, got " + width);
        }
        depths = depths == null ? List.of() : List.copyOf(depths);
    }

    /** Features from sizes alone: width 1, no blocks per stage, kernels or expand ratios. */
    public static ArchitectureFeatures basic(Family family, double macs, double params, int resolution) {
        return new ArchitectureFeatures(family, macs, params, resolution, 1.0, List.of(), Double.NaN, Double.NaN);
    }

    /** Features of a network with fixed blocks (a width × resolution grid such as MobileNetV1). */
    public static ArchitectureFeatures of(Family family, Network network, int resolution, double width) {
        return new ArchitectureFeatures(
                family, network.macs(), network.params(), resolution, width, List.of(), Double.NaN, Double.NaN);
    }

    /** Features of a template configuration (builds its network). */
    public static ArchitectureFeatures of(NetworkConfig config) {
        return of(config, NetworkBuilder.build(config));
    }

    /** Features of a template configuration whose network the caller has already built. */
    public static ArchitectureFeatures of(NetworkConfig config, Network network) {
        Family family = familyOf(config);
        if (config instanceof MbV3OfaConfig ofa) {
            return new ArchitectureFeatures(
                    family,
                    network.macs(),
                    network.params(),
                    ofa.resolution(),
                    ofa.widthMult(),
                    ofa.depths(),
                    mean(ofa.kernels()),
                    mean(ofa.expandRatios()));
        }
        if (config instanceof MobileNetV2Config v2) {
            return new ArchitectureFeatures(
                    family,
                    network.macs(),
                    network.params(),
                    v2.resolution(),
                    v2.widthMult(),
                    v2.depths(),
                    Double.NaN,
                    Double.NaN);
        }
        ResNetConfig resnet = (ResNetConfig) config;
        return new ArchitectureFeatures(
                family,
                network.macs(),
                network.params(),
                resnet.resolution(),
                resnet.widthMult(),
                resnet.blocks(),
                Double.NaN,
                Double.NaN);
    }

    /** The mean over all blocks of all stages. */
    static double mean(List<List<Integer>> perBlock) {
        double sum = 0;
        int n = 0;
        for (List<Integer> stage : perBlock) {
            for (int v : stage) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public static Family familyOf(NetworkConfig config) {
        if (config instanceof MbV3OfaConfig) {
            return Family.MBV3_OFA;
        }
        if (config instanceof MobileNetV2Config) {
            return Family.MOBILENET_V2;
        }
        if (config instanceof ResNetConfig resnet) {
            return resnet.block() == ResNetConfig.Block.BASIC ? Family.RESNET_BASIC : Family.RESNET_BOTTLENECK;
        }
        throw new IllegalArgumentException("config: unknown template " + (config == null ? "null" : config.template()));
    }
}
