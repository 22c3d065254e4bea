package org.codesign.workload;

import org.codesign.space.LayerListConfig;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ProxylessOfaConfig;
import org.codesign.space.ResNetConfig;
import org.codesign.space.TimeloopLayersConfig;

/**
 * Materializes a network configuration into its layers. MACs count the multiply-accumulates
 * of every convolution and fully connected layer (squeeze-and-excite FCs included); pooling,
 * activations and residual additions are free. Parameters count weights plus the per-channel
 * batch-norm scale/shift and biases the published models train. Layer-list networks
 * ({@link LayerListBuilder}) follow the same conventions.
 */
public final class NetworkBuilder {
    private NetworkBuilder() {}

    /** The smallest input the templates accept: they downsample by 32. */
    public static final int MIN_RESOLUTION = NetworkConfig.MIN_RESOLUTION;
    /** A bound that keeps every count far from overflow. */
    public static final int MAX_RESOLUTION = NetworkConfig.MAX_RESOLUTION;

    public static Network build(NetworkConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config: missing network configuration");
        }
        // Pattern matching for switch is a preview feature in Java 17, hence the instanceof chain.
        if (config instanceof MbV3OfaConfig ofa) {
            return MbV3OfaBuilder.build(ofa);
        }
        if (config instanceof ProxylessOfaConfig proxyless) {
            return ProxylessOfaBuilder.build(proxyless);
        }
        if (config instanceof MobileNetV2Config mbv2) {
            return MobileNetV2Builder.build(mbv2);
        }
        if (config instanceof ResNetConfig resnet) {
            return ResNetBuilder.build(resnet);
        }
        if (config instanceof LayerListConfig layers) {
            return LayerListBuilder.build(layers);
        }
        if (config instanceof TimeloopLayersConfig) {
            throw new IllegalArgumentException("template: a " + TimeloopLayersConfig.TEMPLATE
                    + " network's folder is relative to its study's folder; its study's evaluator builds it");
        }
        throw new IllegalArgumentException("config: unknown template " + config.template());
    }

    /** A layer list already read and checked, e.g. one bundled in the jar; {@code file} names it in messages. */
    public static Network build(String file, org.codesign.space.LayerList list) {
        return LayerListBuilder.build(file, list);
    }

    static void checkResolution(int resolution) {
        if (resolution < MIN_RESOLUTION || resolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException("resolution: must be between " + MIN_RESOLUTION + " and "
                    + MAX_RESOLUTION + " pixels, got " + resolution);
        }
    }
}
