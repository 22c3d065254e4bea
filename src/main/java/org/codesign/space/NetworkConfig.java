package org.codesign.space;

/**
 * One point of a network space: a template and every choice made explicitly. The JSON keys of
 * network configuration files are the record components of the implementations.
 */
public sealed interface NetworkConfig
        permits MbV3OfaConfig,
                ProxylessOfaConfig,
                MobileNetV2Config,
                ResNetConfig,
                LayerListConfig,
                TimeloopLayersConfig {

    /** The smallest input the templates accept: they downsample by 32. */
    int MIN_RESOLUTION = 32;
    /** A bound that keeps every count far from overflow. */
    int MAX_RESOLUTION = 2048;

    /**
     * The template name as written in files: {@code mbv3-ofa}, {@code proxyless-ofa},
     * {@code mobilenet-v2}, {@code resnet}, {@code layers}.
     */
    String template();

    /** Input resolution in pixels (square inputs). */
    int resolution();

    double widthMult();
}
