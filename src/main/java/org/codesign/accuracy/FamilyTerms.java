package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * Which architecture terms of {@link AccuracyCoefficients} a family's calibration fits: only
 * those its data vary. OFA's subnets vary width (1.0 and 1.2 supernets), resolution, blocks per
 * stage, kernel sizes and expand ratios; the width × resolution grids (MobileNetV1/V2, MnasNet)
 * width and resolution; the ResNets only depth, which acts through their MACs. A term a family
 * does not fit stays 0: its changes count through MACs and parameters alone, and the trust region
 * flags values the data never had.
 */
enum FamilyTerms {
    RESOLUTION,
    WIDTH,
    WIDTH_SQUARED,
    /** max(ln(resolution / 96), 0) · ln(width), one weight shared by the grids (see {@link #shared}). */
    RESOLUTION_WIDTH,
    DEPTH,
    KERNEL,
    EXPANSION;

    /** Stages of OFA's MobileNetV3 supernet with elastic depth. */
    static final int OFA_STAGES = 5;

    /** The terms of a family, DEPTH once per stage. */
    static List<FamilyTerms> of(Family family) {
        return switch (family) {
            case MBV3_OFA -> {
                List<FamilyTerms> terms = new ArrayList<>(List.of(RESOLUTION, WIDTH));
                for (int s = 0; s < OFA_STAGES; s++) {
                    terms.add(DEPTH);
                }
                terms.add(KERNEL);
                terms.add(EXPANSION);
                yield terms;
            }
            case MOBILENET_V2, MOBILENET_V1, MNASNET_A1 -> List.of(RESOLUTION, WIDTH_SQUARED, RESOLUTION_WIDTH);
            case RESNET_BASIC, RESNET_BOTTLENECK -> List.of();
        };
    }

    /**
     * Whether one weight serves every family with the term: the three width × resolution grids
     * agree on how width and resolution interact (fitted per family, the weights were 1.1–1.4).
     */
    boolean shared() {
        return this == RESOLUTION_WIDTH;
    }

    /** Start value and bounds (the monotonic constraints, see {@link FamilyCoefficients}). */
    double start() {
        return 0;
    }

    double lower() {
        return switch (this) {
            case RESOLUTION -> FamilyCoefficients.MIN_RESOLUTION;
            case WIDTH_SQUARED -> -5;
            default -> 0;
        };
    }

    double upper() {
        return switch (this) {
            case WIDTH_SQUARED -> 0;
            default -> 10;
        };
    }
}
