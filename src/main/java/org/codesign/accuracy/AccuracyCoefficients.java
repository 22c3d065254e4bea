package org.codesign.accuracy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The coefficients of the accuracy surrogate. With the effective capacity
 * <pre>  z = ln(MACs / 1e8) + paramsWeight · ln(params / 1e6) + resolutionWeight · ln(resolution / 224)</pre>
 * the predicted top-1 error of family f is
 * <pre>  error = errorFloor + exp(offset_f − curvature_f · z)</pre>
 * a power law in MACs, parameters and resolution that decays to the floor: more capacity
 * never lowers accuracy (weights ≥ 0, curvature &gt; 0) and each step gains less than the one
 * before (saturation).
 *
 * @param errorFloor       top-1 error (points) no network of any family goes below
 * @param paramsWeight     weight of ln(params) relative to ln(MACs)
 * @param resolutionWeight extra weight of ln(resolution) beyond what resolution adds to the MACs;
 *                         at least −1 so that a higher resolution never lowers accuracy (MACs grow
 *                         about as resolution²)
 * @param families         offset and curvature of every {@link Family}
 */
public record AccuracyCoefficients(
        double errorFloor, double paramsWeight, double resolutionWeight, Map<Family, FamilyCoefficients> families) {

    public static final double MACS_REFERENCE = 1e8;
    public static final double PARAMS_REFERENCE = 1e6;
    public static final double RESOLUTION_REFERENCE = 224;
    /** The lowest resolutionWeight that keeps accuracy non-decreasing in resolution. */
    public static final double MIN_RESOLUTION_WEIGHT = -1;

    public AccuracyCoefficients {
        finite("errorFloor", errorFloor);
        if (errorFloor < 0 || errorFloor >= 100) {
            throw new IllegalArgumentException("errorFloor: must be in [0, 100) points, got " + errorFloor);
        }
        finite("paramsWeight", paramsWeight);
        if (paramsWeight < 0) {
            throw new IllegalArgumentException(
                    "paramsWeight: must be at least 0 (more parameters never hurt), got " + paramsWeight);
        }
        finite("resolutionWeight", resolutionWeight);
        if (resolutionWeight < MIN_RESOLUTION_WEIGHT) {
            throw new IllegalArgumentException("resolutionWeight: must be at least " + MIN_RESOLUTION_WEIGHT
                    + " (higher resolution never hurts), got " + resolutionWeight);
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
            finite("families." + f.key() + ".offset", c.offset());
            finite("families." + f.key() + ".curvature", c.curvature());
            if (c.curvature() <= 0) {
                throw new IllegalArgumentException(
                        "families." + f.key() + ".curvature: must be positive, got " + c.curvature());
            }
            copy.put(f, c);
        }
        families = Collections.unmodifiableMap(copy);
    }

    /** The effective capacity z of a network (0 at 100 M MACs, 1 M parameters, 224 pixels). */
    public double capacity(ArchitectureFeatures f) {
        return Math.log(f.macs() / MACS_REFERENCE)
                + paramsWeight * Math.log(f.params() / PARAMS_REFERENCE)
                + resolutionWeight * Math.log(f.resolution() / RESOLUTION_REFERENCE);
    }

    /** Predicted top-1 accuracy in percent, never below 0. */
    public double top1(ArchitectureFeatures f) {
        FamilyCoefficients c = families.get(f.family());
        double error = errorFloor + Math.exp(c.offset() - c.curvature() * capacity(f));
        return Math.max(0, 100 - error);
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": must be a finite number, got " + value);
        }
    }
}
