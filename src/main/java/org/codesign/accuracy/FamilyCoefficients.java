package org.codesign.accuracy;

import java.util.List;

/**
 * The terms of one family in {@link AccuracyCoefficients}: the error floor it saturates to, how
 * much error it has at the reference capacity ({@code offset}), how fast capacity removes it
 * ({@code curvature}), the weights of its architecture terms, the half-width of its prediction
 * interval and the region its calibration data cover.
 *
 * @param resolution    weight of ln(resolution / 224) beyond the MACs it adds (≥ −1.5: MACs grow
 *                      as resolution², so accuracy still rises with resolution)
 * @param width         weight of ln(width) beyond its MACs and parameters (≥ 0)
 * @param widthSquared  weight of min(ln width, 0)² (≤ 0: narrow networks lose more than their MACs
 *                      say, and the term can only raise the slope in width)
 * @param resolutionWidth weight of max(ln(resolution / 96), 0) · ln(width) (≥ 0, so
 *                      never falling in either): width and resolution are not
 *                      independent (Tan and Le, "EfficientNet", ICML 2019, §3.3 and Fig. 4: a wider
 *                      network gains more from resolution); shared by the width × resolution grids
 * @param depth         weight of depth[s] / 4 per stage s (≥ 0; empty: depth acts through MACs only)
 * @param kernel        weight of mean kernel size / 7 (≥ 0)
 * @param expansion     weight of mean expand ratio / 6 (≥ 0)
 * @param halfWidth     half-width (points) of the prediction interval inside the trust region
 * @param trust         what the calibration data cover
 */
public record FamilyCoefficients(
        double floor,
        double offset,
        double curvature,
        double resolution,
        double width,
        double widthSquared,
        double resolutionWidth,
        List<Double> depth,
        double kernel,
        double expansion,
        double halfWidth,
        TrustRegion trust) {

    /** The lowest resolution weight that keeps accuracy rising with resolution. */
    public static final double MIN_RESOLUTION = -1.5;

    public FamilyCoefficients {
        depth = depth == null ? List.of() : List.copyOf(depth);
    }

    /** The same terms with another offset and curvature. */
    public FamilyCoefficients withOffsetAndCurvature(double newOffset, double newCurvature) {
        return new FamilyCoefficients(
                floor,
                newOffset,
                newCurvature,
                resolution,
                width,
                widthSquared,
                resolutionWidth,
                depth,
                kernel,
                expansion,
                halfWidth,
                trust);
    }

    /** The same terms with another interval half-width and trust region. */
    public FamilyCoefficients withUncertainty(double newHalfWidth, TrustRegion newTrust) {
        return new FamilyCoefficients(
                floor,
                offset,
                curvature,
                resolution,
                width,
                widthSquared,
                resolutionWidth,
                depth,
                kernel,
                expansion,
                newHalfWidth,
                newTrust);
    }

    /** Checks the monotonic constraints; messages name the field under {@code path}. */
    void check(String path) {
        finite(path + ".floor", floor);
        if (floor < 0 || floor >= 100) {
            throw new IllegalArgumentException(path + ".floor: must be in [0, 100) points, got " + floor);
        }
        finite(path + ".offset", offset);
        finite(path + ".curvature", curvature);
        if (curvature <= 0) {
            throw new IllegalArgumentException(path + ".curvature: must be positive, got " + curvature);
        }
        finite(path + ".resolution", resolution);
        if (resolution < MIN_RESOLUTION) {
            throw new IllegalArgumentException(path + ".resolution: must be at least " + MIN_RESOLUTION
                    + " (a higher resolution never hurts), got " + resolution);
        }
        atLeastZero(path + ".width", width);
        finite(path + ".widthSquared", widthSquared);
        if (widthSquared > 0) {
            throw new IllegalArgumentException(path + ".widthSquared: must be at most 0, got " + widthSquared);
        }
        finite(path + ".resolutionWidth", resolutionWidth);
        if (resolutionWidth < 0) {
            throw new IllegalArgumentException(path + ".resolutionWidth: must be at least 0, got " + resolutionWidth);
        }
        for (int s = 0; s < depth.size(); s++) {
            atLeastZero(path + ".depth[" + s + "]", depth.get(s));
        }
        atLeastZero(path + ".kernel", kernel);
        atLeastZero(path + ".expansion", expansion);
        atLeastZero(path + ".halfWidth", halfWidth);
        if (trust == null) {
            throw new IllegalArgumentException(path + ".trust: missing");
        }
    }

    private static void atLeastZero(String field, double v) {
        finite(field, v);
        if (v < 0) {
            throw new IllegalArgumentException(field + ": must be at least 0 (more never hurts), got " + v);
        }
    }

    static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": must be a finite number, got " + value);
        }
    }
}
