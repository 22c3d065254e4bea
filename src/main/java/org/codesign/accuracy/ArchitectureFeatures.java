package org.codesign.accuracy;

import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ResNetConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/**
 * What the accuracy model looks at: the family, the multiply-accumulates and parameters of the
 * materialized network, and the input resolution. Depth, width, kernel size and expansion act
 * through the MACs and parameters they add.
 */
public record ArchitectureFeatures(Family family, double macs, double params, int resolution) {

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
    }

    /** Features of a network of a known family at the given input resolution. */
    public static ArchitectureFeatures of(Family family, Network network, int resolution) {
        return new ArchitectureFeatures(family, network.macs(), network.params(), resolution);
    }

    /** Features of a template configuration (builds its network). */
    public static ArchitectureFeatures of(NetworkConfig config) {
        return of(familyOf(config), NetworkBuilder.build(config), config.resolution());
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
