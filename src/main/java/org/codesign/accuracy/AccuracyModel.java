package org.codesign.accuracy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.codesign.space.LayerListConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ProxylessOfaConfig;
import org.codesign.space.TimeloopLayersConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/**
 * A deterministic, <em>simulated</em> ImageNet top-1 accuracy (percent) for network
 * configurations, calibrated on published tables (see {@link AccuracyCoefficients} for the
 * formula and {@link AccuracyCalibration} for the fit). For {@code mbv3-ofa} it predicts the
 * published Once-for-All setting: weights inherited from the supernet plus 25 (width 1.0) or
 * 75 (width 1.2) fine-tuning epochs; the same subnets trained from scratch land about 2 points
 * lower. Immutable and thread-safe.
 */
public final class AccuracyModel {

    /** The coefficients shipped with the program (a classpath resource next to this class). */
    public static final String RESOURCE = "accuracy-model.json";

    private static volatile AccuracyModel defaultModel;

    private final AccuracyCoefficients coefficients;
    private final String source;
    private final int version;

    private AccuracyModel(AccuracyCoefficients coefficients, String source, int version) {
        this.coefficients = coefficients;
        this.source = source;
        this.version = version;
    }

    /** 0 for the built-in coefficients, N for a study's N-th calibration ({@code codesign calibrate}). */
    public int version() {
        return version;
    }

    public static AccuracyModel of(AccuracyCoefficients coefficients, String source) {
        if (coefficients == null) {
            throw new IllegalArgumentException("coefficients: missing");
        }
        return new AccuracyModel(coefficients, source, 0);
    }

    /** The model with the shipped coefficients. */
    public static AccuracyModel defaultModel() {
        AccuracyModel model = defaultModel;
        if (model == null) {
            try (InputStream in = AccuracyModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "accuracy model resource " + RESOURCE + " is missing from the classpath");
                }
                model = new AccuracyModel(AccuracyModelFile.read(in, RESOURCE), "built-in " + RESOURCE, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE, e);
            }
            defaultModel = model;
        }
        return model;
    }

    /** A model with the coefficients of a user's JSON file (same format as the shipped one). */
    public static AccuracyModel load(Path file) {
        return new AccuracyModel(AccuracyModelFile.read(file), file.toString(), AccuracyModelFile.modelVersion(file));
    }

    public double predict(NetworkConfig config) {
        return estimate(config, null).top1();
    }

    /** Prediction for a configuration whose network the caller has already built. */
    public double predict(NetworkConfig config, Network network) {
        return estimate(config, network).top1();
    }

    /**
     * The prediction with its interval and trust flag; {@code network} may be null (it is then
     * built). A layer-list network is no family the model was fitted on: its accuracy is the
     * {@code top1} its file declares (the published figure for the bundled torchvision models),
     * or NaN (no value) when it declares none.
     */
    public AccuracyPrediction estimate(NetworkConfig config, Network network) {
        if (config instanceof LayerListConfig fixed) {
            return AccuracyPrediction.declared(fixed.definition().top1());
        }
        if (config instanceof TimeloopLayersConfig) {
            // a Timeloop problem folder declares no accuracy
            return AccuracyPrediction.declared(Double.NaN);
        }
        if (config instanceof ProxylessOfaConfig proxyless) {
            return proxyless(proxyless, network == null ? NetworkBuilder.build(config) : network);
        }
        return estimate(network == null ? ArchitectureFeatures.of(config) : ArchitectureFeatures.of(config, network));
    }

    /**
     * A {@code proxyless-ofa} subnet on the MnasNet-A1 family's terms at its own MACs, parameters,
     * resolution and width (1.3). The shared data have no ProxylessNAS table; of the named ones
     * MnasNet-A1 is the closest in kind: a platform-aware NAS result built of the same MBConv
     * blocks with searched kernel sizes and expand ratios (Tan et al., CVPR 2019; Cai et al.,
     * ICLR 2019). MobileNetV2, the hand-designed backbone of ProxylessNAS's space, scores OFA's
     * subnets 3.4 points too low. The trust region is MnasNet-A1's: a subnet outside its MACs,
     * resolutions or widths is flagged extrapolated. OFA's sixteen published ProxylessNAS subnets
     * (docs/data/ofa_proxyless_subnets.csv) are validation only, never fitted
     * (ProxylessAccuracyTest).
     */
    private AccuracyPrediction proxyless(ProxylessOfaConfig config, Network network) {
        return estimate(ArchitectureFeatures.of(
                Family.MNASNET_A1, network, config.resolution(), ProxylessOfaConfig.WIDTH_MULT));
    }

    public AccuracyPrediction estimate(ArchitectureFeatures features) {
        return coefficients.predict(features);
    }

    /** Prediction for a reference network of a width × resolution family (MobileNetV1, MnasNet-A1). */
    public double predict(Family family, Network network, int resolution, double width) {
        return predict(ArchitectureFeatures.of(family, network, resolution, width));
    }

    public double predict(ArchitectureFeatures features) {
        return coefficients.top1(features);
    }

    public AccuracyCoefficients coefficients() {
        return coefficients;
    }

    /** Where the coefficients came from (the resource or a file path), for labels and exports. */
    public String source() {
        return source;
    }
}
