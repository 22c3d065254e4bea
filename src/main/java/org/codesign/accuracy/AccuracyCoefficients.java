package org.codesign.accuracy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The coefficients of the accuracy surrogate. With the effective capacity of a network of family f
 * <pre>
 *   z = ln(MACs / 1e8) + paramsWeight · ln(params / 1e6)
 *     + resolution_f · ln(resolution / 224) + width_f · ln(width) + widthSquared_f · min(ln width, 0)²
 *     + resolutionWidth_f · max(ln(resolution / 96), 0) · ln(width)
 *     + Σ_s depth_f[s] · blocks[s] / 4 + kernel_f · meanKernel / 7 + expansion_f · meanExpansion / 6
 * </pre>
 * the predicted top-1 error is {@code floor_f + exp(offset_f − curvature_f · z)}: a power law in
 * capacity that decays to the family's floor. Depth, width, kernel and expansion add MACs and
 * count again through their own terms; every weight is bounded so that more depth, width,
 * expansion, kernel or resolution never lowers accuracy at otherwise equal settings (the MACs
 * grow with each, the terms never fall). The divisors 4, 7 and 6 are the largest depth, kernel
 * and expand ratio of Once-for-All's space (Cai et al., ICLR 2020) and only scale the weights.
 *
 * @param paramsWeight weight of ln(params / 1e6), shared by all families (≥ 0)
 * @param families     the terms of every {@link Family}
 */
public record AccuracyCoefficients(double paramsWeight, Map<Family, FamilyCoefficients> families) {

    public static final double MACS_REFERENCE = 1e8;
    public static final double PARAMS_REFERENCE = 1e6;
    public static final double RESOLUTION_REFERENCE = 224;
    static final double DEPTH_SCALE = 4;
    static final double KERNEL_SCALE = 7;
    static final double EXPANSION_SCALE = 6;

    public AccuracyCoefficients {
        FamilyCoefficients.finite("paramsWeight", paramsWeight);
        if (paramsWeight < 0) {
            throw new IllegalArgumentException(
                    "paramsWeight: must be at least 0 (more parameters never hurt), got " + paramsWeight);
        }
        if (families == null) {
            throw new IllegalArgumentException("families: missing");
        }
        EnumMap<Family, FamilyCoefficients> copy = new EnumMap<>(Family.class);
        for (Family f : Family.values()) {
            FamilyCoefficients c = families.get(f);
            if (c == null) {
                throw new IllegalArgumentException("families." + f.key() + ": missing");
            }
            c.check("families." + f.key());
            copy.put(f, c);
        }
        families = Collections.unmodifiableMap(copy);
    }

    /**
     * The smallest resolution of the MobileNet grids (Howard et al. 2017, Sandler et al. 2018): the
     * resolution × width term counts resolution from there and width in ln(width), so it is zero
     * at the grids' smallest resolution and at width 1 (monotonicity is checked on the whole fit).
     */
    static final double GRID_MIN_RESOLUTION = 96;

    /** max(ln(resolution / 96), 0) · ln(width): what the resolution × width weight multiplies. */
    static double resolutionWidthTerm(ArchitectureFeatures f) {
        return Math.max(Math.log(f.resolution() / GRID_MIN_RESOLUTION), 0) * Math.log(f.width());
    }

    /** The effective capacity z of a network. */
    public double capacity(ArchitectureFeatures f) {
        FamilyCoefficients c = families.get(f.family());
        double z = Math.log(f.macs() / MACS_REFERENCE)
                + paramsWeight * Math.log(f.params() / PARAMS_REFERENCE)
                + c.resolution() * Math.log(f.resolution() / RESOLUTION_REFERENCE);
        double lnWidth = Math.log(f.width());
        z += c.width() * lnWidth
                + c.widthSquared() * Math.pow(Math.min(lnWidth, 0), 2)
                + c.resolutionWidth() * resolutionWidthTerm(f);
        List<Integer> depths = f.depths();
        for (int s = 0; s < Math.min(depths.size(), c.depth().size()); s++) {
            z += c.depth().get(s) * depths.get(s) / DEPTH_SCALE;
        }
        if (Double.isFinite(f.meanKernel())) {
            z += c.kernel() * f.meanKernel() / KERNEL_SCALE;
        }
        if (Double.isFinite(f.meanExpansion())) {
            z += c.expansion() * f.meanExpansion() / EXPANSION_SCALE;
        }
        return z;
    }

    /** Predicted top-1 accuracy in percent, never below 0. */
    public double top1(ArchitectureFeatures f) {
        FamilyCoefficients c = families.get(f.family());
        double error = c.floor() + Math.exp(c.offset() - c.curvature() * capacity(f));
        return Math.max(0, 100 - error);
    }

    /**
     * The prediction with its interval. Inside the trust region the interval is ± the family's
     * conformal half-width. Outside, it also spans the prediction of the nearest configuration
     * inside (feature by feature): beyond the data nothing is known to gain or lose accuracy, so
     * the lower bound claims no gain past the data's edge.
     */
    public AccuracyPrediction predict(ArchitectureFeatures f) {
        FamilyCoefficients c = families.get(f.family());
        double top1 = top1(f);
        ArchitectureFeatures inside = c.trust().clamp(f);
        boolean extrapolated = !inside.equals(f);
        double edge = extrapolated ? top1(inside) : top1;
        double low = Math.max(0, Math.min(top1, edge) - c.halfWidth());
        double high = Math.min(100, Math.max(top1, edge) + c.halfWidth());
        return new AccuracyPrediction(top1, low, high, extrapolated);
    }
}
